import { readFile } from 'node:fs/promises';

/**
 * The on-disk record of which chunks of a part file are durable:
 * `X.part.bitmap` = magic, layout id (the chunk index digest), chunk count,
 * file size, then one bit per chunk.
 */
const MAGIC = Buffer.from('OTABMP1\n');
const HEADER_BYTES = MAGIC.length + 32 + 4 + 8;

export function bitmapPathOf(partPath: string): string {
  return `${partPath}.bitmap`;
}

export function encodeBitmap(layoutId: Uint8Array, chunkCount: number, size: number, bits: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  Buffer.from(layoutId).copy(header, MAGIC.length, 0, 32);
  header.writeUInt32BE(chunkCount, MAGIC.length + 32);
  header.writeBigUInt64BE(BigInt(size), MAGIC.length + 36);
  return Buffer.concat([header, bits]);
}

/** The persisted bits, or undefined when the file is missing or describes another layout. */
export async function loadBitmap(path: string, layoutId: Uint8Array, chunkCount: number, size: number): Promise<Uint8Array | undefined> {
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
