import { MAX_CONTROL_BYTES, MAX_RANGE_BYTES, OtaError, decode, encode, isDigest, pb, toHex, toOtaError, topics, type ErrorCode, type Logger } from '@otacast/shared';
import type { ChunkStore } from './chunk-store.js';
import { sendCommandError } from './device-replies.js';
import type { MessageBus } from './message-bus.js';
import type { Registry } from './registry.js';
import { MAX_PATCH_QUERIES_PER_REQUEST, patchAnswer, patchQueriesOf, type PatchQueryRequest, type PatchSource } from './patch-offers.js';

/**
 * Answers ChunkRequests on dev/{id}/req with Chunks on dev/{id}/chunk (QoS 0),
 * docs/protocol.md "Device download". Work is bounded: each device's requests
 * are served one range at a time (each reply waits for the device's socket to
 * take it), at most `maxQueuedRanges` wait per device, and at most
 * `maxActiveDevices` devices are served at once; memory holds one ≤ 1 MiB
 * piece per active device.
 */
export const MAX_RANGES_PER_REQUEST = 64;
const RELEASE_ID = /^[0-9a-f]{32}$/;

export interface ChunkServerOptions {
  bus: MessageBus;
  store: ChunkStore;
  registry: Pick<Registry, 'releaseProduct' | 'releaseHasBlob'>;
  /** Answers PatchQueries; without it every query gets OTA_E_NOT_FOUND. */
  patches?: PatchSource;
  logger: Logger;
  /** Ranges waiting per device beyond which new requests are dropped (the device re-requests). Default 256. */
  maxQueuedRanges?: number;
  /** Devices served concurrently. Default 256. */
  maxActiveDevices?: number;
}

interface RangeRequest {
  digest: Uint8Array;
  offset: number;
  length: number;
}

interface QueuedRequest {
  releaseId: string;
  product: string;
  ranges: RangeRequest[];
  patches: PatchQueryRequest[];
  /** The queue's epoch when it arrived: a cancel (the device went away) moves the epoch on. */
  epoch: number;
}

interface DeviceQueue {
  items: QueuedRequest[];
  ranges: number;
  epoch: number;
}

/** A counting semaphore: the bound on devices served at once. */
class Slots {
  private waiting: (() => void)[] = [];
  constructor(private free: number) {}
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

export class ChunkServer {
  private readonly queues = new Map<string, DeviceQueue>();
  private readonly workers = new Set<Promise<void>>();
  private readonly slots: Slots;
  private readonly maxQueuedRanges: number;
  private closed = false;

  constructor(private readonly options: ChunkServerOptions) {
    this.maxQueuedRanges = options.maxQueuedRanges ?? 256;
    this.slots = new Slots(options.maxActiveDevices ?? 256);
  }

  /** A ChunkRequest from `deviceId` (authenticated, of `product`). Never throws. */
  handle(deviceId: string, product: string, payload: Buffer): void {
    const topic = topics.deviceRequest(deviceId);
    const decoded = decode(pb.ChunkRequest, payload, MAX_CONTROL_BYTES, 'chunk request');
    if (!decoded.ok) return this.refuse(deviceId, topic, decoded.error);
    const { releaseId, ranges, patches } = decoded.value;
    if (!RELEASE_ID.test(releaseId)) {
      return this.refuse(deviceId, topic, new OtaError('OTA_E_PROTOCOL', `chunk request has an invalid release id "${releaseId.slice(0, 64)}"`));
    }
    if (patches.length > MAX_PATCH_QUERIES_PER_REQUEST) {
      return this.refuse(deviceId, topic, new OtaError('OTA_E_PROTOCOL', `chunk request has ${patches.length} patch queries, allowed ${MAX_PATCH_QUERIES_PER_REQUEST}`));
    }
    if ((ranges.length === 0 && patches.length === 0) || ranges.length > MAX_RANGES_PER_REQUEST) {
      return this.refuse(deviceId, topic, new OtaError('OTA_E_PROTOCOL', `chunk request has ${ranges.length} ranges, allowed 1 to ${MAX_RANGES_PER_REQUEST}`));
    }
    if (this.closed) return;
    const queue = this.queues.get(deviceId) ?? { items: [], ranges: 0, epoch: 0 };
    if (queue.ranges + ranges.length + patches.length > this.maxQueuedRanges) {
      this.options.logger.warn('chunk request dropped: device queue full', { deviceId, releaseId, queuedRanges: queue.ranges });
      return;
    }
    queue.items.push({
      releaseId,
      product,
      epoch: queue.epoch,
      ranges: ranges.map((r) => ({ digest: r.digest ?? new Uint8Array(), offset: Number(r.offset ?? 0), length: Number(r.length ?? 0) })),
      patches: patchQueriesOf(patches),
    });
    queue.ranges += ranges.length + patches.length;
    if (!this.queues.has(deviceId)) {
      this.queues.set(deviceId, queue);
      const worker = this.drain(deviceId, queue).catch((err: unknown) => {
        this.options.logger.error('chunk worker failed', { code: 'OTA_E_INTERNAL', deviceId, error: (err as Error).message });
      });
      this.workers.add(worker);
      void worker.finally(() => this.workers.delete(worker));
    }
  }

  /**
   * Forgets what a device asked for: its connection closed, so chunks sent now
   * would go nowhere (QoS 0 is not queued for an offline client) or, once it is
   * back, duplicate what it asks for again after reconnecting.
   */
  cancel(deviceId: string): void {
    const queue = this.queues.get(deviceId);
    if (!queue) return;
    queue.items.length = 0;
    queue.ranges = 0;
    queue.epoch++;
  }

