import type Database from 'better-sqlite3';

export interface PatchRecord {
  fromSha256: Buffer;
  toSha256: Buffer;
  patchDigest: Buffer;
  patchSize: number;
  indexDigest: Buffer;
  indexSize: number;
  createdMs: number;
}

interface PatchRow {
  from_sha256: Buffer;
  to_sha256: Buffer;
  patch_digest: Buffer;
  patch_size: number;
  index_digest: Buffer;
  index_size: number;
  created_ms: number;
}

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

const PATCH_COLUMNS = 'from_sha256, to_sha256, patch_digest, patch_size, index_digest, index_size, created_ms';
/** Releases holding a component with this sha256 (hex), from the component-digest JSON. */
const RELEASES_WITH_COMPONENT = `SELECT r.release_id FROM releases r WHERE EXISTS (SELECT 1 FROM json_each(r.component_digests) j WHERE j.value = ?)`;

function toRecord(row: PatchRow): PatchRecord {
  return {
    fromSha256: row.from_sha256,
    toSha256: row.to_sha256,
    patchDigest: row.patch_digest,
    patchSize: row.patch_size,
    indexDigest: row.index_digest,
    indexSize: row.index_size,
    createdMs: row.created_ms,
  };
}

/**
 * The registry's record of delta patches (docs/protocol.md, "Delta patches"):
 * which patch turns component sha256 `from` into `to`, and which blobs it is
 * made of. A patch's blobs are added to the blob list of every release that
 * holds its target component, so the chunk server's per-release check covers
 * them like any chunk. A pair found not worth a patch is recorded too (size
 * 0), so it is not computed again.
 */
export class PatchRecords {
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
      blobsTo: db.prepare<[Buffer], { digest: Buffer }>(
        `SELECT b.digest FROM patches p JOIN patch_blobs b ON b.patch_digest = p.patch_digest WHERE p.to_sha256 = ? AND p.patch_size > 0`,
      ),
    };
  }

  /** Whether the pair was already handled (a patch, or found not worth one). */
  known(from: Uint8Array, to: Uint8Array): boolean {
    return this.statements.get.get(Buffer.from(from), Buffer.from(to)) !== undefined;
  }

  /** The patch from → to, when there is one and `releaseId` holds a component `to`. */
  offer(releaseId: string, from: Uint8Array, to: Uint8Array): PatchRecord | undefined {
    const row = this.statements.get.get(Buffer.from(from), Buffer.from(to));
    if (row === undefined || row.patch_size === 0) return undefined;
    if (this.statements.releaseHas.get(releaseId, Buffer.from(to).toString('hex')) === undefined) return undefined;
    return toRecord(row);
  }

  /** Records a patch (or, with patchSize 0 and no blobs, that the pair gets none) and opens its blobs to the releases holding `to`. */
  insert(record: PatchRecord, blobs: Iterable<Uint8Array>): void {
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

  /** Blobs of stored patches leading to any of these component digests: a new release that holds one serves them too. */
  blobsLeadingTo(toSha256: Iterable<Uint8Array>): Buffer[] {
    const out = new Map<string, Buffer>();
    for (const to of toSha256) for (const { digest } of this.statements.blobsTo.all(Buffer.from(to))) out.set(digest.toString('hex'), digest);
    return [...out.values()];
  }
}
