import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';

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

export function fromHex(hex: string): Buffer {
  if (!/^[0-9a-f]*$/i.test(hex) || hex.length % 2 !== 0) throw new TypeError(`not a hex string: ${hex.slice(0, 80)}`);
  return Buffer.from(hex, 'hex');
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

/** Streams a file through sha256; memory stays bounded whatever its size. */
export async function sha256File(path: string, range?: { start: number; end: number }): Promise<Buffer> {
  const hash = createHash('sha256');
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024, ...(range ?? {}) });
  for await (const piece of stream) hash.update(piece as Buffer);
  return hash.digest();
}
