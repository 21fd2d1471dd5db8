import type { PostgresDb } from './postgres-db.js';

/**
 * The registry schema on PostgreSQL: the same append-only list of migrations
 * as SQLite's (registry-schema.ts), entry for entry, in this dialect (BYTEA,
 * BIGINT, a BIGSERIAL `seq` where SQLite orders by rowid; JSON kept as TEXT
 * like SQLite, cast to jsonb where a query looks inside). A new migration is
 * one entry appended here and one in registry-schema.ts; the registry test
 * checks both lists have the same length. Never edit a shipped migration.
 */
const MIGRATIONS: readonly string[] = [
  // 1: principals, releases and their blobs, devices.
  `CREATE TABLE principals (
     name TEXT PRIMARY KEY,
     role TEXT NOT NULL CHECK (role IN ('device', 'publisher', 'admin')),
     token_sha256 TEXT NOT NULL,
     product TEXT NOT NULL DEFAULT '',
     channel TEXT NOT NULL DEFAULT '',
     created_ms BIGINT NOT NULL
   );
   CREATE TABLE releases (
     seq BIGSERIAL UNIQUE,
     release_id TEXT PRIMARY KEY,
     product TEXT NOT NULL,
     channel TEXT NOT NULL,
     version TEXT NOT NULL,
     signed_manifest BYTEA NOT NULL,
     component_digests TEXT NOT NULL,
     total_size BIGINT NOT NULL,
     created_ms BIGINT NOT NULL,
     announced BIGINT NOT NULL DEFAULT 0
   );
   CREATE INDEX releases_by_version ON releases (product, channel, version);
   CREATE TABLE release_blobs (
     release_id TEXT NOT NULL,
     digest BYTEA NOT NULL,
     PRIMARY KEY (release_id, digest)
   );
   CREATE TABLE devices (
     device_id TEXT PRIMARY KEY,
     installed_version TEXT NOT NULL DEFAULT '',
     state INTEGER NOT NULL DEFAULT 0,
     outcome INTEGER NOT NULL DEFAULT 0,
     target_version TEXT NOT NULL DEFAULT '',
     last_error TEXT NOT NULL DEFAULT '',
     last_seen_ms BIGINT NOT NULL DEFAULT 0,
     last_seq BIGINT NOT NULL DEFAULT 0,
     components TEXT NOT NULL DEFAULT '{}'
   );`,
  // 2: every status applied, once each (seq is the key).
  `CREATE TABLE device_status_log (
     device_id TEXT NOT NULL,
     seq BIGINT NOT NULL,
     received_ms BIGINT NOT NULL,
     device_ms BIGINT NOT NULL DEFAULT 0,
     state INTEGER NOT NULL,
     outcome INTEGER NOT NULL,
     release_id TEXT NOT NULL DEFAULT '',
     installed_version TEXT NOT NULL DEFAULT '',
     last_error TEXT NOT NULL DEFAULT '',
     PRIMARY KEY (device_id, seq)
   );`,
  // 3: delta patches between component versions and the blobs they are made of.
  `CREATE TABLE patches (
     from_sha256 BYTEA NOT NULL,
     to_sha256 BYTEA NOT NULL,
     patch_digest BYTEA NOT NULL,
     patch_size BIGINT NOT NULL,
     index_digest BYTEA NOT NULL,
     index_size BIGINT NOT NULL,
     created_ms BIGINT NOT NULL,
     PRIMARY KEY (from_sha256, to_sha256)
   );
   CREATE INDEX patches_by_target ON patches (to_sha256);
   CREATE TABLE patch_blobs (
     patch_digest BYTEA NOT NULL,
     digest BYTEA NOT NULL,
     PRIMARY KEY (patch_digest, digest)
   );`,
  // 4: rollouts, their targets and history; device labels; yanked releases; rollout leases (SQLite keeps those in its one process).
  `CREATE TABLE rollouts (
     seq BIGSERIAL UNIQUE,
     rollout_id TEXT PRIMARY KEY,
     product TEXT NOT NULL,
     channel TEXT NOT NULL,
     version TEXT NOT NULL,
     release_id TEXT NOT NULL,
     selector TEXT NOT NULL DEFAULT '{}',
     policy TEXT NOT NULL,
     state TEXT NOT NULL,
     wave INTEGER NOT NULL DEFAULT 0,
     wave_settled_ms BIGINT,
     halt_reason TEXT NOT NULL DEFAULT '',
     created_ms BIGINT NOT NULL,
     updated_ms BIGINT NOT NULL
   );
   CREATE INDEX rollouts_by_channel ON rollouts (product, channel, state);
   CREATE TABLE rollout_targets (
     rollout_id TEXT NOT NULL,
     device_id TEXT NOT NULL,
     wave INTEGER NOT NULL,
     phase TEXT NOT NULL,
     assigned_ms BIGINT,
     installed_ms BIGINT,
     finished_ms BIGINT,
     reason TEXT NOT NULL DEFAULT '',
     acknowledged INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (rollout_id, device_id)
   );
   CREATE INDEX rollout_targets_by_device ON rollout_targets (device_id);
   CREATE TABLE rollout_events (
     rollout_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     at_ms BIGINT NOT NULL,
     kind TEXT NOT NULL,
     device_id TEXT NOT NULL DEFAULT '',
     detail TEXT NOT NULL,
     PRIMARY KEY (rollout_id, seq)
   );
   ALTER TABLE devices ADD COLUMN labels TEXT NOT NULL DEFAULT '{}';
   ALTER TABLE releases ADD COLUMN yanked INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE leases (
     name TEXT PRIMARY KEY,
     holder TEXT NOT NULL,
     expires TIMESTAMPTZ NOT NULL
   );`,
  // 5: token hashes in an external broker's format (Mosquitto's password_file).
  `CREATE TABLE broker_credentials (
     name TEXT PRIMARY KEY,
     token_sha256 TEXT NOT NULL,
     mosquitto_hash TEXT NOT NULL
   );`,
  // 6: roles operator and viewer (PostgreSQL alters the CHECK in place; principals_role_check is the name it gave
  // migration 1's column CHECK), the token index of the bearer lookup, the audit log.
  `ALTER TABLE principals DROP CONSTRAINT principals_role_check;
   ALTER TABLE principals ADD CONSTRAINT principals_role_check CHECK (role IN ('device', 'admin', 'publisher', 'operator', 'viewer'));
   CREATE INDEX principals_by_token ON principals (token_sha256);
   CREATE TABLE audit_log (
     id BIGSERIAL PRIMARY KEY,
     at_ms BIGINT NOT NULL,
     principal TEXT NOT NULL,
     role TEXT NOT NULL,
     action TEXT NOT NULL,
     target TEXT NOT NULL DEFAULT '',
     origin TEXT NOT NULL DEFAULT '',
     result TEXT NOT NULL,
     detail TEXT NOT NULL DEFAULT ''
   );`,
  // 7: which releases reference a blob, for garbage collection.
  'CREATE INDEX release_blobs_by_digest ON release_blobs (digest);',
  // 8: who builds which delta patch now, for workers sharing the registry.
  `CREATE TABLE patch_builds (
     from_sha256 BYTEA NOT NULL,
     to_sha256 BYTEA NOT NULL,
     holder TEXT NOT NULL,
     expires TIMESTAMPTZ NOT NULL,
     PRIMARY KEY (from_sha256, to_sha256)
   );`,
];

/** The schema version a migrated database records in schema_version. */
export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/** Any 64-bit number of our own: the advisory lock under which workers migrate, one after the other. */
const MIGRATION_LOCK = 0x6f7461636173; // "otacas"

/**
 * Brings the database to the current schema in one transaction, under an
 * advisory lock: two workers starting at once migrate once (the second waits,
 * then finds nothing to do).
 */
export async function migratePostgres(db: PostgresDb): Promise<void> {
  await db.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await sql.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const rows = await sql.query<{ version: number }>('SELECT version FROM schema_version');
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) throw new Error(`schema version ${current} is newer than this server (${MIGRATIONS.length})`);
    for (let version = current; version < MIGRATIONS.length; version++) await sql.query(MIGRATIONS[version] as string);
    if (rows.length === 0) await sql.query('INSERT INTO schema_version (version) VALUES ($1)', [MIGRATIONS.length]);
    else await sql.query('UPDATE schema_version SET version = $1', [MIGRATIONS.length]);
  });
}
