import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '@otacast/shared';
import { S3BlobStore } from '../src/blobs/s3-blob-store.js';
import { MULTIPART_PART_BYTES } from '../src/blobs/s3-objects.js';
import { S3TestServer } from '../../test/support/s3-server.js';
import { blobStoreSuite, type StoreUnderTest } from './suites/blob-store-suite.js';

async function openS3(cacheBytes: number) {
  const s3 = await S3TestServer.start();
  const local = await mkdtemp(join(tmpdir(), 'otacast-s3-local-'));
  const open = (bytes = cacheBytes) =>
    S3BlobStore.open({
      s3: { bucket: 'otacast', endpoint: s3.endpoint, forcePathStyle: true },
      cacheDir: join(local, 'blob-cache'),
      cacheBytes: bytes,
      uploadDir: join(local, 'blob-uploads'),
    });
  return { s3, local, open };
}

function s3Store(cacheBytes: number) {
  return async (): Promise<StoreUnderTest> => {
    const { s3, local, open } = await openS3(cacheBytes);
    return {
      store: await open(),
      reopen: () => open(),
      cleanup: async () => {
        await s3.close();
        await rm(local, { recursive: true, force: true });
      },
    };
  };
}

blobStoreSuite('S3 (s3rver), with a local cache', s3Store(4 * 1024 * 1024));
blobStoreSuite('S3 (s3rver), without a local cache', s3Store(0));

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

describe('S3BlobStore', () => {
  it('sends a large blob as a multipart upload, from ranges and whole, and reads ranges of it with ranged GETs', async () => {
    const { s3, local, open } = await openS3(1024 * 1024);
    const store = await open();
    try {
      const blob = randomBytes(2 * MULTIPART_PART_BYTES + 12_345);
      const step = 1024 * 1024;
      let done = false;
      for (let offset = 0; offset < blob.length; offset += step) done = await store.putRange(sha256(blob), blob.length, offset, blob.subarray(offset, offset + step));
      expect(done).toBe(true);
      const whole = randomBytes(MULTIPART_PART_BYTES + 1);
      await store.put(sha256(whole), whole);
      const reopened = await open();
      for (const [b, at] of [[blob, 2 * MULTIPART_PART_BYTES - 10], [whole, MULTIPART_PART_BYTES - 3]] as const) {
        expect(await reopened.size(sha256(b))).toBe(b.length);
        expect((await reopened.read(sha256(b), at, 100))?.data.equals(b.subarray(at, at + 100))).toBe(true);
      }
      // Nothing of them is kept locally: the staging file is gone and the cache takes only small blobs.
      expect(await dirBytes(join(local, 'blob-uploads'))).toBe(0);
      expect(await dirBytes(join(local, 'blob-cache'))).toBe(0);
      await reopened.close();
    } finally {
      await store.close();
      await s3.close();
      await rm(local, { recursive: true, force: true });
    }
  });

  it('keeps its cache files within the byte bound, evicting the least recently used, and reads evicted blobs from S3 again', async () => {
    const bound = 256 * 1024;
    const { s3, local, open } = await openS3(bound);
    const store = await open();
    try {
      const blobs = Array.from({ length: 40 }, () => randomBytes(30_000));
      for (const blob of blobs) await store.put(sha256(blob), blob);
      for (const blob of blobs) expect((await store.read(sha256(blob), 0, 0))?.data.equals(blob)).toBe(true);
      const onDisk = await dirBytes(join(local, 'blob-cache'));
      expect(onDisk).toBeLessThanOrEqual(bound);
      expect(onDisk).toBeGreaterThan(bound / 2);
      expect(store.cachedBytes).toBe(onDisk);
    } finally {
      await store.close();
      await s3.close();
      await rm(local, { recursive: true, force: true });
    }
  });

  it('refuses to open on a missing bucket or an endpoint that does not answer, and fails reads with a code while S3 is down', async () => {
    const { s3, local, open } = await openS3(0);
    const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (err: { code?: string }) => err.code);
    try {
      const missingBucket = S3BlobStore.open({ s3: { bucket: 'nope', endpoint: s3.endpoint, forcePathStyle: true }, cacheDir: join(local, 'c'), uploadDir: join(local, 'u') });
      expect(await codeOf(missingBucket)).toBe('OTA_E_BLOBS_UNAVAILABLE');
      const store = await open();
      const blob = randomBytes(1000);
      await store.put(sha256(blob), blob);
      await s3.pause();
      expect(await codeOf(store.read(sha256(randomBytes(8)), 0, 0))).toBe('OTA_E_BLOBS_UNAVAILABLE');
      expect(await codeOf(open())).toBe('OTA_E_BLOBS_UNAVAILABLE');
      await s3.resume();
      expect((await store.read(sha256(blob), 0, 0))?.data.equals(blob)).toBe(true);
      await store.close();
    } finally {
      await s3.close();
      await rm(local, { recursive: true, force: true });
    }
  });
});
