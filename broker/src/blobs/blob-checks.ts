// The argument checks and range arithmetic every BlobStore implementation
// shares, so that files and S3 answer the same input with the same code.
import { OtaError, isDigest } from '@otacast/shared';

export function checkDigest(digest: Uint8Array): Buffer {
  const length = digest.byteLength;
  if (!isDigest(digest)) throw new OtaError('OTA_E_PROTOCOL', `a blob digest is 32 bytes, got ${length}`);
  return Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength);
}

export function checkCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new OtaError('OTA_E_PROTOCOL', `${what} must be a non-negative integer, got ${value}`);
}

/** The checks of putRange: a range inside the blob, carrying data unless the blob is empty. */
export function checkUploadRange(size: number, offset: number, data: Uint8Array): void {
  checkCount(size, 'blob size');
  checkCount(offset, 'range offset');
  if (offset + data.byteLength > size) {
    throw new OtaError('OTA_E_PROTOCOL', `range ${offset}+${data.byteLength} runs past the blob size ${size}`);
  }
  if (data.byteLength === 0 && size > 0) throw new OtaError('OTA_E_PROTOCOL', 'an upload range carries no data');
}

export function pastEnd(hex: string, offset: number, blobSize: number): OtaError {
  return new OtaError('OTA_E_PROTOCOL', `offset ${offset} is past the end of blob ${hex} (${blobSize} bytes)`);
}

/** How many bytes a read of `length` (0: to the end) from `offset` returns; OTA_E_PROTOCOL past the end. */
export function rangeLength(hex: string, offset: number, length: number, blobSize: number): number {
  if (offset > blobSize) throw pastEnd(hex, offset, blobSize);
  return Math.min(length === 0 ? blobSize - offset : length, blobSize - offset);
}

export function slice(whole: Buffer, offset: number, length: number, hex: string): { data: Buffer; blobSize: number } {
  const count = rangeLength(hex, offset, length, whole.byteLength);
  return { data: whole.subarray(offset, offset + count), blobSize: whole.byteLength };
}

/** Digests looked up at once by `missing`. */
const MISSING_BATCH = 64;

/** The digests of `digests` for which `has` is false, in their order, looked up in batches. */
export async function findMissing(digests: readonly Uint8Array[], has: (digest: Buffer) => Promise<boolean>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (let i = 0; i < digests.length; i += MISSING_BATCH) {
    const batch = digests.slice(i, i + MISSING_BATCH).map(checkDigest);
    const present = await Promise.all(batch.map((d) => has(d)));
    batch.forEach((d, j) => {
      if (!present[j]) out.push(Buffer.from(d));
    });
  }
  return out;
}
