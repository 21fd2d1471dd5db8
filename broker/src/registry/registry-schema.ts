import type Database from 'better-sqlite3';
import { PATCH_BUILDS_MIGRATION, PATCHES_MIGRATION } from './patch-records.js';
import { FLEET_MIGRATION } from './rollout-records.js';
import { BROKER_CREDENTIALS_MIGRATION } from './broker-credentials.js';
import { PRINCIPAL_ROLES_MIGRATION } from './principal-records.js';
import { GC_MIGRATION } from './gc-records.js';

/**
 * The registry schema as an append-only list of migrations; PRAGMA
 * user_version records how many have run. Never edit a shipped migration:
 * add the next one.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE principals (
     name TEXT PRIMARY KEY,
     role TEXT NOT NULL CHECK (role IN ('device', 'publisher', 'admin')),
     token_sha256 TEXT NOT NULL,
     product TEXT NOT NULL DEFAULT '',
     channel TEXT NOT NULL DEFAULT '',
     created_ms INTEGER NOT NULL
   );
   CREATE TABLE releases (
     release_id TEXT PRIMARY KEY,
     product TEXT NOT NULL,
     channel TEXT NOT NULL,
     version TEXT NOT NULL,
     signed_manifest BLOB NOT NULL,
     component_digests TEXT NOT NULL,
     total_size INTEGER NOT NULL,
     created_ms INTEGER NOT NULL,
     announced INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX releases_by_version ON releases (product, channel, version);
   CREATE TABLE release_blobs (
     release_id TEXT NOT NULL,
     digest BLOB NOT NULL,
     PRIMARY KEY (release_id, digest)
   ) WITHOUT ROWID;
   CREATE TABLE devices (
     device_id TEXT PRIMARY KEY,
     installed_version TEXT NOT NULL DEFAULT '',
     state INTEGER NOT NULL DEFAULT 0,
     outcome INTEGER NOT NULL DEFAULT 0,
     target_version TEXT NOT NULL DEFAULT '',
     last_error TEXT NOT NULL DEFAULT '',
     last_seen_ms INTEGER NOT NULL DEFAULT 0,
     last_seq INTEGER NOT NULL DEFAULT 0,
     components TEXT NOT NULL DEFAULT '{}'
   );`,
  // Every status applied, once each (seq is the key): the record that nothing
  // reported offline was lost or counted twice. Pruned to the newest per device.
  `CREATE TABLE device_status_log (
     device_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     received_ms INTEGER NOT NULL,
     device_ms INTEGER NOT NULL DEFAULT 0,
     state INTEGER NOT NULL,
     outcome INTEGER NOT NULL,
     release_id TEXT NOT NULL DEFAULT '',
     installed_version TEXT NOT NULL DEFAULT '',
     last_error TEXT NOT NULL DEFAULT '',
     PRIMARY KEY (device_id, seq)
   ) WITHOUT ROWID;`,
  // Delta patches between component versions and the blobs they are made of.
  PATCHES_MIGRATION,
  // Rollouts, their targets and history; device labels; yanked releases.
  FLEET_MIGRATION,
  // Token hashes in an external broker's format (Mosquitto's password_file).
  BROKER_CREDENTIALS_MIGRATION,
  // Roles operator and viewer (principals rebuilt for the wider CHECK), the audit log.
  PRINCIPAL_ROLES_MIGRATION,
  // Which releases reference a blob, for garbage collection.
  GC_MIGRATION,
  // Who builds which delta patch now, for workers sharing the registry.
  PATCH_BUILDS_MIGRATION,
];

/** The schema version a migrated database records in PRAGMA user_version. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs the migrations not yet run, up to `target` (tests build older schemas with a lower one). */
export function migrate(db: Database.Database, target = MIGRATIONS.length): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(`schema version ${current} is newer than this server (${MIGRATIONS.length})`);
  }
  for (let version = current; version < Math.min(target, MIGRATIONS.length); version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
