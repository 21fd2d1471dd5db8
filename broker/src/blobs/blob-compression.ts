// How the blob store keeps a blob compressed (docs/protocol.md, "Compressed
// chunks"). Blobs travel as stored, so a chunk is compressed once, when it is
// uploaded, and never again per device.
//
// Quality 11 costs ~1 MB/s of one core on text but is 2% smaller than 10 and
// 9% smaller than gzip -6 on source code (npm typescript tarball, 64 KiB
// chunks); the work runs on the libuv pool, not the event loop. A sample of
// the blob decides whether to try: bytes that look random (order-0 entropy of
// every 16th byte ≥ 7.9 bits per byte: compressed or encrypted firmware,
// media, delta patches) are stored and sent raw after that histogram alone;
// others get a quality-1 brotli probe of four 4 KiB slices, which must save 3%. Probing all of each 64 KiB chunk took 0.5 ms on the event loop
// for every uploaded chunk, a tenth of the upload's server time.
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, brotliDecompressSync, constants as zlibConstants } from 'node:zlib';
import { OtaError } from '@otacast/shared';

export type BlobEncoding = 'raw' | 'brotli';

export const DEFAULT_COMPRESS_QUALITY = 11;
/** Blobs smaller than this gain too little to be worth a decode on the device. */
const MIN_COMPRESS_BYTES = 64;
/** The quality-1 probe must save at least this fraction for the real compression to run. */
const PROBE_MIN_SAVING = 0.03;
/** The probe reads this many slices of this size; smaller blobs are probed whole. */
const PROBE_SLICES = 4;
const PROBE_SLICE_BYTES = 4096;
/** A sample of random bytes scores ~7.99 bits per byte; text ~4.5, machine code ~6. */
const RANDOM_BITS_PER_BYTE = 7.9;
/** Bytes the histogram counts (every n-th); below this it says too little and the probe decides. */
const HISTOGRAM_BYTES = 4096;

/** Order-0 (byte histogram) entropy of about HISTOGRAM_BYTES bytes spread over `bytes`, in bits per byte. */
function bitsPerByte(bytes: Uint8Array): number {
  const stride = Math.max(1, Math.floor(bytes.length / HISTOGRAM_BYTES));
  const counts = new Uint32Array(256);
  let n = 0;
  for (let i = 0; i < bytes.length; i += stride, n++) counts[bytes[i] as number] = (counts[bytes[i] as number] as number) + 1;
  let bits = 0;
  for (const count of counts) {
    if (count === 0) continue;
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Stored form: "OTBR" + u32 BE uncompressed size + brotli stream. */
const MAGIC = Buffer.from('OTBR');
export const COMPRESSED_HEADER_BYTES = MAGIC.length + 4;

const compressAsync = promisify(brotliCompress);

function brotliOptions(quality: number, size: number) {
  return {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: quality,
      // Chunks are at most 4× the 64 KiB average: a 256 KiB window covers any of them.
      [zlibConstants.BROTLI_PARAM_LGWIN]: 18,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  };
}

/** What the probe compresses: the blob, or slices spread evenly over it. */
function probeSample(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength <= PROBE_SLICES * PROBE_SLICE_BYTES * 2) return bytes;
  const step = Math.floor((bytes.byteLength - PROBE_SLICE_BYTES) / (PROBE_SLICES - 1));
  return Buffer.concat(Array.from({ length: PROBE_SLICES }, (_, i) => bytes.subarray(i * step, i * step + PROBE_SLICE_BYTES)));
}

/** The stored (compressed) form of `bytes`, or undefined when compression does not pay. */
export async function compressBlob(bytes: Uint8Array, quality = DEFAULT_COMPRESS_QUALITY): Promise<Buffer | undefined> {
  if (bytes.byteLength < MIN_COMPRESS_BYTES || quality < 0) return undefined;
  if (bytes.byteLength >= HISTOGRAM_BYTES && bitsPerByte(bytes) >= RANDOM_BITS_PER_BYTE) return undefined;
  const sample = probeSample(bytes);
  const probe = brotliCompressSync(sample, brotliOptions(1, sample.byteLength));
  if (probe.length > sample.byteLength * (1 - PROBE_MIN_SAVING)) return undefined;
  const compressed = quality <= 1 && sample === bytes ? probe : await compressAsync(bytes, brotliOptions(quality, bytes.byteLength));
  if (compressed.length + COMPRESSED_HEADER_BYTES >= bytes.byteLength) return undefined;
  const header = Buffer.alloc(COMPRESSED_HEADER_BYTES);
  MAGIC.copy(header);
  header.writeUInt32BE(bytes.byteLength, MAGIC.length);
  return Buffer.concat([header, compressed]);
}

/** Uncompressed size recorded in a stored compressed blob's header. */
export function compressedBlobSize(header: Buffer, hex: string): number {
  if (header.length < COMPRESSED_HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new OtaError('OTA_E_IO', `stored blob ${hex} has a bad compression header`);
  }
  return header.readUInt32BE(MAGIC.length);
}

/** The brotli stream of a stored compressed blob, as it goes on the wire. */
export function compressedPayload(stored: Buffer): Buffer {
  return stored.subarray(COMPRESSED_HEADER_BYTES);
}

/** The original bytes of a brotli payload that must decode to exactly `size` bytes. */
export function decompressPayload(payload: Buffer, size: number, hex: string): Buffer {
  let raw: Buffer;
  try {
    raw = brotliDecompressSync(payload, { maxOutputLength: Math.max(1, size) });
  } catch (err) {
    throw new OtaError('OTA_E_IO', `stored blob ${hex} does not decompress: ${(err as Error).message}`, { cause: err });
  }
  if (raw.length !== size) throw new OtaError('OTA_E_IO', `stored blob ${hex} decompresses to ${raw.length} bytes, not ${size}`);
  return raw;
}
