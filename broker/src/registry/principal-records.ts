import type Database from 'better-sqlite3';
import { isRole, type Principal, type Role } from '../auth/auth.js';

/**
 * Migration 5 (registry-schema.ts): the roles operator and viewer, and the
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

/** A principal as listed (never its token hash). */
export interface PrincipalRecord {
  name: string;
  role: Role;
  /** Comma-separated products it is limited to; "" for every product. */
  product: string;
  createdMs: number;
}

interface PrincipalRow {
  name: string;
  role: string;
  token_sha256: string;
  product: string;
  channel: string;
  created_ms: number;
}

/** The principals of people and backends (every role but `device`). */
export class PrincipalRecords {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      principals: db.prepare<[], PrincipalRow>(`SELECT name, role, token_sha256, product, channel, created_ms FROM principals WHERE role != 'device' ORDER BY name`),
      byToken: db.prepare<[string], PrincipalRow>(`SELECT name, role, token_sha256, product, channel, created_ms FROM principals WHERE token_sha256 = ? AND role != 'device'`),
    };
  }

  /** Every principal that is not a device, by name. */
  list(): PrincipalRecord[] {
    return this.s.principals.all().flatMap((r) => (isRole(r.role) ? [{ name: r.name, role: r.role, product: r.product, createdMs: r.created_ms }] : []));
  }

  /**
   * The non-device principal holding the token of this sha256. A lookup by
   * the hash of a 256-bit random token reveals nothing a guess could use, so
   * the HTTP bearer check needs no name and no scan of every principal.
   */
  principalByTokenSha256(tokenSha256: string): Principal | undefined {
    const row = this.s.byToken.get(tokenSha256);
    if (row === undefined || !isRole(row.role)) return undefined;
    return { name: row.name, role: row.role, tokenSha256: row.token_sha256, product: row.product, channel: row.channel };
  }
}
