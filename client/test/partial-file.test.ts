import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sha256 } from '@otacast/shared';
import { PartialFile, bitmapPathOf } from '../src/assemble/partial-file.js';

describe('PartialFile', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'otacast-part-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const data = randomBytes(10 * 1000);
  const chunks = Array.from({ length: 10 }, (_, i) => ({ offset: i * 1000, bytes: data.subarray(i * 1000, (i + 1) * 1000) }));
  const layoutId = sha256(Buffer.from('layout'));
  const options = (path: string) => ({ path, size: data.length, chunkCount: chunks.length, layoutId, flushEveryChunks: 3, flushIntervalMs: 60_000 });

  it('writes chunks at their offsets in any order and resumes from the flushed bitmap', async () => {
    const path = join(dir, 'fw.part');
    const part = await PartialFile.open(options(path));
    for (const i of [7, 2, 9, 0]) await part.write(i, (chunks[i] as { offset: number }).offset, (chunks[i] as { bytes: Buffer }).bytes);
    // Three writes started a background flush; the fourth is only in memory.
    expect(part.heldCount).toBe(4);
    await part.settled();
    const persisted = await PartialFile.open(options(path));
    expect([0, 2, 7, 9].map((i) => persisted.has(i))).toEqual([false, true, true, true]);
    await persisted.close();
    await part.close();

    const resumed = await PartialFile.open(options(path));
    expect(resumed.heldCount).toBe(4);
    for (const [i, chunk] of chunks.entries()) if (!resumed.has(i)) await resumed.write(i, chunk.offset, chunk.bytes);
    expect(resumed.complete).toBe(true);
    await resumed.close();
    expect((await readFile(path)).equals(data)).toBe(true);
  });

  it('trusts only chunks marked in the bitmap, and none when the bitmap is for another layout', async () => {
    const path = join(dir, 'fw.part');
    const part = await PartialFile.open(options(path));
    await part.write(1, 1000, (chunks[1] as { bytes: Buffer }).bytes);
    await part.close();
    // Garbage in the part file outside marked chunks does not matter...
    const reopened = await PartialFile.open(options(path));
    expect(reopened.heldCount).toBe(1);
    await reopened.close();
    // ...and a bitmap recorded for another chunk layout is ignored.
    const other = await PartialFile.open({ ...options(path), layoutId: sha256(Buffer.from('other')) });
    expect(other.heldCount).toBe(0);
    await other.close();
  });

  it('ignores a truncated or foreign bitmap file and keeps the file at its full size', async () => {
    const path = join(dir, 'fw.part');
    await writeFile(bitmapPathOf(path), 'not a bitmap');
    const part = await PartialFile.open(options(path));
    expect(part.heldCount).toBe(0);
    await part.close();
    expect((await stat(path)).size).toBe(data.length);
  });

  it('does not buffer: a chunk written beyond the file end is refused', async () => {
    const part = await PartialFile.open(options(join(dir, 'x.part')));
    await expect(part.write(9, 9500, Buffer.alloc(1000))).rejects.toThrow(RangeError);
    await part.close();
  });

  it('removes the part file and its bitmap', async () => {
    const path = join(dir, 'fw.part');
    const part = await PartialFile.open(options(path));
    await part.write(0, 0, (chunks[0] as { bytes: Buffer }).bytes);
    await part.close();
    await PartialFile.remove(path);
    await expect(stat(path)).rejects.toThrow();
    await expect(stat(bitmapPathOf(path))).rejects.toThrow();
  });
});
