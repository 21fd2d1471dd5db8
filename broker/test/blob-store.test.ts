import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sha256, toHex } from '@otacast/shared';
import { DiskBlobStore } from '../src/blobs/blob-store.js';
import { blobStoreSuite, type StoreUnderTest } from './suites/blob-store-suite.js';

function diskStore(cacheBytes: number) {
  return async (): Promise<StoreUnderTest> => {
    const root = await mkdtemp(join(tmpdir(), 'otacast-store-'));
    const open = () => DiskBlobStore.open({ root: join(root, 'blobs'), cacheBytes });
    return { store: await open(), reopen: open, cleanup: () => rm(root, { recursive: true, force: true }) };
  };
}

blobStoreSuite('disk, with cache', diskStore(1024 * 1024));
blobStoreSuite('disk, without cache', diskStore(0));

describe('DiskBlobStore layout', () => {
  it('keeps blobs at blobs/ab/<hex> and cleans stale uploads on open', async () => {
    const root = await mkdtemp(join(tmpdir(), 'otacast-store-'));
    try {
      const store = await DiskBlobStore.open({ root: join(root, 'blobs') });
      const blob = Buffer.from('hello');
      const hex = toHex(sha256(blob));
      await store.put(sha256(blob), blob);
      expect(await readFile(join(root, 'blobs', hex.slice(0, 2), hex), 'utf8')).toBe('hello');
      await store.putRange(sha256(randomBytes(8)), 8, 0, Buffer.alloc(4));
      expect(await readdir(join(root, 'blobs', 'tmp'))).toHaveLength(1);
      await store.close();
      await writeFile(join(root, 'blobs', 'tmp', 'stale.part'), 'x');
      const reopened = await DiskBlobStore.open({ root: join(root, 'blobs') });
      expect(await readdir(join(root, 'blobs', 'tmp'))).toHaveLength(0);
      await reopened.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
