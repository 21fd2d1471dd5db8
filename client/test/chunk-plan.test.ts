import { describe, expect, it } from 'vitest';
import { ChunkTable, sha256 } from '@otacast/shared';
import { ChunkPlan } from '../src/assemble/chunk-plan.js';
import { DigestSlots } from '../src/assemble/digest-slots.js';

const digestOf = (n: number) => sha256(Buffer.from(`chunk ${n}`));
const table = (ids: number[]) => ChunkTable.fromChunks(ids.map((id) => ({ digest: digestOf(id), length: 100 + id })));

describe('ChunkPlan', () => {
  it('wants each missing digest once, across components, and writes it everywhere it occurs', () => {
    const a = table([1, 2, 1, 3]);
    const b = table([3, 4, 2]);
    const plan = new ChunkPlan([
      { chunks: a, has: (i) => i === 3 },
      { chunks: b, has: () => false },
    ]);
    const wants = [...plan.wants()];
    // 1 (a0, a2), 2 (a1, b2), 3 (b0 only: a3 is held), 4 (b1)
    expect(plan.distinct).toBe(4);
    expect(wants.map((w) => w.size)).toEqual([101, 102, 103, 104]);
    expect(wants.every((w, i) => w.digest.equals(digestOf([1, 2, 3, 4][i] as number)))).toBe(true);
    const where = (i: number) => [...plan.sameAs((wants[i] as { position: number }).position)].map((p) => `${p.target}:${p.index}`).sort();
    expect(where(0)).toEqual(['0:0', '0:2']);
    expect(where(1)).toEqual(['0:1', '1:2']);
    expect(where(2)).toEqual(['1:0']);
    expect(where(3)).toEqual(['1:1']);
  });

  it('wants nothing when every chunk is held', () => {
    const plan = new ChunkPlan([{ chunks: table([1, 2]), has: () => true }]);
    expect([...plan.wants()]).toEqual([]);
  });
});

describe('DigestSlots', () => {
  it('tells equal digests from ones that only share their first bytes', () => {
    // Every prefix collides: lookups must fall back to comparing whole digests.
    const digests = [digestOf(1), digestOf(2), digestOf(1), digestOf(3)];
    const slots = new DigestSlots(digests.length, { prefixAt: () => 7, sameAt: (x, y) => (digests[x] as Buffer).equals(digests[y] as Buffer) });
    expect(digests.map((_, i) => slots.addOrFind(i))).toEqual([-1, -1, 0, -1]);
    expect(slots.find(7, (p) => (digests[p] as Buffer).equals(digestOf(3)))).toBe(3);
    expect(slots.find(7, (p) => (digests[p] as Buffer).equals(digestOf(9)))).toBe(-1);
  });
});
