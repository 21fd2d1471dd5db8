import { LRUCache } from 'lru-cache';

export interface CastTriggerOptions {
  /** Distinct devices fetching one release within `windowMs` that start a cast. */
  minDevices: number;
  windowMs: number;
  /** How long a device counts as served by a cast it was part of (its repair pulls start no new one). */
  coveredMs: number;
}

/**
 * Decides when a release is worth casting: when `minDevices` devices not yet
 * served by a cast of it ask for its blobs within `windowMs` (a rollout wave,
 * a channel announcement). Devices a cast covered — those that started it,
 * and those that join while it runs — are remembered for `coveredMs`, so the
 * pulls with which they repair what the cast missed do not start another.
 * Called on every ChunkRequest: a covered device costs one cache lookup.
 */
export class CastTrigger {
  /** Release → device → when it last asked, for devices not covered yet. */
  private readonly fresh = new Map<string, Map<string, number>>();
  private readonly covered: LRUCache<string, true>;

  constructor(private readonly options: CastTriggerOptions) {
    this.covered = new LRUCache({ max: 200_000, ttl: Math.max(1, options.coveredMs) });
  }

  /** A device asked for blobs of a release; true when a cast of it should start now. */
  note(releaseId: string, deviceId: string, nowMs: number): boolean {
    if (this.isCovered(releaseId, deviceId)) return false;
    let devices = this.fresh.get(releaseId);
    if (devices === undefined) {
      devices = new Map();
      this.fresh.set(releaseId, devices);
    }
    if (!devices.has(deviceId)) {
      for (const [id, atMs] of devices) if (nowMs - atMs > this.options.windowMs) devices.delete(id);
    }
    devices.set(deviceId, nowMs);
    if (devices.size < this.options.minDevices) return false;
    for (const id of devices.keys()) this.cover(releaseId, id);
    this.fresh.delete(releaseId);
    return true;
  }

  isCovered(releaseId: string, deviceId: string): boolean {
    return this.covered.has(`${releaseId}/${deviceId}`);
  }

  /** The device is served by a cast of the release (it joined one under way). */
  cover(releaseId: string, deviceId: string): void {
    this.covered.set(`${releaseId}/${deviceId}`, true);
    this.fresh.get(releaseId)?.delete(deviceId);
  }
}
