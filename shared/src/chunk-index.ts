import { createReadStream } from 'node:fs';
import { chunkStream, type ChunkerOptions } from './fastcdc.js';
import { encode, pb } from './codec.js';
import protobuf from 'protobufjs/minimal.js';
import { DIGEST_BYTES, newSha256, sha256 } from './digest.js';
import { OtaError } from './errors.js';
import type { DecodeResult } from './codec.js';

export interface IndexedChunk {
  digest: Buffer;
  offset: number;
  length: number;
}

export interface FileIndex {
  size: number;
  sha256: Buffer;
  chunks: IndexedChunk[];
}

/**
 * Streams a file once, producing its sha256 and its FastCDC chunk list.
 * Memory is bounded by the largest chunk, not the file size.
 */
export async function indexFile(path: string, options: ChunkerOptions = {}): Promise<FileIndex> {
  return indexFileChunks(path, () => undefined, options);
}

/**
 * indexFile that also hands each chunk's bytes to `onChunk` as it is read
 * (the publisher uploads them from there); awaiting it holds the reading back.
 */
export async function indexFileChunks(path: string, onChunk: (chunk: IndexedChunk, data: Buffer) => void | Promise<void>, options: ChunkerOptions = {}): Promise<FileIndex> {
  const whole = newSha256();
  const chunks: IndexedChunk[] = [];
  let offset = 0;
  for await (const data of chunkStream(createReadStream(path, { highWaterMark: 1024 * 1024 }), options)) {
    whole.update(data);
    const chunk = { digest: sha256(data), offset, length: data.length };
    chunks.push(chunk);
    offset += data.length;
    await onChunk(chunk, data);
  }
  return { size: offset, sha256: whole.digest(), chunks };
}

/** Encodes the chunk list as the ChunkIndex blob a manifest points to. */
export function encodeChunkIndex(chunks: readonly { digest: Uint8Array; length: number }[]): Buffer {
  return encode(pb.ChunkIndex, { chunks: chunks.map((c) => ({ digest: c.digest, length: c.length })) });
}

/** Decodes a ChunkIndex blob and gives each chunk its offset in the component (as objects: see ChunkTable for large ones). */
export function decodeChunkIndex(bytes: Uint8Array): DecodeResult<IndexedChunk[]> {
  const decoded = ChunkTable.decode(bytes);
  return decoded.ok ? { ok: true, value: decoded.value.toList() } : decoded;
}

/**
 * A chunk list kept compact: every digest in one Buffer, offsets and lengths
 * in typed arrays. A 1 GiB component has ~16k chunks; as objects (a Buffer per
 * digest) they cost ~1 KiB each on a device, as a table ~48 bytes.
 */
export class ChunkTable {
  private constructor(
    private readonly digests: Buffer,
    private readonly offsets: Float64Array,
    private readonly lengths: Uint32Array,
    /** Bytes the chunks cover: the component's size. */
    readonly size: number,
  ) {}

  static fromChunks(chunks: readonly { digest: Uint8Array; length: number }[]): ChunkTable {
    const digests = Buffer.alloc(chunks.length * DIGEST_BYTES);
    const offsets = new Float64Array(chunks.length);
    const lengths = new Uint32Array(chunks.length);
    let offset = 0;
    chunks.forEach((c, i) => {
      digests.set(c.digest, i * DIGEST_BYTES);
      offsets[i] = offset;
      lengths[i] = c.length;
      offset += c.length;
    });
    return new ChunkTable(digests, offsets, lengths, offset);
  }

  get count(): number {
    return this.lengths.length;
  }

  /** A view of chunk `i`'s digest (no copy: do not keep it longer than the table). */
  digestAt(i: number): Buffer {
    return this.digests.subarray(i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES);
  }

  offsetAt(i: number): number {
    return this.offsets[i] ?? 0;
  }

  lengthAt(i: number): number {
    return this.lengths[i] ?? 0;
  }

  /** True when chunk `i`'s digest is `digest`, compared in place. */
  digestIs(i: number, digest: Uint8Array): boolean {
    return digest.byteLength === DIGEST_BYTES && this.digests.compare(digest, 0, DIGEST_BYTES, i * DIGEST_BYTES, (i + 1) * DIGEST_BYTES) === 0;
  }

  /** The first 4 bytes of chunk `i`'s digest as a number: a ready-made hash (sha256 is uniform). */
  digestPrefix(i: number): number {
    return this.digests.readUInt32LE(i * DIGEST_BYTES);
  }

  /** The chunks as objects, for code that wants a list (small indexes only: this is what the table avoids). */
  toList(): IndexedChunk[] {
    return Array.from({ length: this.count }, (_, i) => ({ digest: Buffer.from(this.digestAt(i)), offset: this.offsetAt(i), length: this.lengthAt(i) }));
  }

  /** Parses a ChunkIndex blob without a message object per chunk: one pass to count, one to fill. */
  static decode(bytes: Uint8Array): DecodeResult<ChunkTable> {
    try {
      let count = 0;
      forEachRef(bytes, () => count++);
      const digests = Buffer.alloc(count * DIGEST_BYTES);
      const offsets = new Float64Array(count);
      const lengths = new Uint32Array(count);
      const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      let i = 0;
      let offset = 0;
      let invalid = -1;
      forEachRef(bytes, (digestStart, digestLength, length) => {
        if (invalid < 0 && (digestLength !== DIGEST_BYTES || length <= 0)) invalid = i;
        if (invalid < 0) {
          source.copy(digests, i * DIGEST_BYTES, digestStart, digestStart + DIGEST_BYTES);
          offsets[i] = offset;
          lengths[i] = length;
          offset += length;
        }
        i++;
      });
      if (invalid >= 0) return { ok: false, error: new OtaError('OTA_E_PROTOCOL', `chunk index entry ${invalid} is invalid`) };
      return { ok: true, value: new ChunkTable(digests, offsets, lengths, offset) };
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      return { ok: false, error: new OtaError('OTA_E_DECODE', `malformed chunk index: ${reason}`, { cause: err }) };
    }
  }
}

/**
 * Walks the ChunkRef entries of a ChunkIndex (field 1, each with digest = 1
 * and length = 2; unknown fields skipped, the last value of a field wins, as
 * protobuf decoders do). Throws on malformed bytes.
 */
function forEachRef(bytes: Uint8Array, visit: (digestStart: number, digestLength: number, length: number) => void): void {
  const reader = protobuf.Reader.create(bytes);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag !== ((1 << 3) | 2)) {
      reader.skipType(tag & 7);
      continue;
    }
    const end = reader.uint32() + reader.pos;
    if (end > reader.len) throw new RangeError('chunk entry runs past the end');
    let digestStart = 0;
    let digestLength = 0;
    let length = 0;
    while (reader.pos < end) {
      const field = reader.uint32();
      if (field === ((1 << 3) | 2)) {
        digestLength = reader.uint32();
        digestStart = reader.pos;
        reader.pos += digestLength;
        if (reader.pos > end) throw new RangeError('chunk digest runs past its entry');
      } else if (field === ((2 << 3) | 0)) {
        length = reader.uint32();
      } else {
        reader.skipType(field & 7);
      }
    }
    if (reader.pos !== end) throw new RangeError('chunk entry runs past its end');
    visit(digestStart, digestLength, length);
  }
}
