import { OtaError, type otacast } from '@otacast/shared';

/** The fields of a Chunk that carries data (docs/protocol.md, "Device download"). */
export interface DataChunk {
  digest: Uint8Array;
  offset: number;
  data: Uint8Array;
  encoding: otacast.v1.ChunkEncoding;
  blobSize: number;
}

// Wire keys of transfer.proto's Chunk: (field number << 3) | wire type.
const DIGEST_KEY = (1 << 3) | 2;
const OFFSET_KEY = (2 << 3) | 0;
const DATA_KEY = (3 << 3) | 2;
const ENCODING_KEY = (4 << 3) | 0;
const BLOB_SIZE_KEY = (5 << 3) | 0;

function varintBytes(value: number): number {
  let bytes = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) bytes++;
  return bytes;
}

function writeVarint(buffer: Buffer, position: number, value: number): number {
  let at = position;
  let rest = value;
  while (rest >= 0x80) {
    buffer[at++] = (rest % 0x80) | 0x80;
    rest = Math.floor(rest / 0x80);
  }
  buffer[at++] = rest;
  return at;
}

function checkUnsigned(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new OtaError('OTA_E_INTERNAL', `chunk ${what} must be a non-negative integer, got ${value}`);
}

/**
 * Encodes a data-carrying Chunk into one buffer of exactly its size: the same
 * bytes as `encode(pb.Chunk, …)` (fields in number order, proto3 defaults
 * left out), without protobufjs's growing buffers and final copy — on a busy
 * server those allocations and copies of every ~64 KiB chunk cost more than
 * sending it.
 */
export function encodeDataChunk(chunk: DataChunk): Buffer {
  const { digest, offset, data, encoding, blobSize } = chunk;
  checkUnsigned(offset, 'offset');
  checkUnsigned(blobSize, 'blob size');
  checkUnsigned(encoding, 'encoding');
  let size = 0;
  if (digest.byteLength > 0) size += 1 + varintBytes(digest.byteLength) + digest.byteLength;
  if (offset !== 0) size += 1 + varintBytes(offset);
  if (data.byteLength > 0) size += 1 + varintBytes(data.byteLength) + data.byteLength;
  if (encoding !== 0) size += 1 + varintBytes(encoding);
  if (blobSize !== 0) size += 1 + varintBytes(blobSize);

  const out = Buffer.allocUnsafe(size);
  let at = 0;
  if (digest.byteLength > 0) {
    out[at++] = DIGEST_KEY;
    at = writeVarint(out, at, digest.byteLength);
    out.set(digest, at);
    at += digest.byteLength;
  }
  if (offset !== 0) {
    out[at++] = OFFSET_KEY;
    at = writeVarint(out, at, offset);
  }
  if (data.byteLength > 0) {
    out[at++] = DATA_KEY;
    at = writeVarint(out, at, data.byteLength);
    out.set(data, at);
    at += data.byteLength;
  }
  if (encoding !== 0) {
    out[at++] = ENCODING_KEY;
    at = writeVarint(out, at, encoding);
  }
  if (blobSize !== 0) {
    out[at++] = BLOB_SIZE_KEY;
    at = writeVarint(out, at, blobSize);
  }
  if (at !== size) throw new OtaError('OTA_E_INTERNAL', `chunk encoded to ${at} bytes, expected ${size}`);
  return out;
}
