// The upload half of `otacast publish`, fed while the files are still being
// read: the chunker hands each chunk over with its digest, a batch of digests
// at a time asks the server which it lacks, and those are uploaded from
// memory with a window of requests in flight. One read and one hash per
// chunk (uploading after indexing the whole file read and hashed every chunk
// twice), and the upload runs beside the reading instead of after it. Memory
// is bounded: offer() waits while more than `maxHeldBytes` are held.
import type { ApiClient } from './api-client.js';

/** Digests per MissingBlobs request: small enough that the first uploads start at once. */
const BATCH_BLOBS = 64;
/** Chunk bytes held (asked about, queued or in flight) before offer() waits. */
const DEFAULT_MAX_HELD_BYTES = 32 * 1024 * 1024;

interface Held {
  digest: Buffer;
  data: Buffer;
}

export interface UploadCounts {
  uploadedBlobs: number;
  uploadedBytes: number;
  /** Blobs the server said it lacked, so far. */
  missingBlobs: number;
  missingBytes: number;
  /** Distinct blobs offered. */
  totalBlobs: number;
  totalBytes: number;
}

export interface ReleaseUploaderOptions {
  /** PutBlob requests in flight. */
  window: number;
  maxHeldBytes?: number;
  /** After each change of the counts. */
  onProgress?: (counts: Readonly<UploadCounts>) => void;
}

export class ReleaseUploader {
  private readonly seen = new Set<string>();
  private batch: Held[] = [];
  private readonly queue: Held[] = [];
  private held = 0;
  private inFlight = 0;
  private asking = 0;
  private failure: { error: unknown } | undefined;
  /** Resolved whenever bytes are released or a request settles: offer() and finish() wait on it. */
  private wake: (() => void) | undefined;
  private readonly maxHeldBytes: number;
  readonly counts: UploadCounts = { uploadedBlobs: 0, uploadedBytes: 0, missingBlobs: 0, missingBytes: 0, totalBlobs: 0, totalBytes: 0 };

  constructor(
    private readonly client: ApiClient,
    private readonly options: ReleaseUploaderOptions,
  ) {
    this.maxHeldBytes = options.maxHeldBytes ?? DEFAULT_MAX_HELD_BYTES;
  }

  /** Takes one blob (its bytes must not change afterwards); repeats are ignored. Waits while too much is held. */
  async offer(digest: Buffer, data: Buffer): Promise<void> {
    this.throwIfFailed();
    const hex = digest.toString('hex');
    if (this.seen.has(hex)) return;
    this.seen.add(hex);
    this.counts.totalBlobs += 1;
    this.counts.totalBytes += data.byteLength;
    this.batch.push({ digest, data });
    this.held += data.byteLength;
    if (this.batch.length >= BATCH_BLOBS || this.held > this.maxHeldBytes) this.ask();
    while (this.held > this.maxHeldBytes && this.failure === undefined) await this.settled();
    this.throwIfFailed();
  }

  /** Resolves once every offered blob the server lacked is uploaded; throws the first failure. */
  async finish(): Promise<UploadCounts> {
    this.ask();
    while ((this.asking > 0 || this.inFlight > 0 || this.queue.length > 0) && this.failure === undefined) await this.settled();
    // Requests still out after a failure settle on their own; their answers no longer matter.
    this.throwIfFailed();
    return { ...this.counts };
  }

  private settled(): Promise<void> {
    return new Promise((resolve) => {
      const previous = this.wake;
      this.wake = () => {
        previous?.();
        resolve();
      };
    });
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure.error;
  }

  private fail(error: unknown): void {
    this.failure ??= { error };
    this.notify();
  }

  private release(blob: Held): void {
    this.held -= blob.data.byteLength;
    this.notify();
  }

  /** Asks the server which blobs of the current batch it lacks; queues those, lets go of the rest. */
  private ask(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    this.asking += 1;
    this.client
      .missingBlobs(batch.map((b) => b.digest))
      .then((missing) => {
        const lacking = new Set(missing.map((d) => d.toString('hex')));
        for (const blob of batch) {
          if (!lacking.has(blob.digest.toString('hex'))) {
            this.release(blob);
            continue;
          }
          this.queue.push(blob);
          this.counts.missingBlobs += 1;
          this.counts.missingBytes += blob.data.byteLength;
        }
        this.options.onProgress?.(this.counts);
        this.pump();
      })
      .catch((err: unknown) => this.fail(err))
      .finally(() => {
        this.asking -= 1;
        this.notify();
      });
  }

  private pump(): void {
    while (this.inFlight < this.options.window && this.queue.length > 0 && this.failure === undefined) {
      const blob = this.queue.shift() as Held;
      this.inFlight += 1;
      this.client
        .putBlob(blob.digest, blob.data)
        .then(() => {
          this.counts.uploadedBlobs += 1;
          this.counts.uploadedBytes += blob.data.byteLength;
          this.options.onProgress?.(this.counts);
        })
        .catch((err: unknown) => this.fail(err))
        .finally(() => {
          this.inFlight -= 1;
          this.release(blob);
          this.pump();
        });
    }
  }
}
