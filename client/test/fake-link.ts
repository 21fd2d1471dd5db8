import { randomBytes } from 'node:crypto';
import { MAX_RANGE_BYTES, sha256, toHex } from '@otacast/shared';
import type { BlobRangeSpec, ChunkLink, ChunkReply } from '../src/fetch/chunk-link.js';

export interface FakeLinkOptions {
  latencyMs?: number;
  /** Probability that a reply is lost. */
  loss?: number;
  seed?: number;
}

/**
 * The listener side every in-memory ChunkLink shares: connection flag,
 * chunk and reconnect listeners. Subclasses decide how requests are answered.
 */
export abstract class LinkListeners implements ChunkLink {
  connected = true;
  private readonly chunkListeners = new Set<(reply: ChunkReply) => void>();
  private readonly connectListeners = new Set<() => void>();

  abstract sendRequest(releaseId: string, ranges: readonly BlobRangeSpec[]): boolean;

  protected emit(reply: ChunkReply): void {
    for (const listener of this.chunkListeners) listener(reply);
  }

  isConnected(): boolean {
    return this.connected;
  }

  onChunk(listener: (reply: ChunkReply) => void): () => void {
    this.chunkListeners.add(listener);
    return () => this.chunkListeners.delete(listener);
  }

  onConnect(listener: () => void): () => void {
    this.connectListeners.add(listener);
    return () => this.connectListeners.delete(listener);
  }

  setConnected(connected: boolean): void {
    this.connected = connected;
    if (connected) for (const listener of this.connectListeners) listener();
  }
}

/**
 * A chunk server behind a lossy link, in memory: the part of the protocol the
 * fetcher sees (requests out, Chunk replies in), with loss, latency and
 * corruption under the test's control.
 */
export class FakeLink extends LinkListeners {
  readonly blobs = new Map<string, Buffer>();
  /** Replies of these blobs (hex) are corrupted this many times before coming through intact. */
  readonly corrupt = new Map<string, number>();
  /** Blobs answered with this error code. */
  readonly errors = new Map<string, string>();
  requests: BlobRangeSpec[][] = [];
  inFlight = 0;
  maxInFlight = 0;
  private seed: number;

  constructor(private readonly options: FakeLinkOptions = {}) {
    super();
    this.seed = options.seed ?? 42;
  }

  addBlob(size: number): { digest: Buffer; size: number; data: Buffer } {
    return this.addData(randomBytes(size));
  }

  addData(data: Buffer): { digest: Buffer; size: number; data: Buffer } {
    const size = data.length;
    const digest = sha256(data);
    this.blobs.set(toHex(digest), data);
    return { digest, size, data };
  }

  private random(): number {
    this.seed = (this.seed * 1103515245 + 12345) % 2 ** 31;
    return this.seed / 2 ** 31;
  }

  sendRequest(_releaseId: string, ranges: readonly BlobRangeSpec[]): boolean {
    if (!this.connected) return false;
    this.requests.push([...ranges]);
    this.inFlight += ranges.length;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    for (const range of ranges) {
      setTimeout(() => {
        this.inFlight--;
        this.answer(range);
      }, this.options.latencyMs ?? 1);
    }
    return true;
  }

  private answer(range: BlobRangeSpec): void {
    if (!this.connected || this.random() < (this.options.loss ?? 0)) return;
    const key = toHex(range.digest);
    const error = this.errors.get(key);
    const blob = this.blobs.get(key);
    if (error || !blob) return this.emit({ digest: range.digest, offset: range.offset, data: Buffer.alloc(0), blobSize: 0, errorCode: error ?? 'OTA_E_NOT_FOUND' });
    const end = range.length === 0 ? blob.length : Math.min(blob.length, range.offset + range.length);
    for (let offset = range.offset; offset < end; offset += MAX_RANGE_BYTES) {
      const data = Buffer.from(blob.subarray(offset, Math.min(end, offset + MAX_RANGE_BYTES)));
      const left = this.corrupt.get(key) ?? 0;
      if (left > 0) {
        this.corrupt.set(key, left - 1);
        data[0] = (data[0] ?? 0) ^ 0xff;
      }
      this.emit({ digest: range.digest, offset, data, blobSize: blob.length, errorCode: '' });
    }
  }

}
