import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sha256, toHex } from '@otacast/shared';
import { DiskBlobStore } from '../src/blobs/blob-store.js';
import { currentBootId } from '../src/blobs/blob-staging.js';

/** Uploads (putRange) wait unsynced in blobs/staged-<boot id>/ until a commit persists them (blob-staging.ts). */
describe.skipIf(currentBootId() === undefined)('DiskBlobStore staging of uploads', () => {
  let root: string;
  const stagedDir = () => join(root, `staged-${currentBootId() as string}`);
  beforeEach(async () => {
    root = join(await mkdtemp(join(tmpdir(), 'otacast-staging-')), 'blobs');
  });
  afterEach(async () => {
    await rm(join(root, '..'), { recursive: true, force: true });
  });

  it('serves an uploaded blob at once and moves it into the store when persisted', async () => {
    const store = await DiskBlobStore.open({ root });
    const noise = randomBytes(70_000);
    const text = Buffer.from('staged text '.repeat(4000));
    try {
      for (const blob of [noise, text]) expect(await store.putRange(sha256(blob), blob.length, 0, blob)).toBe(true);
      const hex = toHex(sha256(noise));
      expect(existsSync(join(root, hex.slice(0, 2), hex))).toBe(false);
      expect((await readdir(stagedDir())).sort()).toEqual([hex, `${toHex(sha256(text))}.br`].sort());
      expect(await store.missing([sha256(noise), sha256(text)])).toEqual([]);
      expect((await store.read(sha256(noise), 100, 10))?.data.equals(noise.subarray(100, 110))).toBe(true);
      expect((await store.read(sha256(text), 0, 0))?.data.equals(text)).toBe(true);

      await store.persist([sha256(noise), sha256(text), sha256(Buffer.from('never uploaded'))]);
      expect(await readdir(stagedDir())).toEqual([]);
      expect(existsSync(join(root, hex.slice(0, 2), hex))).toBe(true);
      expect((await store.readStored(sha256(text)))?.encoding).toBe('brotli');
      expect((await store.read(sha256(noise), 0, 0))?.data.equals(noise)).toBe(true);
    } finally {
      await store.close();
    }
    const reopened = await DiskBlobStore.open({ root });
    try {
      expect(await reopened.missing([sha256(noise), sha256(text)])).toEqual([]);
      expect((await reopened.read(sha256(text), 0, 0))?.data.equals(text)).toBe(true);
    } finally {
      await reopened.close();
    }
  });

  it('lets another worker of this boot see and persist a staged blob; drops idle ones of another boot, keeps a live one', async () => {
    const earlier = join(root, 'staged-0123456789abcdef');
    const otherMachine = join(root, 'staged-fedcba9876543210');
    for (const dir of [earlier, otherMachine]) {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'f'.repeat(64)), 'possibly torn');
    }
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(join(earlier, 'f'.repeat(64)), hourAgo, hourAgo);
    await utimes(earlier, hourAgo, hourAgo);
    const a = await DiskBlobStore.open({ root });
    const b = await DiskBlobStore.open({ root });
    try {
      expect(existsSync(earlier)).toBe(false);
      // Changed a moment ago: a worker on another machine sharing the volume may be uploading into it.
      expect(existsSync(otherMachine)).toBe(true);
      const blob = randomBytes(5000);
      await a.putRange(sha256(blob), blob.length, 0, blob);
      expect(await b.has(sha256(blob))).toBe(true);
      expect((await a.read(sha256(blob), 0, 0))?.data.equals(blob)).toBe(true);
      await b.persist([sha256(blob)]);
      // a remembered it as staged: its read finds the blob where b moved it.
      expect((await a.read(sha256(blob), 0, 0))?.data.equals(blob)).toBe(true);
      await a.persist([sha256(blob)]);
      expect(await readdir(stagedDir())).toEqual([]);
      expect(await a.delete(sha256(blob))).toBe(blob.length);
      expect(await b.has(sha256(Buffer.from('x')))).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('deletes a blob that is still staged', async () => {
    const store = await DiskBlobStore.open({ root });
    try {
      const blob = randomBytes(3000);
      await store.putRange(sha256(blob), blob.length, 0, blob);
      expect(await store.delete(sha256(blob))).toBe(blob.length);
      expect(await store.has(sha256(blob))).toBe(false);
      expect(await readdir(stagedDir())).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
