import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createBrotliDecompress } from 'node:zlib';
import { OtaError } from '../errors.js';

/**
 * Sequential reader over one brotli stream stored at [start, start+length) of
 * a patch file. Holds one decompressed piece at a time: memory is the brotli
 * window plus a read buffer, whatever the stream's size.
 */
export class BrotliStreamReader {
  private readonly source: AsyncIterator<Buffer>;
  private readonly stream: NodeJS.ReadableStream & { destroy(err?: Error): void };
  private piece: Buffer = Buffer.alloc(0);
  private at = 0;
  private ended = false;

  constructor(path: string, start: number, length: number, readonly what: string) {
    const file = length === 0 ? undefined : createReadStream(path, { start, end: start + length - 1, highWaterMark: 64 * 1024 });
    const decompress = createBrotliDecompress();
    if (file) pipeline(file, decompress, () => undefined);
    else decompress.end();
    this.stream = decompress;
    this.source = decompress[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  private async fill(): Promise<boolean> {
    while (this.at >= this.piece.length) {
      if (this.ended) return false;
      let next: IteratorResult<Buffer>;
      try {
        next = await this.source.next();
      } catch (err) {
        throw new OtaError('OTA_E_PATCH', `delta ${this.what} stream does not decompress: ${(err as Error).message}`, { cause: err });
      }
      if (next.done) {
        this.ended = true;
        return false;
      }
      this.piece = next.value;
      this.at = 0;
    }
    return true;
  }

  /** A LEB128 varint (up to 2^53). */
  async uint(): Promise<number> {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 8; i++) {
      if (this.at >= this.piece.length && !(await this.fill())) throw new OtaError('OTA_E_PATCH', `delta ${this.what} stream ends inside an op`);
      const byte = this.piece[this.at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
    throw new OtaError('OTA_E_PATCH', `delta ${this.what} stream has an over-long varint`);
  }

  /** Up to `max` bytes (at least 1) as a view valid until the next call; empty at the end of the stream. */
  async take(max: number): Promise<Buffer> {
    if (!(await this.fill())) return Buffer.alloc(0);
    const n = Math.min(max, this.piece.length - this.at);
    const out = this.piece.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** True when every byte of the stream was consumed. */
  async atEnd(): Promise<boolean> {
    return !(await this.fill());
  }

  close(): void {
    this.stream.destroy();
  }
}
