import { constants } from 'node:fs';
import { open, readFile, rm, type FileHandle } from 'node:fs/promises';
import { writeFileAtomic } from '@otacast/shared';

/**
 * A component being downloaded: chunks are written at their offsets in
 * `X.part` (positional writes, nothing buffered beyond one chunk) and the set
 * of chunks held is a bitmap in `X.part.bitmap`. The bitmap is written only
 * after the part file is fsynced, so after a crash every chunk it marks is on
 * disk; chunks written but not yet flushed are simply fetched again.
 */
export interface PartialFileOptions {
  path: string;
  size: number;
  chunkCount: number;
  /** Identifies the chunk layout (the chunk index digest): a bitmap for another layout is discarded. */
  layoutId: Uint8Array;
  /** Flush after this many new chunks... */
  flushEveryChunks?: number;
  /** ...or this long after the first unflushed one, whichever comes first. */
  flushIntervalMs?: number;
}

const MAGIC = Buffer.from('OTABMP1\n');
const HEADER_BYTES = MAGIC.length + 32 + 4 + 8;

export function bitmapPathOf(partPath: string): string {
  return `${partPath}.bitmap`;
}

function encodeBitmap(layoutId: Uint8Array, chunkCount: number, size: number, bits: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  Buffer.from(layoutId).copy(header, MAGIC.length, 0, 32);
  header.writeUInt32BE(chunkCount, MAGIC.length + 32);
  header.writeBigUInt64BE(BigInt(size), MAGIC.length + 36);
  return Buffer.concat([header, bits]);
}

/** The persisted bits, or undefined when the file is missing or describes another layout. */
async function loadBitmap(path: string, layoutId: Uint8Array, chunkCount: number, size: number): Promise<Uint8Array | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return undefined;
  }
  const expected = encodeBitmap(layoutId, chunkCount, size, new Uint8Array(0));
  const bitsLength = Math.ceil(chunkCount / 8);
  if (bytes.length !== HEADER_BYTES + bitsLength || !bytes.subarray(0, HEADER_BYTES).equals(expected)) return undefined;
  return new Uint8Array(bytes.subarray(HEADER_BYTES));
}

export class PartialFile {
  private readonly bits: Uint8Array;
  private held = 0;
  private unflushed = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
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

  /** Writes a verified chunk at its offset and marks it held (durable at the next flush). */
  async write(index: number, offset: number, data: Uint8Array): Promise<void> {
    if (this.closed) throw new Error('partial file is closed');
    if (index < 0 || index >= this.options.chunkCount) throw new RangeError(`chunk ${index} out of range`);
    if (offset + data.byteLength > this.options.size) throw new RangeError(`chunk ${index} ends past the file`);
    if (this.has(index)) return;
    let written = 0;
    while (written < data.byteLength) {
      const { bytesWritten } = await this.handle.write(data, written, data.byteLength - written, offset + written);
      written += bytesWritten;
    }
    this.bits[index >> 3] = (this.bits[index >> 3] ?? 0) | (1 << (index & 7));
    this.held++;
    this.unflushed++;
    if (this.unflushed >= (this.options.flushEveryChunks ?? 64)) await this.flush();
    else this.timer ??= setTimeout(() => void this.flush().catch(() => undefined), this.options.flushIntervalMs ?? 1_000).unref();
  }

  /** fsyncs the data, then persists the bitmap of what is now durable. */
  flush(): Promise<void> {
    this.flushing = this.flushing.catch(() => undefined).then(() => this.flushNow());
    return this.flushing;
  }

  private async flushNow(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.unflushed === 0 || this.closed) return;
    // Snapshot first: a chunk whose write completes after this point is not covered by the sync below.
    const snapshot = Uint8Array.from(this.bits);
    this.unflushed = 0;
    await this.handle.datasync();
    await writeFileAtomic(bitmapPathOf(this.options.path), encodeBitmap(this.options.layoutId, this.options.chunkCount, this.options.size, snapshot), 0o600);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      this.closed = true;
      if (this.timer) clearTimeout(this.timer);
      await this.handle.close();
    }
  }
}
