import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { ChunkTable, sha256, type IndexedChunk } from '@otacast/shared';
import { InOrderDigest, type HeldChunks } from '../src/assemble/in-order-digest.js';

/** A part file in memory: which chunks are held, and how many bytes were read back. */
function heldFile(data: Buffer, chunks: readonly IndexedChunk[]) {
  const held = new Set<number>();
  let readBack = 0;
  const file: HeldChunks = {
    has: (index) => held.has(index),
    read: async (offset, length) => {
      readBack += length;
      return Buffer.from(data.subarray(offset, offset + length));
    },
  };
  const write = async (digest: InOrderDigest, index: number) => {
    const c = chunks[index] as IndexedChunk;
    held.add(index);
    await digest.written(index, data.subarray(c.offset, c.offset + c.length));
  };
  return { file, held, write, readBack: () => readBack };
}

const data = randomBytes(10 * 1000);
const chunks: IndexedChunk[] = Array.from({ length: 10 }, (_, i) => ({ offset: i * 1000, length: 1000, digest: sha256(data.subarray(i * 1000, (i + 1) * 1000)) }));
const whole = sha256(data);

describe('InOrderDigest', () => {
  it('hashes chunks written in order without reading anything back', async () => {
    const { file, write, readBack } = heldFile(data, chunks);
    const digest = new InOrderDigest(ChunkTable.fromChunks(chunks), file);
    for (let i = 0; i < chunks.length; i++) {
      expect(digest.digest()).toBeUndefined();
      await write(digest, i);
    }
    expect(digest.digest()?.equals(whole)).toBe(true);
    expect(readBack()).toBe(0);
  });

  it('keeps chunks that arrive early within its budget and reads back the rest', async () => {
    const { file, write, readBack } = heldFile(data, chunks);
    const digest = new InOrderDigest(ChunkTable.fromChunks(chunks), file, 2000);
    for (const i of [1, 2, 3, 4, 0, 5, 6, 7, 9, 8]) await write(digest, i);
    expect(digest.digest()?.equals(whole)).toBe(true);
    // 1 and 2 fit the budget; 3 and 4 were read back; 9 (early again) fit.
    expect(readBack()).toBe(2000);
  });

  it('reads back chunks an earlier run left (as the bitmap marks them), once their turn comes', async () => {
    const { file, held, write, readBack } = heldFile(data, chunks);
    for (const i of [0, 1, 2, 7]) held.add(i);
    const digest = new InOrderDigest(ChunkTable.fromChunks(chunks), file);
    for (const i of [3, 4, 5, 6, 8, 9]) await write(digest, i);
    await digest.catchUp();
    expect(digest.digest()?.equals(whole)).toBe(true);
    expect(readBack()).toBe(4000);
  });

  it('gives no digest while a chunk is missing', async () => {
    const { file, write } = heldFile(data, chunks);
    const digest = new InOrderDigest(ChunkTable.fromChunks(chunks), file);
    for (const i of [0, 1, 2, 3, 5, 6, 7, 8, 9]) await write(digest, i);
    await digest.catchUp();
    expect(digest.digest()).toBeUndefined();
  });
});
