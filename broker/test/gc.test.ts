import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createLogger, sha256, toHex } from '@otacast/shared';
import { DiskBlobStore } from '../src/blobs/blob-store.js';
import { GarbageCollector, RecentlyAsked, releasesToDrop } from '../src/api/gc.js';
import type { GcRelease, Registry } from '../src/registry/registry.js';
import { SqliteRegistry } from '../src/registry/sqlite-registry.js';

const rel = (releaseId: string, order: number, extra: Partial<GcRelease> = {}): GcRelease => ({ releaseId, product: 'cam', channel: 'stable', yanked: false, createdMs: order, order, ...extra });

describe('releasesToDrop', () => {
  const releases = [rel('a', 1), rel('b', 2, { yanked: true }), rel('c', 3), rel('d', 4), rel('e', 5, { channel: 'beta' }), rel('f', 6, { product: 'door' })];

  it('keeps every release not yanked unless --keep is given', () => {
    expect(releasesToDrop(releases, 0, new Set()).dropped.map((r) => r.releaseId)).toEqual(['b']);
  });

  it('--keep N keeps the newest N of each product and channel; protected ones take a place and always stay', () => {
    const { dropped, toYank } = releasesToDrop(releases, 1, new Set(['c']));
    // cam/stable: d newest, c protected (announced or in a rollout), a dropped; b was yanked already.
    expect(dropped.map((r) => r.releaseId).sort()).toEqual(['a', 'b']);
    expect(toYank.map((r) => r.releaseId)).toEqual(['a']);
    expect(releasesToDrop(releases, 2, new Set()).toYank.map((r) => r.releaseId)).toEqual(['a']);
  });
});

describe('RecentlyAsked', () => {
  it('remembers for the grace period only', () => {
    let now = 1_000;
    const asked = new RecentlyAsked(() => now);
    const d = sha256(Buffer.from('x'));
    asked.note([d]);
    now += 59_000;
    expect(asked.within(d, 60_000)).toBe(true);
    now += 2_000;
    expect(asked.within(d, 60_000)).toBe(false);
  });
});

describe('GarbageCollector on the SQLite registry and the disk store', () => {
  let dir: string;
  let registry: Registry;
  let store: DiskBlobStore;
  let asked: RecentlyAsked;
  let gc: GarbageCollector;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-gc-'));
    registry = SqliteRegistry.open(join(dir, 'registry.db'));
    store = await DiskBlobStore.open({ root: join(dir, 'blobs'), compressQuality: -1 });
    asked = new RecentlyAsked();
    gc = new GarbageCollector({ registry, store, asked, logger: createLogger({ name: 'gc-test', level: 'error' }) });
  });
  afterEach(async () => {
    await store.close();
    await registry.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function blob(size: number): Promise<Buffer> {
    const bytes = randomBytes(size);
    await store.put(sha256(bytes), bytes);
    return sha256(bytes);
  }

  /** A release with one component `fw` (sha256 `component`) made of `blobs`. */
  async function release(releaseId: string, version: string, component: Buffer, blobs: Buffer[]): Promise<void> {
    await registry.insertRelease(
      { releaseId, product: 'cam', channel: 'stable', version, signedManifest: Buffer.from(releaseId), componentDigests: { fw: toHex(component) }, totalSize: 0, createdMs: 0 },
      blobs,
    );
  }

  it('deletes patches leading to a dropped release with their blobs, keeps patches from it to a kept one, and spares blobs a publisher was just told about', async () => {
    const [c1, c2, c3] = [sha256(Buffer.from('fw1')), sha256(Buffer.from('fw2')), sha256(Buffer.from('fw3'))];
    const shared = await blob(100);
    const only2 = await blob(200);
    const asked2 = await blob(300);
    const patchTo2 = await blob(40); // 1 → 2: useless once 2 is gone
    const patchFrom2 = await blob(50); // 2 → 3: a device still on 2 wants it
    await release('r1', '1.0.0', c1, [shared]);
    await release('r2', '2.0.0', c2, [shared, only2, asked2]);
    await release('r3', '3.0.0', c3, [shared]);
    await registry.markAnnounced('r3');
    const patch = (from: Buffer, to: Buffer, digest: Buffer, size: number) => registry.patches.insert({ fromSha256: from, toSha256: to, patchDigest: digest, patchSize: size, indexDigest: digest, indexSize: 0, createdMs: 0 }, [digest]);
    await patch(c1, c2, patchTo2, 40);
    await patch(c2, c3, patchFrom2, 50);
    await registry.yankRelease('r2');
    gc.answered([asked2, only2], [only2]); // a publisher was told asked2 is stored

    const first = await gc.collect({});
    expect(first).toEqual({ bytesFreed: 240, blobsDeleted: 2, patchesDeleted: 1, releasesDropped: ['r2'], blobsInGrace: 1 });
    for (const [digest, kept] of [[shared, true], [only2, false], [asked2, true], [patchTo2, false], [patchFrom2, true]] as const) expect(await store.has(digest)).toBe(kept);
    expect(await registry.patches.known(c1, c2)).toBe(false);
    expect((await registry.patches.offer('r3', c2, c3))?.patchSize).toBe(50);
    expect(await registry.releaseHasBlob('r3', patchFrom2)).toBe(true);

    expect(await gc.collect({})).toEqual({ bytesFreed: 0, blobsDeleted: 0, patchesDeleted: 0, releasesDropped: ['r2'], blobsInGrace: 1 });
  });
});
