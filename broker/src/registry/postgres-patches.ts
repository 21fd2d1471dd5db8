import type { PatchRecord, PatchStore } from './registry-port.js';
import { PATCH_COLUMNS, toPatchRecord, type PatchRow } from './registry-rows.js';
import type { PostgresDb } from './postgres-db.js';

/** Whether release r holds a component with sha256 hex $N, from its component-digest JSON. */
const HOLDS_COMPONENT = (param: string) => `EXISTS (SELECT 1 FROM jsonb_each_text(r.component_digests::jsonb) j WHERE j.value = ${param})`;

/** Delta patches on PostgreSQL (what is recorded: PatchStore in registry-port.ts). */
export class PostgresPatches implements PatchStore {
  constructor(private readonly db: PostgresDb) {}

  async known(from: Uint8Array, to: Uint8Array): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM patches WHERE from_sha256 = $1 AND to_sha256 = $2', [Buffer.from(from), Buffer.from(to)])).length > 0;
  }

  async offer(releaseId: string, from: Uint8Array, to: Uint8Array): Promise<PatchRecord | undefined> {
    const [row] = await this.db.query<PatchRow>(
      `SELECT ${PATCH_COLUMNS} FROM patches p WHERE from_sha256 = $1 AND to_sha256 = $2 AND patch_size > 0
         AND EXISTS (SELECT 1 FROM releases r WHERE r.release_id = $3 AND ${HOLDS_COMPONENT('$4')})`,
      [Buffer.from(from), Buffer.from(to), releaseId, Buffer.from(to).toString('hex')],
    );
    return row === undefined ? undefined : toPatchRecord(row);
  }

  async insert(record: PatchRecord, blobs: Iterable<Uint8Array>): Promise<void> {
    const digests = [...blobs].map((d) => Buffer.from(d));
    await this.db.transaction(async (sql) => {
      await sql.query(
        `INSERT INTO patches (${PATCH_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (from_sha256, to_sha256) DO UPDATE SET patch_digest = excluded.patch_digest, patch_size = excluded.patch_size,
           index_digest = excluded.index_digest, index_size = excluded.index_size, created_ms = excluded.created_ms`,
        [record.fromSha256, record.toSha256, record.patchDigest, record.patchSize, record.indexDigest, record.indexSize, record.createdMs],
      );
      if (digests.length === 0) return;
      await sql.query('INSERT INTO patch_blobs (patch_digest, digest) SELECT $1, unnest($2::bytea[]) ON CONFLICT DO NOTHING', [record.patchDigest, digests]);
      await sql.query(
        `INSERT INTO release_blobs (release_id, digest)
         SELECT r.release_id, d FROM releases r CROSS JOIN unnest($2::bytea[]) d WHERE ${HOLDS_COMPONENT('$1')} ON CONFLICT DO NOTHING`,
        [record.toSha256.toString('hex'), digests],
      );
    });
  }

  async blobsLeadingTo(toSha256: Iterable<Uint8Array>): Promise<Buffer[]> {
    const targets = [...toSha256].map((d) => Buffer.from(d));
    if (targets.length === 0) return [];
    const rows = await this.db.query<{ digest: Buffer }>(
      'SELECT DISTINCT b.digest FROM patches p JOIN patch_blobs b ON b.patch_digest = p.patch_digest WHERE p.to_sha256 = ANY($1::bytea[]) AND p.patch_size > 0',
      [targets],
    );
    return rows.map((r) => r.digest);
  }

  async claimBuild(from: Uint8Array, to: Uint8Array, holder: string, ttlMs: number): Promise<boolean> {
    // One statement: free, expired or already ours → ours (renewed); held by a live other → no row. The database's clock decides.
    const rows = await this.db.query(
      `INSERT INTO patch_builds (from_sha256, to_sha256, holder, expires) VALUES ($1, $2, $3, now() + $4 * interval '1 millisecond')
       ON CONFLICT (from_sha256, to_sha256) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
       WHERE patch_builds.expires < now() OR patch_builds.holder = excluded.holder
       RETURNING holder`,
      [Buffer.from(from), Buffer.from(to), holder, ttlMs],
    );
    return rows.length > 0;
  }

  async releaseBuild(from: Uint8Array, to: Uint8Array, holder: string): Promise<void> {
    await this.db.query('DELETE FROM patch_builds WHERE from_sha256 = $1 AND to_sha256 = $2 AND holder = $3', [Buffer.from(from), Buffer.from(to), holder]);
  }
}
