import { AUDIT_LOG_ENTRIES } from '@otacast/shared';
import type { AuditRecord, AuditStore } from './registry-port.js';
import { AUDIT_COLUMNS, auditParams, toAuditRecord, type AuditRow } from './principal-rows.js';
import type { PostgresDb } from './postgres-db.js';

/** The audit log of admin actions on PostgreSQL, pruned to the newest `keep` (AUDIT_LOG_ENTRIES). */
export class PostgresAudit implements AuditStore {
  constructor(
    private readonly db: PostgresDb,
    private readonly keep = AUDIT_LOG_ENTRIES,
  ) {}

  async record(entry: AuditRecord): Promise<void> {
    // One statement, so one round trip and atomic: the insert, then every entry `keep` or more ids older than it.
    // Ids only grow and only pruning deletes, so this is the newest `keep` (an id lost to a rolled-back insert keeps one fewer).
    await this.db.query(
      `WITH added AS (INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id)
       DELETE FROM audit_log WHERE id <= (SELECT id FROM added) - $9`,
      [...auditParams(entry), this.keep],
    );
  }

  async list(limit: number): Promise<AuditRecord[]> {
    return (await this.db.query<AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY id DESC LIMIT $1`, [limit])).map(toAuditRecord);
  }
}
