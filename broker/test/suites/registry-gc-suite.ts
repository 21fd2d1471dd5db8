/**
 * Part of the registry contract (registry-suite.ts runs it for every
 * implementation): the queries of `otacast gc` (GcStore) and the batched
 * status-log read of the dashboard's fleet page.
 */
import { describe, expect, it } from 'vitest';
import { sha256, toHex } from '@otacast/shared';
import type { PatchRecord, ReleaseRecord } from '../../src/registry/registry.js';
import type { RegistryContract } from './registry-suite.js';

const digest = (text: string): Buffer => sha256(Buffer.from(text));

/** A release of cam (stable unless said) with one component `fw` of sha256 `component`. */
const release = (releaseId: string, version: string, component: Buffer, channel = 'stable'): ReleaseRecord => ({
  releaseId,
  product: 'cam',
  channel,
  version,
  signedManifest: Buffer.from(releaseId),
  componentDigests: { fw: toHex(component) },
  totalSize: 0,
  createdMs: 7,
});

const patch = (from: Buffer, to: Buffer, patchDigest: Buffer, patchSize: number): PatchRecord => ({ fromSha256: from, toSha256: to, patchDigest, patchSize, indexDigest: patchDigest, indexSize: 0, createdMs: 0 });

const hex = (digests: readonly Uint8Array[]): string[] => digests.map((d) => toHex(d)).sort();

export function registryGcTests(current: () => RegistryContract): void {
  describe('garbage collection queries', () => {
    const [c1, c2, c3] = [digest('fw1'), digest('fw2'), digest('fw3')];
    const [shared, only2, alsoOnly2] = [digest('shared'), digest('only2'), digest('also only2')];
    const [patchTo2, patchFrom2, patchTo2Again] = [digest('patch 1→2'), digest('patch 2→3'), digest('patch 3→2')];

    async function seed(registry: RegistryContract): Promise<void> {
      await registry.insertRelease(release('r1', '1.0.0', c1), [shared]);
      await registry.insertRelease(release('r2', '2.0.0', c2), [shared, only2, alsoOnly2]);
      await registry.insertRelease(release('r3', '3.0.0', c3, 'beta'), [shared]);
      await registry.yankRelease('r2');
    }

    it('lists every release oldest first with its product, channel, yanked mark and creation time', async () => {
      const registry = current();
      await seed(registry);
      const releases = await registry.gc.releases();
      expect(releases.map(({ releaseId, product, channel, yanked, createdMs }) => ({ releaseId, product, channel, yanked, createdMs }))).toEqual([
        { releaseId: 'r1', product: 'cam', channel: 'stable', yanked: false, createdMs: 7 },
        { releaseId: 'r2', product: 'cam', channel: 'stable', yanked: true, createdMs: 7 },
        { releaseId: 'r3', product: 'cam', channel: 'beta', yanked: false, createdMs: 7 },
      ]);
      const order = releases.map((r) => r.order);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(new Set(order).size).toBe(3);
    });

    it('finds the blobs only dropped releases reference, and forgets just the references it is given', async () => {
      const registry = current();
      await seed(registry);
      expect(await registry.gc.unsharedBlobs([])).toEqual([]);
      expect(hex(await registry.gc.unsharedBlobs(['r2']))).toEqual(hex([only2, alsoOnly2]));
      // Dropping r1 and r2 together: `shared` is still referenced by r3.
      expect(hex(await registry.gc.unsharedBlobs(['r1', 'r2']))).toEqual(hex([only2, alsoOnly2]));
      expect(hex(await registry.gc.unsharedBlobs(['r1', 'r2', 'r3']))).toEqual(hex([shared, only2, alsoOnly2]));

      // Only only2 was deleted from the store: its reference goes, alsoOnly2's stays for a later gc.
      await registry.gc.forgetBlobs(['r2'], [only2]);
      await registry.gc.forgetBlobs(['r2'], []);
      expect(await registry.releaseHasBlob('r2', only2)).toBe(false);
      expect(await registry.releaseHasBlob('r2', alsoOnly2)).toBe(true);
      expect(await registry.releaseHasBlob('r2', shared)).toBe(true);
      expect(hex(await registry.gc.unsharedBlobs(['r2']))).toEqual(hex([alsoOnly2]));
    });

    it('finds the patches whose target no kept release holds, and deletes them with the blob list of their last record', async () => {
      const registry = current();
      await seed(registry);
      await registry.patches.insert(patch(c1, c2, patchTo2, 40), [patchTo2]);
      await registry.patches.insert(patch(c3, c2, patchTo2Again, 30), [patchTo2Again]);
      await registry.patches.insert(patch(c2, c3, patchFrom2, 50), [patchFrom2]);
      await registry.patches.insert(patch(c1, c3, Buffer.alloc(0), 0), []); // "not worth a patch"

      expect(await registry.gc.stalePatches([])).toEqual([]);
      const stale = await registry.gc.stalePatches(['r2']);
      expect(stale.map((p) => ({ from: toHex(p.fromSha256), to: toHex(p.toSha256), digest: toHex(p.patchDigest), size: p.patchSize })).sort((a, b) => a.size - b.size)).toEqual([
        { from: toHex(c3), to: toHex(c2), digest: toHex(patchTo2Again), size: 30 },
        { from: toHex(c1), to: toHex(c2), digest: toHex(patchTo2), size: 40 },
      ]);
      // Dropping r3 too makes the 2 → 3 patch and the 1 → 3 marker stale as well.
      expect((await registry.gc.stalePatches(['r2', 'r3'])).map((p) => p.patchSize).sort((a, b) => a - b)).toEqual([0, 30, 40, 50]);

      await registry.gc.deletePatches([]);
      await registry.gc.deletePatches(stale);
      expect(await registry.patches.known(c1, c2)).toBe(false);
      expect(await registry.patches.known(c3, c2)).toBe(false);
      expect(await registry.patches.known(c2, c3)).toBe(true);
      expect(await registry.patches.known(c1, c3)).toBe(true);
      expect(await registry.gc.stalePatches(['r2'])).toEqual([]);
      // The blob lists went with the patches: a new release holding c2 is no longer given those blobs.
      expect(hex(await registry.patches.blobsLeadingTo([c2]))).toEqual([]);
      expect(hex(await registry.patches.blobsLeadingTo([c3]))).toEqual(hex([patchFrom2]));
    });
  });

  describe('status logs of many devices', () => {
    it('answers statusLog of each device in one call, [] for a device without statuses', async () => {
      const registry = current();
      for (const [id, seqs] of [['d1', [1, 2, 3, 4]], ['d2', [7]]] as const) {
        await registry.upsertPrincipal({ name: id, role: 'device', tokenSha256: toHex(digest(id)), product: 'cam', channel: 'stable' });
        for (const seq of seqs) await registry.applyStatus(id, { seq, installedVersion: `1.0.${seq}`, state: 1, outcome: 0, targetVersion: '', lastError: '', components: {} }, 1000 + seq);
      }
      const logs = await registry.statusLogs(['d1', 'd2', 'none', 'd1'], 3);
      expect([...logs.keys()].sort()).toEqual(['d1', 'd2', 'none']);
      expect(logs.get('d1')).toEqual(await registry.statusLog('d1', 3));
      expect(logs.get('d1')?.map((e) => e.seq)).toEqual([2, 3, 4]);
      expect(logs.get('d2')).toEqual(await registry.statusLog('d2', 3));
      expect(logs.get('none')).toEqual([]);
      expect((await registry.statusLogs([])).size).toBe(0);
    });
  });
}
