import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { FastCdcChunker, chunkBounds, sha256 } from '@otacast/shared';

function chunkAll(data: Buffer, pieceSize: number): Buffer[] {
  const chunker = new FastCdcChunker();
  const out: Buffer[] = [];
  for (let i = 0; i < data.length; i += pieceSize) out.push(...chunker.push(data.subarray(i, i + pieceSize)));
  const last = chunker.finish();
  if (last) out.push(last);
  return out;
}

describe('FastCDC chunker', () => {
  const data = randomBytes(4 * 1024 * 1024);
  const { min, max } = chunkBounds();

  it('covers the input exactly and respects min/max', () => {
    const chunks = chunkAll(data, 1 << 20);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
    for (const c of chunks.slice(0, -1)) {
      expect(c.length).toBeGreaterThanOrEqual(min);
      expect(c.length).toBeLessThanOrEqual(max);
    }
  });

  it('finds the same boundaries whatever the input piece size', () => {
    const a = chunkAll(data, 1 << 20).map((c) => c.length);
    const b = chunkAll(data, 4093).map((c) => c.length);
    expect(b).toEqual(a);
  });

  it('reuses all but the chunks around an insertion', () => {
    const before = chunkAll(data, 1 << 16).map((c) => sha256(c).toString('hex'));
    const edited = Buffer.concat([data.subarray(0, 1_500_000), Buffer.from('inserted bytes'), data.subarray(1_500_000)]);
    const after = chunkAll(edited, 1 << 16).map((c) => sha256(c).toString('hex'));
    const known = new Set(before);
    const fresh = after.filter((d) => !known.has(d));
    expect(fresh.length).toBeLessThanOrEqual(2);
  });
});
