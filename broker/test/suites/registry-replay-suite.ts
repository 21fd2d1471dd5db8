/**
 * Part of the registry contract (registry-suite.ts runs it for every
 * implementation): an announced commitRelease refuses a manifest signed
 * before its channel's current one (OTA_E_REPLAYED_MANIFEST), and decides so
 * under the channel's lock, so two workers committing at once cannot both
 * pass the check against the release that was current before either.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encode, encodeManifest, pb, sha256 } from '@otacast/shared';
import type { ReleaseRecord } from '../../src/registry/registry.js';
import type { RegistryContract } from './registry-suite.js';

/** A cam/stable release whose envelope carries a real manifest signed (created) at `signedAtMs`; the server never verifies signatures. */
function signedRelease(releaseId: string, version: string, signedAtMs: number): ReleaseRecord {
  const digest = sha256(Buffer.from(releaseId));
  const manifest = encodeManifest({
    product: 'cam',
    version,
    channel: 'stable',
    createdAtMs: signedAtMs,
    expiresAtMs: 0,
    hardware: [],
    rollback: false,
    components: [{ name: 'fw', version, type: 'file', size: 1, sha256: digest, indexDigest: digest, indexSize: 1, requires: {}, options: {} }],
  });
  return {
    releaseId,
    product: 'cam',
    channel: 'stable',
    version,
    signedManifest: encode(pb.SignedManifest, { manifest, signatures: [] }),
    componentDigests: { fw: releaseId },
    totalSize: 1,
    createdMs: signedAtMs,
  };
}

export function registryReplayTests(current: () => RegistryContract, reopen: () => Promise<RegistryContract>): void {
  describe('replayed manifests', () => {
    it('an announced commit becomes current; one signed before the current is refused and nothing is recorded; unannounced commits are not checked', async () => {
      const registry = current();
      expect(await registry.commitRelease(signedRelease('new', '2.0.0', 2_000), [], { announce: true })).toEqual({ existing: false });
      expect((await registry.currentRelease('cam', 'stable'))?.releaseId).toBe('new');
      const refused = await registry.commitRelease(signedRelease('old', '1.0.0', 1_000), [], { announce: true }).catch((err: unknown) => err);
      expect(refused).toMatchObject({ code: 'OTA_E_REPLAYED_MANIFEST' });
      expect(String((refused as Error).message)).toMatch(/cam 1\.0\.0 was signed at 1970-01-01T00:00:01\.000Z, before 2\.0\.0, current on stable .*publish a new release instead/);
      expect(await registry.getRelease('old')).toBeUndefined();
      // The current release again is idempotent; a release kept for a rollout is not announced, so not checked.
      expect(await registry.commitRelease(signedRelease('new', '2.0.0', 2_000), [], { announce: true })).toEqual({ existing: true });
      expect(await registry.commitRelease(signedRelease('old', '1.0.0', 1_000), [])).toEqual({ existing: false });
      expect((await registry.currentRelease('cam', 'stable'))?.releaseId).toBe('new');
    });

    describe('two workers', () => {
      let other: RegistryContract;
      beforeEach(async () => {
        other = await reopen();
      });
      afterEach(async () => {
        await other.close();
      });

      it('of an older and a newer manifest announced on one channel at once, the newer always ends current', async () => {
        const registry = current();
        await registry.commitRelease(signedRelease('base', '1.0.0', 1_000), [], { announce: true });
        for (let round = 0; round < 12; round++) {
          const older = signedRelease(`older-${round}`, `2.${round}.0`, 10_000 + 10 * round);
          const newer = signedRelease(`newer-${round}`, `3.${round}.0`, 10_000 + 10 * round + 5);
          // Each worker gets each role in turn; the newer one starts first, so a check made outside the lock would pass for both.
          const [a, b] = round % 2 === 0 ? [registry, other] : [other, registry];
          const [n, o] = await Promise.allSettled([b.commitRelease(newer, [], { announce: true }), a.commitRelease(older, [], { announce: true })]);
          expect(n.status).toBe('fulfilled');
          // The older one either went first (and was replaced) or came second and was refused.
          if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'OTA_E_REPLAYED_MANIFEST' });
          expect((await other.currentRelease('cam', 'stable'))?.releaseId).toBe(newer.releaseId);
        }
      });
    });
  });
}
