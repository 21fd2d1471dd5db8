import { KiB, MAX_CONTROL_BYTES, MAX_PATCH_QUERIES_PER_REQUEST, MAX_RANGES_PER_REQUEST, MAX_RANGE_BYTES, MiB, OtaError, decode, encode, isDigest, pb, toHex, toOtaError, topics, type ErrorCode, type Logger } from '@otacast/shared';
import { encodeDataChunk } from './chunk-message.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { sendCommandError } from '../devices/device-replies.js';
import type { MessageBus } from '../mqtt/message-bus.js';
import { patchAnswer, patchQueriesOf, type PatchQueryRequest, type PatchSource } from '../patches/patch-offers.js';
import { ReadAhead } from './read-ahead.js';
import { ReleaseAccess, type ReleaseLookups } from './release-access.js';
import { WholeBlobChunks } from './whole-blob-chunks.js';

const RELEASE_ID = /^[0-9a-f]{32}$/;

export interface ChunkServerOptions {
  bus: MessageBus;
  store: BlobStore;
  registry: ReleaseLookups;
  /** Answers PatchQueries; without it every query gets OTA_E_NOT_FOUND. */
  patches?: PatchSource;
  logger: Logger;
  /** Ranges waiting per device beyond which new requests are dropped (the device re-requests). Default 256. */
  maxQueuedRanges?: number;
  /** Devices served concurrently. Default 256. */
  maxActiveDevices?: number;
  /** Bound of the cache of encoded whole-chunk replies, in bytes. Default 32 MiB. */
  chunkCacheBytes?: number;
  /** Counts for /metrics; called on the hot path, so each call must be cheap. */
  metrics?: ChunkServerMetrics;
  /** The cache of encoded whole-blob replies, when another part (the caster) shares it. */
  wholeBlobs?: WholeBlobChunks;
  /** Told of every well-formed request for blobs (the caster watches them); must be cheap and not throw. */
  onRanges?: (deviceId: string, product: string, releaseId: string, digests: readonly Uint8Array[]) => void;
}

export interface ChunkServerMetrics {
  /** A ChunkRequest arrived (before it is checked). */
  request(): void;
  /** A request was refused, or a range answered with an error code (patch-query answers are not counted). */
  error(code: ErrorCode): void;
  /** A Chunk message of `bytes` was handed to the broker for a device. */
  sent(bytes: number): void;
}

/** Replies prepared ahead of the one being sent, per device: enough to hide a disk read behind a publish. */
const READ_AHEAD = { maxReplies: 8, maxBytes: 1 * MiB };
/** What a reply without data counts for in the read-ahead bound. */
const SMALL_REPLY_BYTES = 1 * KiB;

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
  get contended(): boolean {
    return this.waiting.length > 0;
  }
}

/**
 * Answers ChunkRequests on dev/{id}/req with Chunks on dev/{id}/chunk (QoS 0),
 * docs/protocol.md "Device download". Each device's replies go out in request
 * order, one publish at a time (each waits for the device's socket to take
 * it), while the next few are read ahead (read-ahead.ts). Work is bounded: at
 * most `maxQueuedRanges` ranges wait per device, at most `maxActiveDevices`
 * devices are served at once, and each holds at most READ_AHEAD replies read
 * ahead (< 2 MiB: the bound plus one ≤ 1 MiB piece). Whole-chunk replies are
 * encoded once and shared between devices (whole-blob-chunks.ts).
 */
export class ChunkServer {
  private readonly queues = new Map<string, DeviceQueue>();
  private readonly workers = new Set<Promise<void>>();
  private readonly slots: Slots;
  private readonly maxQueuedRanges: number;
  private readonly access: ReleaseAccess;
  private readonly wholeBlobs: WholeBlobChunks;
  private closed = false;

  constructor(private readonly options: ChunkServerOptions) {
    this.maxQueuedRanges = options.maxQueuedRanges ?? 256;
    this.slots = new Slots(options.maxActiveDevices ?? 256);
    this.access = new ReleaseAccess(options.registry);
    this.wholeBlobs = options.wholeBlobs ?? new WholeBlobChunks(options.store, options.chunkCacheBytes);
  }

