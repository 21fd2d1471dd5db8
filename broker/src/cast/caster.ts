import { LRUCache } from 'lru-cache';
import { MiB, toHex, topics, unverifiedManifestOf, type Logger } from '@otacast/shared';
import type { BlobStore } from '../blobs/blob-store.js';
import type { MessageBus } from '../mqtt/message-bus.js';
import type { Registry } from '../registry/registry.js';
import type { WholeBlobChunks } from '../serve/whole-blob-chunks.js';
import { castPlanOf } from './cast-plan.js';
import { runCast, type CastMetrics } from './cast-run.js';
import { CastTrigger } from './cast-trigger.js';

export interface CasterSettings {
  /** Distinct devices fetching one release within `windowMs` that start a cast. Default 2. */
  minDevices?: number;
  /** Default 2000 ms. */
  windowMs?: number;
  /** Ceiling of a cast's pace, in stored bytes per second. Default 32 MiB/s. */
  rateBytesPerSecond?: number;
  /** Default 50 ms. */
  leadMs?: number;
  /** Casts running at once (each sends one release). Default 4. */
  maxCasts?: number;
}

export interface CasterOptions extends CasterSettings {
  bus: MessageBus;
  store: Pick<BlobStore, 'read'>;
  /** The chunk server's cache of encoded whole-blob Chunks: a cast and the pulls share one copy. */
  chunks: Pick<WholeBlobChunks, 'get'>;
  registry: Pick<Registry, 'getRelease'>;
  logger: Logger;
  metrics?: CastMetrics;
}

/**
 * Broadcast fan-out (docs/protocol.md, "Broadcast"): watches the chunk
 * requests and, when several devices fetch the same release at once, sends
 * that release once on `cast/{product}/{version}`. Devices still verify every
 * chunk and pull what the cast did not bring them; the per-device path stays
 * as it is, so a device that does not listen loses nothing.
 */
export class Caster {
  private readonly trigger: CastTrigger;
  private readonly running = new Map<string, Promise<void>>();
  /** Release → hex digests of its components' chunk indexes (empty: no such release). */
  private readonly indexes = new LRUCache<string, ReadonlySet<string>>({ max: 256 });
  private stopped = false;

  constructor(private readonly options: CasterOptions) {
    this.trigger = new CastTrigger({ minDevices: Math.max(1, options.minDevices ?? 2), windowMs: options.windowMs ?? 2_000, coveredMs: 10 * 60_000 });
  }

  /**
   * A device of `product` asked for these blobs of `releaseId` (a
   * well-formed request). Only a request for a chunk index counts towards a
   * cast: a device fetches it when it starts the release from scratch (it
   * keeps the index), so devices resuming a download — after a server
   * restart, say — do not start a cast that would send them what they hold.
   * Cheap for every request but those; never throws.
   */
  noteRequest(deviceId: string, product: string, releaseId: string, digests: readonly Uint8Array[]): void {
    if (this.stopped) return;
    if (this.running.has(releaseId)) return this.trigger.cover(releaseId, deviceId);
    if (this.trigger.isCovered(releaseId, deviceId)) return;
    void this.consider(deviceId, product, releaseId, digests).catch((err: unknown) =>
      this.options.logger.warn('cast not started: devices pull instead', { code: 'OTA_E_INTERNAL', releaseId, error: (err as Error).message }),
    );
  }

  /** Whether this request (an index one) brings the release to the devices needed for a cast; starts it then. */
  private async consider(deviceId: string, product: string, releaseId: string, digests: readonly Uint8Array[]): Promise<void> {
    const indexes = await this.indexesOf(releaseId);
    if (!digests.some((d) => indexes.has(toHex(d)))) return;
    // The registry read may have let another request start it meanwhile.
    if (this.stopped || this.running.has(releaseId)) return this.trigger.cover(releaseId, deviceId);
    if (!this.trigger.note(releaseId, deviceId, Date.now())) return;
    if (this.running.size >= (this.options.maxCasts ?? 4)) return;
    const cast = this.cast(releaseId, product)
      .catch((err: unknown) => this.options.logger.warn('cast failed: devices pull instead', { code: 'OTA_E_INTERNAL', releaseId, error: (err as Error).message }))
      .finally(() => this.running.delete(releaseId));
    this.running.set(releaseId, cast);
  }

  private async indexesOf(releaseId: string): Promise<ReadonlySet<string>> {
    let indexes = this.indexes.get(releaseId);
    if (indexes === undefined) {
      const release = await this.options.registry.getRelease(releaseId);
      indexes = new Set(release === undefined ? [] : unverifiedManifestOf(release.signedManifest, 'stored release').components.map((c) => toHex(c.indexDigest)));
      this.indexes.set(releaseId, indexes);
    }
    return indexes;
  }

  /** Stops the casts under way (each ends after the frame it is sending). */
  async close(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.running.values());
  }

  private async cast(releaseId: string, product: string): Promise<void> {
    const { bus, logger } = this.options;
    const release = await this.options.registry.getRelease(releaseId);
    // The chunk server answers a request for another product's release with an error; nothing to cast.
    if (release === undefined || release.product !== product) return;
    const blobs = await castPlanOf(release.signedManifest, this.options.store);
    const topic = topics.cast(release.product, release.version);
    const rateBytesPerSecond = this.options.rateBytesPerSecond ?? 32 * MiB;
    logger.info('cast started', { releaseId, topic, blobs: blobs.length, rateBytesPerSecond });
    const result = await runCast({
      bus,
      topic,
      releaseId,
      blobs,
      chunks: this.options.chunks,
      rateBytesPerSecond,
      leadMs: this.options.leadMs ?? 50,
      // Often enough that a device whose subscription came late pulls little meanwhile; a CastInfo is ~60 bytes.
      infoEveryMs: 250,
      logger,
      ...(this.options.metrics ? { metrics: this.options.metrics } : {}),
      stopped: () => this.stopped,
    });
    logger.info('cast ended', { releaseId, topic, ...result });
  }
}
