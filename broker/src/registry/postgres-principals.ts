import type { Principal } from '../auth/auth.js';
import type { PrincipalRecord, PrincipalStore } from './registry-port.js';
import { toPrincipal, type PrincipalRow } from './registry-rows.js';
import { toPrincipalRecords, type PrincipalListRow } from './principal-rows.js';
import type { PostgresDb } from './postgres-db.js';

/** The principals of people and backends on PostgreSQL; the bearer lookup uses the principals_by_token index (migration 6). */
export class PostgresPrincipals implements PrincipalStore {
  constructor(private readonly db: PostgresDb) {}

  async list(): Promise<PrincipalRecord[]> {
    // COLLATE "C": the byte order SQLite sorts by, whatever the database's locale.
    return toPrincipalRecords(await this.db.query<PrincipalListRow>(`SELECT name, role, product, created_ms FROM principals WHERE role != 'device' ORDER BY name COLLATE "C"`));
  }

  async principalByTokenSha256(tokenSha256: string): Promise<Principal | undefined> {
    const [row] = await this.db.query<PrincipalRow>(`SELECT name, role, token_sha256, product, channel FROM principals WHERE token_sha256 = $1 AND role != 'device'`, [tokenSha256]);
    return toPrincipal(row);
  }
}