  /** Stops serving; resolves when the ranges being sent are done. */
  async close(): Promise<void> {
    this.closed = true;
    for (const queue of this.queues.values()) queue.items.length = 0;
    await Promise.all(this.workers);
  }

  private refuse(deviceId: string, topic: string, error: OtaError): void {
    this.options.logger.warn('chunk request refused', { code: error.code, deviceId, topic, error: error.message });
    sendCommandError(this.options.bus, deviceId, error, topic).catch((err: unknown) => {
      this.options.logger.debug('cannot send command to device', { deviceId, error: (err as Error).message });
    });
  }

  private async drain(deviceId: string, queue: DeviceQueue): Promise<void> {
    await this.slots.acquire();
    try {
      for (let item = queue.items.shift(); item !== undefined && !this.closed; item = queue.items.shift()) {
        queue.ranges -= item.ranges.length + item.patches.length;
        await this.serve(deviceId, item);
      }
    } finally {
      this.queues.delete(deviceId);
      this.slots.release();
    }
  }

  private async serve(deviceId: string, request: QueuedRequest): Promise<void> {
    const owner = this.options.registry.releaseProduct(request.releaseId);
    const denial: ErrorCode | undefined = owner === undefined ? 'OTA_E_NOT_FOUND' : owner !== request.product ? 'OTA_E_FORBIDDEN' : undefined;
    if (denial !== undefined) {
      this.options.logger.warn('chunk request for a release the device cannot fetch', { code: denial, deviceId, releaseId: request.releaseId });
    }
    for (const query of request.patches) {
      if (this.closed || request.epoch !== this.queues.get(deviceId)?.epoch) return;
      await this.options.bus.publish(topics.deviceChunk(deviceId), patchAnswer(this.options.patches, request.releaseId, query, denial), { qos: 0 });
    }
    for (const range of request.ranges) {
      if (this.closed || request.epoch !== this.queues.get(deviceId)?.epoch) return;
      if (denial !== undefined) {
        await this.sendError(deviceId, range, denial);
        continue;
      }
      try {
        await this.serveRange(deviceId, request.releaseId, range);
      } catch (err) {
        const error = toOtaError(err);
        this.options.logger.warn('chunk range failed', { code: error.code, deviceId, releaseId: request.releaseId, digest: toHex(range.digest), error: error.message });
        await this.sendError(deviceId, range, error.code).catch(() => undefined);
      }
    }
  }

  private async serveRange(deviceId: string, releaseId: string, range: RangeRequest): Promise<void> {
    const { digest, offset, length } = range;
    const digestBytes = digest.byteLength;
    if (!isDigest(digest)) throw new OtaError('OTA_E_PROTOCOL', `range digest is ${digestBytes} bytes, not 32`);
    // Devices fetch only blobs of the release they named, so a digest learnt
    // elsewhere does not open another product's content.
    const inRelease = this.options.registry.releaseHasBlob(releaseId, digest);
    const blobSize = inRelease ? await this.options.store.size(digest) : undefined;
    if (blobSize === undefined) {
      const fields = { code: 'OTA_E_NOT_FOUND', deviceId, releaseId, digest: toHex(digest) };
      if (inRelease) this.options.logger.error('blob of a committed release is missing from the store', fields);
      else this.options.logger.debug('blob is not part of the release', fields);
      await this.sendError(deviceId, range, 'OTA_E_NOT_FOUND');
      return;
    }
    if (offset > blobSize) throw new OtaError('OTA_E_PROTOCOL', `offset ${offset} is past the end of the blob (${blobSize} bytes)`);
    // A whole small blob (every chunk) goes as stored: compressed when that saved bytes.
    if (offset === 0 && (length === 0 || length >= blobSize) && blobSize > 0 && blobSize <= MAX_RANGE_BYTES) {
      const stored = await this.options.store.readStored(digest);
      if (stored !== undefined) {
        const encoding = stored.encoding === 'brotli' ? pb.ChunkEncoding.CHUNK_ENCODING_BROTLI : pb.ChunkEncoding.CHUNK_ENCODING_RAW;
        await this.options.bus.publish(topics.deviceChunk(deviceId), encode(pb.Chunk, { digest, offset: 0, data: stored.data, encoding, blobSize }), { qos: 0 });
        return;
      }
    }
    const end = length === 0 ? blobSize : Math.min(blobSize, offset + length);
    let position = offset;
    do {
      const want = Math.min(MAX_RANGE_BYTES, end - position);
      const data = want === 0 ? Buffer.alloc(0) : (await this.options.store.read(digest, position, want))?.data;
      if (data === undefined) throw new OtaError('OTA_E_NOT_FOUND', 'blob disappeared while being served');
      const chunk = encode(pb.Chunk, { digest, offset: position, data, encoding: pb.ChunkEncoding.CHUNK_ENCODING_RAW, blobSize });
      await this.options.bus.publish(topics.deviceChunk(deviceId), chunk, { qos: 0 });
      if (data.byteLength === 0) break;
      position += data.byteLength;
    } while (position < end && !this.closed);
  }

  private sendError(deviceId: string, range: RangeRequest, code: ErrorCode): Promise<void> {
    const chunk = encode(pb.Chunk, { digest: range.digest, offset: range.offset, errorCode: code });
    return this.options.bus.publish(topics.deviceChunk(deviceId), chunk, { qos: 0 });
  }
}
