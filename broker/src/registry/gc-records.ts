import type Database from 'better-sqlite3';
import type { GcRelease, GcStore, StalePatch } from './gc-store.js';

/**
 * Appended to the registry's migrations (registry-schema.ts): gc asks, per
 * blob, whether any kept release still references it; without this index
 * each question would scan every release's blob list.
 */
export const GC_MIGRATION = 'CREATE INDEX release_blobs_by_digest ON release_blobs (digest);';

/** SQLite's json_each over a JSON array of release ids: one bound parameter for any number of them. */
const IDS = '(SELECT value FROM json_each(?))';

/** The registry queries of `otacast gc` on SQLite (the contract: GcStore in gc-store.ts). */
export class GcRecords implements GcStore {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      releases: db.prepare<[], { release_id: string; product: string; channel: string; yanked: number; created_ms: number; pos: number }>(
        'SELECT release_id, product, channel, yanked, created_ms, rowid AS pos FROM releases ORDER BY rowid',
      ),
      // Blobs of the dropped releases that no other release references.
      unshared: db.prepare<[string, string], { digest: Buffer }>(
        `SELECT DISTINCT b.digest FROM release_blobs b WHERE b.release_id IN ${IDS}
           AND NOT EXISTS (SELECT 1 FROM release_blobs k WHERE k.digest = b.digest AND k.release_id NOT IN ${IDS})`,
      ),
      forgetBlob: db.prepare<[string, Buffer]>(`DELETE FROM release_blobs WHERE release_id IN ${IDS} AND digest = ?`),
      // Patches (and "not worth a patch" markers) whose target component no kept release holds.
      stalePatches: db.prepare<[string], { from_sha256: Buffer; to_sha256: Buffer; patch_digest: Buffer; patch_size: number }>(
        `SELECT p.from_sha256, p.to_sha256, p.patch_digest, p.patch_size FROM patches p WHERE NOT EXISTS (
           SELECT 1 FROM releases r, json_each(r.component_digests) j
           WHERE r.release_id NOT IN ${IDS} AND j.value = lower(hex(p.to_sha256)))`,
      ),
      deletePatch: db.prepare<[Buffer, Buffer]>('DELETE FROM patches WHERE from_sha256 = ? AND to_sha256 = ?'),
      // A patch's blob list goes with the last patch record of that digest.
      deletePatchBlobs: db.prepare<[Buffer, Buffer]>('DELETE FROM patch_blobs WHERE patch_digest = ? AND NOT EXISTS (SELECT 1 FROM patches WHERE patch_digest = ?)'),
    };
  }

  async releases(): Promise<GcRelease[]> {
    return this.s.releases.all().map((r) => ({ releaseId: r.release_id, product: r.product, channel: r.channel, yanked: r.yanked !== 0, createdMs: r.created_ms, order: r.pos }));
  }

  /** Blobs referenced by the dropped releases and by no other release. */
  async unsharedBlobs(dropped: readonly string[]): Promise<Buffer[]> {
    if (dropped.length === 0) return [];
    const ids = JSON.stringify(dropped);
    return this.s.unshared.all(ids, ids).map((r) => r.digest);
  }

  /** Removes the dropped releases' references to blobs that were deleted (references to kept blobs stay, for a later gc). */
  async forgetBlobs(dropped: readonly string[], digests: readonly Uint8Array[]): Promise<void> {
    const ids = JSON.stringify(dropped);
    this.db.transaction(() => {
      for (const digest of digests) this.s.forgetBlob.run(ids, Buffer.from(digest));
    })();
  }

  /** Patches whose target component is held by none of the releases kept (all but `dropped`). */
  async stalePatches(dropped: readonly string[]): Promise<StalePatch[]> {
    if (dropped.length === 0) return [];
    return this.s.stalePatches.all(JSON.stringify(dropped)).map((r) => ({ fromSha256: r.from_sha256, toSha256: r.to_sha256, patchDigest: r.patch_digest, patchSize: r.patch_size }));
  }

  async deletePatches(patches: readonly StalePatch[]): Promise<void> {
    this.db.transaction(() => {
      for (const p of patches) {
        this.s.deletePatch.run(p.fromSha256, p.toSha256);
        this.s.deletePatchBlobs.run(p.patchDigest, p.patchDigest);
      }
    })();
  }
}