  /** A ChunkRequest from `deviceId` (authenticated, of `product`). Never throws. */
  handle(deviceId: string, product: string, payload: Buffer): void {
    this.options.metrics?.request();
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
    if (ranges.length > 0) this.options.onRanges?.(deviceId, product, releaseId, ranges.map((r) => r.digest ?? new Uint8Array()));
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
    this.options.metrics?.error(error.code);
    this.options.logger.warn('chunk request refused', { code: error.code, deviceId, topic, error: error.message });
    sendCommandError(this.options.bus, deviceId, error, topic).catch((err: unknown) => {
      this.options.logger.debug('cannot send command to device', { deviceId, error: (err as Error).message });
    });
  }

  private async drain(deviceId: string, queue: DeviceQueue): Promise<void> {
    await this.slots.acquire();
    const topic = topics.deviceChunk(deviceId);
    const replies = new ReadAhead<Reply>((reply) => this.publish(deviceId, topic, queue, reply), READ_AHEAD);
    try {
      // Devices take turns: a turn serves what the device had asked for when it
      // began; one that keeps asking would otherwise keep its slot for its
      // whole download while others wait and time out.
      let turn = queue.items.length;
      for (let item = queue.items.shift(); item !== undefined && !this.closed; item = queue.items.shift()) {
        queue.ranges -= item.ranges.length + item.patches.length;
        await this.serve(deviceId, queue, item, replies);
        if (--turn > 0 && queue.items.length > 0) continue;
        if (queue.items.length === 0 || this.slots.contended) await replies.flush();
        if (queue.items.length > 0 && this.slots.contended) await this.yieldSlot();
        turn = queue.items.length;
      }
    } finally {
      this.queues.delete(deviceId);
      this.slots.release();
    }
  }

  private async yieldSlot(): Promise<void> {
    this.slots.release();
    await this.slots.acquire();
  }

  /** Sends one reply, unless the device went away after asking (or the server is closing). Never rejects. */
  private async publish(deviceId: string, topic: string, queue: DeviceQueue, reply: Reply): Promise<void> {
    if (this.closed || reply.epoch !== queue.epoch) return;
    try {
      await this.options.bus.publish(topic, reply.message, { qos: 0 });
      this.options.metrics?.sent(reply.message.byteLength);
    } catch (err) {
      this.options.logger.debug('cannot send chunk to device', { deviceId, error: (err as Error).message });
    }
  }

  private async serve(deviceId: string, queue: DeviceQueue, request: QueuedRequest, replies: ReadAhead<Reply>): Promise<void> {
    const { releaseId, epoch } = request;
    const isStale = (): boolean => this.closed || epoch !== queue.epoch;
    const owner = await this.access.releaseProduct(releaseId);
    const denial: ErrorCode | undefined = owner === undefined ? 'OTA_E_NOT_FOUND' : owner !== request.product ? 'OTA_E_FORBIDDEN' : undefined;
    if (denial !== undefined) {
      this.options.logger.warn('chunk request for a release the device cannot fetch', { code: denial, deviceId, releaseId });
    }
    for (const query of request.patches) {
      if (isStale()) return;
      // Waits (bounded) for the server's quick estimate of a pair just planned, so a patch not worth waiting for is "none" at once.
      await replies.add(patchAnswer(this.options.patches, releaseId, query, denial).then((message) => ({ message, epoch })), SMALL_REPLY_BYTES);
    }
    for (const range of request.ranges) {
      if (isStale()) return;
      if (denial !== undefined) {
        await replies.add(Promise.resolve({ message: this.errorChunk(range, denial), epoch }), SMALL_REPLY_BYTES);
        continue;
      }
      const reply = (message: Promise<Buffer>): Promise<Reply> => this.replyOrError(message, { deviceId, releaseId, range, epoch });
      try {
        await this.queueRange(deviceId, releaseId, range, replies, reply, isStale);
      } catch (err) {
        await replies.add(reply(Promise.reject(err)), SMALL_REPLY_BYTES);
      }
    }
  }

