import type Database from 'better-sqlite3';
import type { Principal } from '../auth/auth.js';
import type { PrincipalRecord, PrincipalStore } from './registry-port.js';
import { toPrincipal, type PrincipalRow } from './registry-rows.js';
import { toPrincipalRecords, type PrincipalListRow } from './principal-rows.js';

/**
 * Migration 6 (registry-schema.ts): the roles operator and viewer, and the
 * audit log (audit-records.ts). SQLite cannot alter a CHECK, so `principals` is rebuilt with the
 * wider one and every row copied over; the token index serves the HTTP bearer
 * lookup (a bearer token carries no name).
 */
export const PRINCIPAL_ROLES_MIGRATION = `CREATE TABLE principals_v5 (
     name TEXT PRIMARY KEY,
     role TEXT NOT NULL CHECK (role IN ('device', 'admin', 'publisher', 'operator', 'viewer')),
     token_sha256 TEXT NOT NULL,
     product TEXT NOT NULL DEFAULT '',
     channel TEXT NOT NULL DEFAULT '',
     created_ms INTEGER NOT NULL
   );
   INSERT INTO principals_v5 (name, role, token_sha256, product, channel, created_ms)
     SELECT name, role, token_sha256, product, channel, created_ms FROM principals;
   DROP TABLE principals;
   ALTER TABLE principals_v5 RENAME TO principals;
   CREATE INDEX principals_by_token ON principals (token_sha256);
   CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     at_ms INTEGER NOT NULL,
     principal TEXT NOT NULL,
     role TEXT NOT NULL,
     action TEXT NOT NULL,
     target TEXT NOT NULL DEFAULT '',
     origin TEXT NOT NULL DEFAULT '',
     result TEXT NOT NULL,
     detail TEXT NOT NULL DEFAULT ''
   );`;

/** The principals of people and backends (every role but `device`) on SQLite. */
export class PrincipalRecords implements PrincipalStore {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      principals: db.prepare<[], PrincipalListRow>(`SELECT name, role, product, created_ms FROM principals WHERE role != 'device' ORDER BY name`),
      byToken: db.prepare<[string], PrincipalRow>(`SELECT name, role, token_sha256, product, channel FROM principals WHERE token_sha256 = ? AND role != 'device'`),
    };
  }

  async list(): Promise<PrincipalRecord[]> {
    return toPrincipalRecords(this.s.principals.all());
  }

  async principalByTokenSha256(tokenSha256: string): Promise<Principal | undefined> {
    return toPrincipal(this.s.byToken.get(tokenSha256));
  }
}
