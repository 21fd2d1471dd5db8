import type { GcRelease, GcStore, StalePatch } from './gc-store.js';
import type { PostgresDb } from './postgres-db.js';

/**
 * The registry queries of `otacast gc` on PostgreSQL: gc-records.ts's, with
 * the release ids as one text[] parameter where SQLite binds a JSON array.
 */
export class PostgresGc implements GcStore {
  constructor(private readonly db: PostgresDb) {}

  async releases(): Promise<GcRelease[]> {
    const rows = await this.db.query<{ release_id: string; product: string; channel: string; yanked: number; created_ms: number; seq: number }>(
      'SELECT release_id, product, channel, yanked, created_ms, seq FROM releases ORDER BY seq',
    );
    return rows.map((r) => ({ releaseId: r.release_id, product: r.product, channel: r.channel, yanked: r.yanked !== 0, createdMs: r.created_ms, order: r.seq }));
  }

  async unsharedBlobs(dropped: readonly string[]): Promise<Buffer[]> {
    if (dropped.length === 0) return [];
    const rows = await this.db.query<{ digest: Buffer }>(
      `SELECT DISTINCT b.digest FROM release_blobs b WHERE b.release_id = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM release_blobs k WHERE k.digest = b.digest AND k.release_id <> ALL($1::text[]))`,
      [dropped],
    );
    return rows.map((r) => r.digest);
  }

  async forgetBlobs(dropped: readonly string[], digests: readonly Uint8Array[]): Promise<void> {
    if (dropped.length === 0 || digests.length === 0) return;
    await this.db.query('DELETE FROM release_blobs WHERE release_id = ANY($1::text[]) AND digest = ANY($2::bytea[])', [dropped, digests.map((d) => Buffer.from(d))]);
  }

  async stalePatches(dropped: readonly string[]): Promise<StalePatch[]> {
    if (dropped.length === 0) return [];
    const rows = await this.db.query<{ from_sha256: Buffer; to_sha256: Buffer; patch_digest: Buffer; patch_size: number }>(
      `SELECT p.from_sha256, p.to_sha256, p.patch_digest, p.patch_size FROM patches p WHERE NOT EXISTS (
         SELECT 1 FROM releases r CROSS JOIN jsonb_each_text(r.component_digests::jsonb) j
         WHERE r.release_id <> ALL($1::text[]) AND j.value = encode(p.to_sha256, 'hex'))`,
      [dropped],
    );
    return rows.map((r) => ({ fromSha256: r.from_sha256, toSha256: r.to_sha256, patchDigest: r.patch_digest, patchSize: r.patch_size }));
  }

  async deletePatches(patches: readonly StalePatch[]): Promise<void> {
    if (patches.length === 0) return;
    await this.db.transaction(async (sql) => {
      await sql.query('DELETE FROM patches p USING unnest($1::bytea[], $2::bytea[]) AS d(f, t) WHERE p.from_sha256 = d.f AND p.to_sha256 = d.t', [
        patches.map((p) => p.fromSha256),
        patches.map((p) => p.toSha256),
      ]);
      // A patch's blob list goes with the last patch record of that digest.
      await sql.query('DELETE FROM patch_blobs b WHERE b.patch_digest = ANY($1::bytea[]) AND NOT EXISTS (SELECT 1 FROM patches p WHERE p.patch_digest = b.patch_digest)', [
        patches.map((p) => p.patchDigest),
      ]);
    });
  }
}
