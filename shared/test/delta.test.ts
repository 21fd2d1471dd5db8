import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DELTA_HEADER_BYTES, OtaError, applyDelta, encodeDelta, encodeDeltaFile, readDeltaHeader, sha256 } from '@otacast/shared';

/** Text-like data: words from a small vocabulary, so it compresses and repeats like source code. */
function words(count: number, seed: number): Buffer {
  const vocabulary = ['const', 'function', 'return', 'value', 'export', 'import', '{', '}', '(', ')', ';', '\n', 'offset', 'chunk', 'delta'];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(vocabulary[(x >>> 16) % vocabulary.length] as string);
  }
  return Buffer.from(out.join(' '));
}

/** `old` with `regions` random overwrites totalling `fraction` of it, plus an insertion and a deletion. */
function edited(old: Buffer, fraction: number, regions: number): Buffer {
  const next = Buffer.from(old);
  const each = Math.floor((old.length * fraction) / regions);
  for (let r = 0; r < regions; r++) randomBytes(each).copy(next, Math.floor(((r + 0.5) * old.length) / regions));
  const middle = Math.floor(old.length / 2);
  return Buffer.concat([next.subarray(0, middle), randomBytes(3000), next.subarray(middle, middle + 100_000), next.subarray(middle + 150_000)]);
}

describe('delta patches', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-delta-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function roundTrip(oldData: Buffer, newData: Buffer, name: string): Promise<{ patch: Buffer; out: Buffer; maxPiece: number }> {
    const { patch } = encodeDelta(oldData, newData);
    await writeFile(join(dir, `${name}.old`), oldData);
    await writeFile(join(dir, `${name}.patch`), patch);
    const pieces: Buffer[] = [];
    let maxPiece = 0;
    for await (const piece of applyDelta(join(dir, `${name}.patch`), join(dir, `${name}.old`), 64 * 1024)) {
      pieces.push(Buffer.from(piece));
      maxPiece = Math.max(maxPiece, piece.length);
    }
    return { patch, out: Buffer.concat(pieces), maxPiece };
  }

  it('turns the old file into the new one, streaming in bounded pieces; a 5% scattered change costs about 5%', async () => {
    const oldData = randomBytes(4 * 1024 * 1024);
    const newData = edited(oldData, 0.05, 40);
    const { patch, out, maxPiece } = await roundTrip(oldData, newData, 'random');
    expect(out.equals(newData)).toBe(true);
    expect(maxPiece).toBeLessThanOrEqual(64 * 1024);
    expect(patch.length).toBeLessThan(newData.length * 0.06);
    const header = await readDeltaHeader(join(dir, 'random.patch'));
    expect(header.oldSha256.equals(sha256(oldData))).toBe(true);
    expect(header.newSha256.equals(sha256(newData))).toBe(true);
    expect(header.newSize).toBe(newData.length);
  });

  it('finds moved and edited text and compresses what is new', async () => {
    const oldData = words(300_000, 7);
    const moved = Buffer.concat([oldData.subarray(500_000), Buffer.from('a brand new line of code;\n'), oldData.subarray(0, 500_000)]);
    const newData = Buffer.from(moved);
    newData.write('EDIT', 200_000);
    const { patch, out } = await roundTrip(oldData, newData, 'text');
    expect(out.equals(newData)).toBe(true);
    expect(patch.length).toBeLessThan(DELTA_HEADER_BYTES + 200);
  });

  it('handles empty and unrelated files', async () => {
    for (const [a, b, name] of [
      [Buffer.alloc(0), randomBytes(1000), 'from-empty'],
      [randomBytes(1000), Buffer.alloc(0), 'to-empty'],
      [Buffer.alloc(0), Buffer.alloc(0), 'empty'],
      [randomBytes(100_000), randomBytes(100_000), 'unrelated'],
      [Buffer.from('short'), Buffer.from('shorter'), 'tiny'],
    ] as const) {
      const { out } = await roundTrip(a, b, name);
      expect(out.equals(b), name).toBe(true);
    }
  });

  it('refuses a patch that is damaged or meant for another old file (OTA_E_PATCH)', async () => {
    const oldData = randomBytes(300_000);
    const newData = edited(oldData, 0.05, 5);
    const { patch } = encodeDelta(oldData, newData);
    await writeFile(join(dir, 'd.old'), oldData);
    const codeOf = async (bytes: Buffer, old = join(dir, 'd.old')): Promise<string> => {
      await writeFile(join(dir, 'd.patch'), bytes);
      try {
        for await (const piece of applyDelta(join(dir, 'd.patch'), old)) void piece;
        return 'applied';
      } catch (err) {
        return (err as OtaError).code ?? String(err);
      }
    };
    expect(await codeOf(patch)).toBe('applied');
    const badMagic = Buffer.from(patch);
    badMagic[0] = 0;
    expect(await codeOf(badMagic)).toBe('OTA_E_PATCH');
    expect(await codeOf(patch.subarray(0, patch.length - 10))).toBe('OTA_E_PATCH');
    const flipped = Buffer.from(patch);
    flipped[DELTA_HEADER_BYTES + 3] = (flipped[DELTA_HEADER_BYTES + 3] as number) ^ 0xff;
    expect(await codeOf(flipped)).toBe('OTA_E_PATCH');
    await writeFile(join(dir, 'short.old'), oldData.subarray(0, 1000));
    expect(await codeOf(patch, join(dir, 'short.old'))).toBe('OTA_E_PATCH');
  });

  it('encodes files in a worker thread', async () => {
    const oldData = words(100_000, 3);
    const newData = Buffer.concat([oldData.subarray(0, 1000), Buffer.from('changed'), oldData.subarray(1000)]);
    await writeFile(join(dir, 'w.old'), oldData);
    await writeFile(join(dir, 'w.new'), newData);
    const result = await encodeDeltaFile(join(dir, 'w.old'), join(dir, 'w.new'), join(dir, 'w.patch'));
    expect(result.size).toBe((await readFile(join(dir, 'w.patch'))).length);
    expect(result.stats.copied).toBeGreaterThan(oldData.length - 100);
    const cancelled = new AbortController();
    cancelled.abort();
    await expect(encodeDeltaFile(join(dir, 'w.old'), join(dir, 'w.new'), join(dir, 'x.patch'), {}, cancelled.signal)).rejects.toBeInstanceOf(OtaError);
  });
});
