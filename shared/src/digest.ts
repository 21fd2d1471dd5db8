import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';

export const DIGEST_BYTES = 32;

export function sha256(data: Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function toHex(digest: Uint8Array): string {
  return Buffer.from(digest.buffer, digest.byteOffset, digest.byteLength).toString('hex');
}

export function isDigest(value: Uint8Array | null | undefined): value is Uint8Array {
  return value instanceof Uint8Array && value.byteLength === DIGEST_BYTES;
}

export function digestsEqual(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

export function newSha256(): Hash {
  return createHash('sha256');
}

/**
 * Streams a file through sha256. One 256 KiB buffer, reused: a read stream
 * would allocate a fresh buffer per read, and those wait for a GC, so a big
 * file's garbage grew with its size.
 */
export async function sha256File(path: string, range?: { start: number; end: number }): Promise<Buffer> {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(256 * 1024);
  const handle = await open(path, 'r');
  try {
    let position = range?.start ?? 0;
    const end = range ? range.end + 1 : Infinity; // `end` is inclusive, as for createReadStream
    while (position < end) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - position), position);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return hash.digest();
}
