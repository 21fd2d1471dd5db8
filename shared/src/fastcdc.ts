import { sha256 } from './digest.js';
import { DEFAULT_AVG_CHUNK_BYTES } from './limits.js';

export interface ChunkerOptions {
  avgSize?: number;
}

export interface ChunkBounds {
  min: number;
  avg: number;
  max: number;
}

export function chunkBounds(options: ChunkerOptions = {}): ChunkBounds {
  const avg = options.avgSize ?? DEFAULT_AVG_CHUNK_BYTES;
  if (!Number.isInteger(Math.log2(avg)) || avg < 256 || avg > 16 * 1024 * 1024) {
    throw new RangeError(`chunk average size must be a power of two between 256 B and 16 MiB, got ${avg}`);
  }
  return { min: avg / 4, avg, max: avg * 4 };
}

/** 256 pseudo-random 32-bit values derived from sha256, stable forever. */
const GEAR: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) table[i] = sha256(Buffer.from(`otacast-fastcdc-gear-${i}`)).readUInt32BE(0);
  return table;
})();

/** A mask with the top `bits` bits set: the high bits of the gear hash mix the most input bytes. */
function topBitsMask(bits: number): number {
  return (0xffffffff << (32 - bits)) >>> 0;
}

/**
 * FastCDC content-defined chunking (Xia et al., 2016) with normalized chunking
 * (level 2). Boundaries depend only on nearby content, so an insertion shifts
 * at most a couple of chunks and the rest are reused.
 *
 * The gear table and masks are part of the protocol: changing them changes
 * every chunk boundary and defeats reuse across versions.
 *
 * Streaming chunker: push buffers of any size, receive whole chunks. Holds at
 * most one maximum-size chunk in memory.
 */
export class FastCdcChunker {
  private readonly bounds: ChunkBounds;
  private readonly maskHard: number;
  private readonly maskEasy: number;
  private pending: Buffer[] = [];
  private length = 0;
  private hash = 0;

  constructor(options: ChunkerOptions = {}) {
    this.bounds = chunkBounds(options);
    const bits = Math.log2(this.bounds.avg);
    this.maskHard = topBitsMask(bits + 2);
    this.maskEasy = topBitsMask(bits - 2);
  }

  /** Feeds data; returns the chunks completed by it (possibly none). */
  push(data: Buffer): Buffer[] {
    const out: Buffer[] = [];
    const { min, avg, max } = this.bounds;
    const maskHard = this.maskHard;
    const maskEasy = this.maskEasy;
    let start = 0;
    let i = 0;
    let length = this.length;
    let hash = this.hash;
    while (i < data.length) {
      if (length < min) {
        // Cut points below the minimum are never taken: skip hashing them.
        const skip = Math.min(min - length, data.length - i);
        length += skip;
        i += skip;
        continue;
      }
      const normalEnd = Math.min(data.length, i + (avg - length));
      let cut = -1;
      while (i < normalEnd) {
        hash = ((hash << 1) + (GEAR[data[i] as number] as number)) | 0;
        i++;
        length++;
        if ((hash & maskHard) === 0) {
          cut = i;
          break;
        }
      }
      if (cut < 0 && length >= avg) {
        const hardEnd = Math.min(data.length, i + (max - length));
        while (i < hardEnd) {
          hash = ((hash << 1) + (GEAR[data[i] as number] as number)) | 0;
          i++;
          length++;
          if ((hash & maskEasy) === 0) {
            cut = i;
            break;
          }
        }
        if (cut < 0 && length >= max) cut = i;
      }
      if (cut >= 0) {
        this.pending.push(data.subarray(start, cut));
        out.push(this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending, length));
        this.pending = [];
        start = cut;
        length = 0;
        hash = 0;
      }
    }
    if (start < data.length) this.pending.push(data.subarray(start));
    this.length = length;
    this.hash = hash;
    return out;
  }

  /** Returns the final partial chunk, if any. */
  finish(): Buffer | undefined {
    if (this.length === 0) return undefined;
    const last = Buffer.concat(this.pending, this.length);
    this.pending = [];
    this.length = 0;
    this.hash = 0;
    return last;
  }
}

/** Chunks an async stream of buffers (e.g. fs.createReadStream). */
export async function* chunkStream(source: AsyncIterable<Buffer | Uint8Array>, options: ChunkerOptions = {}): AsyncGenerator<Buffer> {
  const chunker = new FastCdcChunker(options);
  for await (const piece of source) {
    const buffer = Buffer.isBuffer(piece) ? piece : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    yield* chunker.push(buffer);
  }
  const last = chunker.finish();
  if (last) yield last;
}
