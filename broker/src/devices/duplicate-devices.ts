// Two agents that share one device id take each other's connection over, in
// turns (MQTT allows one live session per client id): both keep reconnecting,
// and their statuses interleave. A single takeover is normal (a device whose
// dead link the server has not noticed yet comes back); several in a short
// time are two agents. Then the server logs it and tells the device why.
import { OtaError, type Logger } from '@otacast/shared';

export interface DuplicateDevicesOptions {
  /** Sends the device an ErrorNotice on its cmd topic. */
  notify(deviceId: string, error: OtaError): void;
  logger: Logger;
  /** Takeovers within `windowMs` that count as two agents (default 3 in 5 min). */
  threshold?: number;
  windowMs?: number;
}

interface Takeovers {
  times: number[];
  addresses: Set<string>;
  notifiedMs: number;
}

export class DuplicateDevices {
  private readonly seen = new Map<string, Takeovers>();
  private readonly threshold: number;
  private readonly windowMs: number;

  constructor(private readonly options: DuplicateDevicesOptions) {
    this.threshold = options.threshold ?? 3;
    this.windowMs = options.windowMs ?? 5 * 60_000;
  }

  /** A device connected while its id was still connected from `from`. */
  takeover(deviceId: string, from: string, by: string, nowMs = Date.now()): void {
    const entry = this.seen.get(deviceId) ?? { times: [], addresses: new Set<string>(), notifiedMs: Number.NEGATIVE_INFINITY };
    entry.times = [...entry.times.filter((t) => nowMs - t < this.windowMs), nowMs];
    entry.addresses.add(from).add(by);
    this.seen.set(deviceId, entry);
    this.prune(nowMs);
    if (entry.times.length < this.threshold || nowMs - entry.notifiedMs < this.windowMs) return;
    entry.notifiedMs = nowMs;
    const where = [...entry.addresses].filter(Boolean).join(', ') || 'unknown addresses';
    const error = new OtaError(
      'OTA_E_DUPLICATE_DEVICE',
      `device id ${deviceId} is used by more than one agent (${entry.times.length} takeovers in ${Math.round(this.windowMs / 60_000)} min, from ${where}): they take each other's connection over; give each device its own id (otacast device add) and state directory`,
      { details: { deviceId, addresses: [...entry.addresses] } },
    );
    this.options.logger.warn(error.message, { code: error.code, deviceId });
    this.options.notify(deviceId, error);
  }

  /** Devices quiet for a window are forgotten, so the map stays the size of the flapping ones. */
  private prune(nowMs: number): void {
    if (this.seen.size < 1024) return;
    for (const [id, entry] of this.seen) if (nowMs - (entry.times.at(-1) ?? 0) >= this.windowMs) this.seen.delete(id);
  }
}
