import { describe, expect, it } from 'vitest';
import { sha256, toHex } from '@otacast/shared';
import { ReleaseAccess } from '../src/serve/release-access.js';

/** A registry whose releases and blob lists the test edits, counting queries. */
function fakeRegistry() {
  const products = new Map<string, string>();
  const blobs = new Set<string>();
  const registry = {
    products,
    blobs,
    queries: 0,
    async releaseProduct(releaseId: string) {
      registry.queries++;
      return products.get(releaseId);
    },
    async releaseHasBlob(releaseId: string, digest: Uint8Array) {
      registry.queries++;
      return blobs.has(`${releaseId}/${toHex(digest)}`);
    },
  };
  return registry;
}

describe('ReleaseAccess', () => {
  const chunk = sha256(Buffer.from('chunk'));
  const patchBlob = sha256(Buffer.from('patch blob'));

  it('asks the registry once for what is there', async () => {
    const registry = fakeRegistry();
    registry.products.set('r1', 'cam');
    registry.blobs.add(`r1/${toHex(chunk)}`);
    const access = new ReleaseAccess(registry);
    for (let i = 0; i < 5; i++) {
      expect(await access.releaseProduct('r1')).toBe('cam');
      expect(await access.releaseHasBlob('r1', chunk)).toBe(true);
    }
    expect(registry.queries).toBe(2);
  });

  it('asks again for what is not there yet: a release committed later, a patch blob added to a release', async () => {
    const registry = fakeRegistry();
    const access = new ReleaseAccess(registry);
    expect(await access.releaseProduct('r2')).toBeUndefined();
    expect(await access.releaseHasBlob('r2', patchBlob)).toBe(false);
    registry.products.set('r2', 'cam');
    registry.blobs.add(`r2/${toHex(patchBlob)}`);
    expect(await access.releaseProduct('r2')).toBe('cam');
    expect(await access.releaseHasBlob('r2', patchBlob)).toBe(true);
    expect(await access.releaseHasBlob('r1', patchBlob)).toBe(false);
  });

  it('asks once for devices asking at the same moment', async () => {
    const registry = fakeRegistry();
    registry.products.set('r1', 'cam');
    registry.blobs.add(`r1/${toHex(chunk)}`);
    const access = new ReleaseAccess(registry);
    const answers = await Promise.all(Array.from({ length: 8 }, async () => [await access.releaseProduct('r1'), await access.releaseHasBlob('r1', chunk)]));
    expect(answers).toEqual(Array.from({ length: 8 }, () => ['cam', true]));
    expect(registry.queries).toBe(2);
  });

  it('stays within its bounds', async () => {
    const registry = fakeRegistry();
    const digests = Array.from({ length: 20 }, (_, i) => sha256(Buffer.from(`c${i}`)));
    for (const d of digests) registry.blobs.add(`r1/${toHex(d)}`);
    const access = new ReleaseAccess(registry, { maxMembers: 10 });
    for (const d of digests) await access.releaseHasBlob('r1', d);
    registry.queries = 0;
    for (const d of digests.slice(10)) expect(await access.releaseHasBlob('r1', d)).toBe(true);
    expect(registry.queries).toBe(0);
    expect(await access.releaseHasBlob('r1', digests[0]!)).toBe(true);
    expect(registry.queries).toBe(1);
  });
});
