import { constants, writeSync } from 'node:fs';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { OtaError, readAt, toOtaError, writeFileAtomic } from '@otacast/shared';
import { bitmapPathOf, encodeBitmap, loadBitmap } from './part-bitmap.js';

export { bitmapPathOf } from './part-bitmap.js';

export interface PartialFileOptions {
  path: string;
  size: number;
  chunkCount: number;
  /** Identifies the chunk layout (the chunk index digest): a bitmap for another layout is discarded. */
  layoutId: Uint8Array;
  /** Flush after this many new bytes (default 8 MiB)... */
  flushEveryBytes?: number;
  /** ...or this many new chunks (default 1024)... */
  flushEveryChunks?: number;
  /** ...or this long after the first unflushed one, whichever comes first (default 1 s). */
  flushIntervalMs?: number;
}

/**
 * A component being downloaded: chunks are written at their offsets in
 * `X.part` (positional writes through one open handle, nothing buffered
 * beyond one chunk) and the set of chunks held is a bitmap in
 * `X.part.bitmap`. The bitmap is written only after the part file is
 * fsynced, so after a crash every chunk it marks is on disk; chunks written
 * but not yet flushed are simply fetched again. Flushes run in the
 * background: writes go on while one syncs (what they add waits for the next).
 */
export class PartialFile {
  private readonly bits: Uint8Array;
  private held = 0;
  private unflushedChunks = 0;
  private unflushedBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  /** A flush is queued behind the running one: it will cover whatever is written meanwhile. */
  private flushQueued = false;
  private flushRunning = false;
  /** A background flush failed: reported by the next write or close. */
  private failure: OtaError | undefined;
  private closed = false;

  private constructor(
    private readonly options: PartialFileOptions,
    private readonly handle: FileHandle,
    bits: Uint8Array,
  ) {
    this.bits = bits;
    for (let i = 0; i < options.chunkCount; i++) if (this.has(i)) this.held++;
  }

  /** Opens (or creates) the part file and trusts exactly the chunks its bitmap marks. */
  static async open(options: PartialFileOptions): Promise<PartialFile> {
    const bitmap = await loadBitmap(bitmapPathOf(options.path), options.layoutId, options.chunkCount, options.size);
    // O_APPEND is never used: positional writes must land at their offset.
    const handle = await open(options.path, constants.O_RDWR | constants.O_CREAT, 0o600);
    try {
      if (bitmap === undefined) await handle.truncate(0);
      await handle.truncate(options.size);
    } catch (err) {
      await handle.close();
      throw err;
    }
    return new PartialFile(options, handle, bitmap ?? new Uint8Array(Math.ceil(options.chunkCount / 8)));
  }

  /** Deletes a part file and its bitmap. */
  static async remove(path: string): Promise<void> {
    await rm(bitmapPathOf(path), { force: true });
    await rm(path, { force: true });
  }

  get path(): string {
    return this.options.path;
  }

  get heldCount(): number {
    return this.held;
  }

  get complete(): boolean {
    return this.held === this.options.chunkCount;
  }

  has(index: number): boolean {
    return ((this.bits[index >> 3] ?? 0) & (1 << (index & 7))) !== 0;
  }

  /** Writes a verified chunk at its offset and marks it held (durable once a later flush completes). */
  async write(index: number, offset: number, data: Uint8Array): Promise<void> {
    if (this.closed) throw new OtaError('OTA_E_INTERNAL', `write to ${this.options.path} after close`);
    if (this.failure) throw this.failure;
    if (index < 0 || index >= this.options.chunkCount) throw new RangeError(`chunk ${index} out of range`);
    if (offset + data.byteLength > this.options.size) throw new RangeError(`chunk ${index} ends past the file`);
    if (this.has(index)) return;
    writeFully(this.handle.fd, data, offset);
    this.bits[index >> 3] = (this.bits[index >> 3] ?? 0) | (1 << (index & 7));
    this.held++;
    this.unflushedChunks++;
    this.unflushedBytes += data.byteLength;
    if (this.unflushedBytes >= (this.options.flushEveryBytes ?? 8 * 1024 * 1024) || this.unflushedChunks >= (this.options.flushEveryChunks ?? 1024)) this.flushInBackground();
    else this.timer ??= setTimeout(() => this.flushInBackground(), this.options.flushIntervalMs ?? 1_000).unref();
  }

  /** Bytes of held chunks, read back (the whole-file digest reads what it did not see written). */
  async read(offset: number, length: number): Promise<Buffer> {
    if (offset + length > this.options.size) throw new RangeError(`read of ${length} bytes at ${offset} ends past the file`);
    const data = Buffer.allocUnsafe(length);
    if ((await readAt(this.handle, data, 0, length, offset)) < length) throw new OtaError('OTA_E_IO', `${this.options.path} ends before ${offset + length}`);
    return data;
  }

  /** fsyncs the data, then persists the bitmap of what is now durable. */
  flush(): Promise<void> {
    this.flushing = this.flushing.catch(() => undefined).then(() => this.flushNow());
    return this.flushing;
  }

  /** Resolves when the flushes started so far are done (they may have failed: the next write says so). */
  settled(): Promise<void> {
    return this.flushing.catch(() => undefined);
  }

  /** Starts a flush without waiting for it; one queued behind a running flush is enough. */
  private flushInBackground(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.flushQueued) return;
    this.flushQueued = true;
    // With no flush running, this one covers exactly what is written now
    // (writes are synchronous, so later ones would otherwise slip in before
    // it starts); one queued behind a running flush covers what it finds.
    const snapshot = this.flushRunning ? undefined : this.snapshot();
    this.flushing = this.flushing
      .catch(() => undefined)
      .then(() => {
        this.flushQueued = false;
        return this.flushNow(snapshot);
      });
    this.flushing.catch((err: unknown) => (this.failure ??= toOtaError(err, 'OTA_E_IO')));
  }

  /** The bitmap as it stands (undefined when nothing new was written); what it marks is covered by the next datasync. */
  private snapshot(): Uint8Array | undefined {
    if (this.unflushedChunks === 0) return undefined;
    this.unflushedChunks = 0;
    this.unflushedBytes = 0;
    return Uint8Array.from(this.bits);
  }

  private async flushNow(taken?: Uint8Array): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed) return;
    // Snapshot first: a chunk written after this point is not covered by the sync below.
    const snapshot = taken ?? this.snapshot();
    if (snapshot === undefined) return;
    this.flushRunning = true;
    try {
      await this.handle.datasync();
      await writeFileAtomic(bitmapPathOf(this.options.path), encodeBitmap(this.options.layoutId, this.options.chunkCount, this.options.size, snapshot), 0o600);
    } finally {
      this.flushRunning = false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
      if (this.failure) throw this.failure;
    } finally {
      this.closed = true;
      if (this.timer) clearTimeout(this.timer);
      await this.handle.close();
    }
  }
}

/**
 * A positional write made synchronously: a chunk goes to the page cache in
 * tens of microseconds, while an async write costs a thread-pool round trip
 * and an event-loop turn per chunk, and the fetch's deliveries wait for each
 * in turn (on a loaded 2-core machine that chain, not the link, bounded the
 * download). Durability is unchanged: flushes still datasync in the
 * background before the bitmap marks anything.
 */
function writeFully(fd: number, data: Uint8Array, position: number): void {
  for (let written = 0; written < data.byteLength; ) {
    written += writeSync(fd, data, written, data.byteLength - written, position + written);
  }
}
