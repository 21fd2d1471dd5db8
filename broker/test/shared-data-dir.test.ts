import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sha256 } from '@otacast/shared';
import { ensureAdminToken } from '../src/api/admin-token.js';
import { hashToken } from '../src/auth/auth.js';
import { DiskBlobStore } from '../src/blobs/blob-store.js';
import { SqliteRegistry } from '../src/registry/sqlite-registry.js';

/**
 * Workers sharing one --data (`serve --shared-data`, docs/scale-out.md): what
 * one does while starting must not break what another is doing. Two stores or
 * registries on one directory here are what two worker processes share there.
 */
describe('workers sharing one data directory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-shared-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("a worker starting does not remove another's upload in progress", async () => {
    const running = await DiskBlobStore.open({ root: join(dir, 'blobs') });
    const data = randomBytes(3 * 1024 * 1024);
    const digest = sha256(data);
    const half = data.length / 2;
    expect(await running.putRange(digest, data.length, 0, data.subarray(0, half))).toBe(false);
    const starting = await DiskBlobStore.open({ root: join(dir, 'blobs') });
    try {
      expect(await running.putRange(digest, data.length, half, data.subarray(half))).toBe(true);
      expect((await starting.read(digest, 0, 0))?.data.equals(data)).toBe(true);
    } finally {
      await running.close();
      await starting.close();
    }
    // Closed stores leave no part files nor directories behind.
    expect(await readdir(join(dir, 'blobs', 'tmp'))).toEqual([]);
  });

  it('two workers starting at once on a fresh directory end with one admin token, which both accept', async () => {
    const registries = [SqliteRegistry.open(join(dir, 'registry.db')), SqliteRegistry.open(join(dir, 'registry.db'))];
    try {
      const results = await Promise.all(registries.map((registry) => ensureAdminToken(dir, registry)));
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      const token = (await readFile(join(dir, 'admin.token'), 'utf8')).trim();
      for (const registry of registries) expect((await registry.findPrincipal('admin'))?.tokenSha256).toBe(hashToken(token));
      // A later start keeps it.
      expect((await ensureAdminToken(dir, registries[0] as SqliteRegistry)).created).toBe(false);
      expect((await readFile(join(dir, 'admin.token'), 'utf8')).trim()).toBe(token);
      expect((await readdir(dir)).filter((name) => name.includes('admin.token'))).toEqual(['admin.token']);
    } finally {
      await Promise.all(registries.map((r) => r.close()));
    }
  });
});
