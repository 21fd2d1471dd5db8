import type Database from 'better-sqlite3';
import type { PatchRecord, PatchStore } from './registry-port.js';
import { PATCH_COLUMNS, toPatchRecord, type PatchRow } from './registry-rows.js';

export type { PatchRecord } from './registry-port.js';

/** Appended to the registry's migrations (registry-schema.ts). */
export const PATCHES_MIGRATION = `CREATE TABLE patches (
     from_sha256 BLOB NOT NULL,
     to_sha256 BLOB NOT NULL,
     patch_digest BLOB NOT NULL,
     patch_size INTEGER NOT NULL,
     index_digest BLOB NOT NULL,
     index_size INTEGER NOT NULL,
     created_ms INTEGER NOT NULL,
     PRIMARY KEY (from_sha256, to_sha256)
   ) WITHOUT ROWID;
   CREATE TABLE patch_blobs (
     patch_digest BLOB NOT NULL,
     digest BLOB NOT NULL,
     PRIMARY KEY (patch_digest, digest)
   ) WITHOUT ROWID;`;

/** Appended to the registry's migrations: who builds which patch now (claimBuild), shared by workers on one database file. */
export const PATCH_BUILDS_MIGRATION = `CREATE TABLE patch_builds (
     from_sha256 BLOB NOT NULL,
     to_sha256 BLOB NOT NULL,
     holder TEXT NOT NULL,
     expires_ms INTEGER NOT NULL,
     PRIMARY KEY (from_sha256, to_sha256)
   ) WITHOUT ROWID;`;

/** Releases holding a component with this sha256 (hex), from the component-digest JSON. */
const RELEASES_WITH_COMPONENT = `SELECT r.release_id FROM releases r WHERE EXISTS (SELECT 1 FROM json_each(r.component_digests) j WHERE j.value = ?)`;

/** The registry's record of delta patches in SQLite (what is recorded: PatchStore in registry-port.ts). */
export class PatchRecords implements PatchStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      get: db.prepare<[Buffer, Buffer], PatchRow>(`SELECT ${PATCH_COLUMNS} FROM patches WHERE from_sha256 = ? AND to_sha256 = ?`),
      insert: db.prepare(
        `INSERT OR REPLACE INTO patches (${PATCH_COLUMNS}) VALUES (@fromSha256, @toSha256, @patchDigest, @patchSize, @indexDigest, @indexSize, @createdMs)`,
      ),
      insertBlob: db.prepare('INSERT OR IGNORE INTO patch_blobs (patch_digest, digest) VALUES (?, ?)'),
      releasesWith: db.prepare<[string], { release_id: string }>(RELEASES_WITH_COMPONENT),
      releaseHas: db.prepare<[string, string], { found: number }>(
        'SELECT 1 AS found FROM releases r, json_each(r.component_digests) j WHERE r.release_id = ? AND j.value = ?',
      ),
      insertReleaseBlob: db.prepare('INSERT OR IGNORE INTO release_blobs (release_id, digest) VALUES (?, ?)'),
      // One statement: free, expired or already ours → ours (renewed); held by a live other → nothing changes.
      claimBuild: db.prepare<[Buffer, Buffer, string, number, number]>(
        `INSERT INTO patch_builds (from_sha256, to_sha256, holder, expires_ms) VALUES (?, ?, ?, ?)
         ON CONFLICT (from_sha256, to_sha256) DO UPDATE SET holder = excluded.holder, expires_ms = excluded.expires_ms
         WHERE patch_builds.expires_ms < ? OR patch_builds.holder = excluded.holder`,
      ),
      releaseBuild: db.prepare<[Buffer, Buffer, string]>('DELETE FROM patch_builds WHERE from_sha256 = ? AND to_sha256 = ? AND holder = ?'),
      blobsTo: db.prepare<[Buffer], { digest: Buffer }>(
        `SELECT b.digest FROM patches p JOIN patch_blobs b ON b.patch_digest = p.patch_digest WHERE p.to_sha256 = ? AND p.patch_size > 0`,
      ),
    };
  }

  async known(from: Uint8Array, to: Uint8Array): Promise<boolean> {
    return this.statements.get.get(Buffer.from(from), Buffer.from(to)) !== undefined;
  }

  async offer(releaseId: string, from: Uint8Array, to: Uint8Array): Promise<PatchRecord | undefined> {
    const row = this.statements.get.get(Buffer.from(from), Buffer.from(to));
    if (row === undefined || row.patch_size === 0) return undefined;
    if (this.statements.releaseHas.get(releaseId, Buffer.from(to).toString('hex')) === undefined) return undefined;
    return toPatchRecord(row);
  }

  async insert(record: PatchRecord, blobs: Iterable<Uint8Array>): Promise<void> {
    this.db.transaction(() => {
      this.statements.insert.run(record);
      const releases = this.statements.releasesWith.all(record.toSha256.toString('hex')).map((r) => r.release_id);
      for (const digest of blobs) {
        const bytes = Buffer.from(digest);
        this.statements.insertBlob.run(record.patchDigest, bytes);
        for (const releaseId of releases) this.statements.insertReleaseBlob.run(releaseId, bytes);
      }
    })();
  }

  async blobsLeadingTo(toSha256: Iterable<Uint8Array>): Promise<Buffer[]> {
    const out = new Map<string, Buffer>();
    for (const to of toSha256) for (const { digest } of this.statements.blobsTo.all(Buffer.from(to))) out.set(digest.toString('hex'), digest);
    return [...out.values()];
  }

  async claimBuild(from: Uint8Array, to: Uint8Array, holder: string, ttlMs: number): Promise<boolean> {
    // Workers sharing the file run on one machine (--shared-data), so one clock decides expiry.
    const now = Date.now();
    return this.statements.claimBuild.run(Buffer.from(from), Buffer.from(to), holder, now + ttlMs, now).changes > 0;
  }

  async releaseBuild(from: Uint8Array, to: Uint8Array, holder: string): Promise<void> {
    this.statements.releaseBuild.run(Buffer.from(from), Buffer.from(to), holder);
  }
}
