import { createReadStream } from 'node:fs';
import { chunkStream, type ChunkerOptions } from './fastcdc.js';
import { decode, encode, pb } from './codec.js';
import { isDigest, newSha256, sha256 } from './digest.js';
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
  const whole = newSha256();
  const chunks: IndexedChunk[] = [];
  let offset = 0;
  for await (const chunk of chunkStream(createReadStream(path, { highWaterMark: 1024 * 1024 }), options)) {
    whole.update(chunk);
    chunks.push({ digest: sha256(chunk), offset, length: chunk.length });
    offset += chunk.length;
  }
  return { size: offset, sha256: whole.digest(), chunks };
}

/** Encodes the chunk list as the ChunkIndex blob a manifest points to. */
export function encodeChunkIndex(chunks: readonly { digest: Uint8Array; length: number }[]): Buffer {
  return encode(pb.ChunkIndex, { chunks: chunks.map((c) => ({ digest: c.digest, length: c.length })) });
}

/** Decodes a ChunkIndex blob and gives each chunk its offset in the component. */
export function decodeChunkIndex(bytes: Uint8Array): DecodeResult<IndexedChunk[]> {
  const decoded = decode(pb.ChunkIndex, bytes, Number.MAX_SAFE_INTEGER, 'chunk index');
  if (!decoded.ok) return decoded;
  let offset = 0;
  const chunks: IndexedChunk[] = [];
  for (const ref of decoded.value.chunks) {
    const length = ref.length ?? 0;
    if (!isDigest(ref.digest) || length <= 0) {
      return { ok: false, error: new OtaError('OTA_E_PROTOCOL', `chunk index entry ${chunks.length} is invalid`) };
    }
    chunks.push({ digest: Buffer.from(ref.digest), offset, length });
    offset += length;
  }
  return { ok: true, value: chunks };
}