  /** Queues the replies to one range: its pieces start being read now and go out in order. */
  private async queueRange(
    deviceId: string,
    releaseId: string,
    range: RangeRequest,
    replies: ReadAhead<Reply>,
    reply: (message: Promise<Buffer>) => Promise<Reply>,
    isStale: () => boolean,
  ): Promise<void> {
    const { digest, offset, length } = range;
    const digestBytes = digest.byteLength;
    if (!isDigest(digest)) throw new OtaError('OTA_E_PROTOCOL', `range digest is ${digestBytes} bytes, not 32`);
    // Devices fetch only blobs of the release they named, so a digest learnt
    // elsewhere does not open another product's content.
    const inRelease = await this.access.releaseHasBlob(releaseId, digest);
    const whole = inRelease ? this.wholeBlobs.peek(toHex(digest)) : undefined;
    const blobSize = inRelease ? (whole?.blobSize ?? (await this.options.store.size(digest))) : undefined;
    if (blobSize === undefined) {
      const fields = { code: 'OTA_E_NOT_FOUND', deviceId, releaseId, digest: toHex(digest) };
      if (inRelease) this.options.logger.error('blob of a committed release is missing from the store', fields);
      else this.options.logger.debug('blob is not part of the release', fields);
      await replies.add(reply(Promise.resolve(this.errorChunk(range, 'OTA_E_NOT_FOUND'))), SMALL_REPLY_BYTES);
      return;
    }
    if (offset > blobSize) throw new OtaError('OTA_E_PROTOCOL', `offset ${offset} is past the end of the blob (${blobSize} bytes)`);
    // A whole small blob (every chunk) goes as stored: compressed when that saved bytes.
    if (offset === 0 && (length === 0 || length >= blobSize) && blobSize > 0 && blobSize <= MAX_RANGE_BYTES) {
      const message = whole !== undefined ? Promise.resolve(whole.message) : this.wholeBlobs.get(digest).then((chunk) => chunk?.message ?? disappeared());
      await replies.add(reply(message), blobSize);
      return;
    }
    const end = length === 0 ? blobSize : Math.min(blobSize, offset + length);
    let position = offset;
    do {
      const want = Math.min(MAX_RANGE_BYTES, end - position);
      await replies.add(reply(this.readPiece(digest, position, want, blobSize)), Math.max(want, SMALL_REPLY_BYTES));
      position += want;
    } while (position < end && !isStale());
  }

  private errorChunk(range: RangeRequest, code: ErrorCode): Buffer {
    this.options.metrics?.error(code);
    return errorChunk(range, code);
  }

  /** A raw Chunk with `want` bytes of the blob from `position`. */
  private async readPiece(digest: Uint8Array, position: number, want: number, blobSize: number): Promise<Buffer> {
    const data = want === 0 ? Buffer.alloc(0) : (await this.options.store.read(digest, position, want))?.data;
    if (data === undefined) return disappeared();
    return encodeDataChunk({ digest, offset: position, data, encoding: pb.ChunkEncoding.CHUNK_ENCODING_RAW, blobSize });
  }

  /** The reply `message` makes, or the range's error Chunk when making it failed. */
  private async replyOrError(message: Promise<Buffer>, context: { deviceId: string; releaseId: string; range: RangeRequest; epoch: number }): Promise<Reply> {
    const { deviceId, releaseId, range, epoch } = context;
    try {
      return { message: await message, epoch };
    } catch (err) {
      const error = toOtaError(err);
      this.options.logger.warn('chunk range failed', { code: error.code, deviceId, releaseId, digest: toHex(range.digest), error: error.message });
      return { message: this.errorChunk(range, error.code), epoch };
    }
  }
}

/** A reply being prepared, tagged with the epoch of its device's queue when it was asked for. */
interface Reply {
  message: Buffer;
  epoch: number;
}

function errorChunk(range: RangeRequest, code: ErrorCode): Buffer {
  return encode(pb.Chunk, { digest: range.digest, offset: range.offset, errorCode: code });
}

function disappeared(): never {
  throw new OtaError('OTA_E_NOT_FOUND', 'blob disappeared while being served');
}
