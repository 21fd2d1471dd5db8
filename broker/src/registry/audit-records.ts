import type Database from 'better-sqlite3';
import { AUDIT_LOG_ENTRIES } from '@otacast/shared';
import type { AuditRecord, AuditStore } from './registry-port.js';
import { AUDIT_COLUMNS, auditParams, toAuditRecord, type AuditRow } from './principal-rows.js';

/** The audit log of admin actions on SQLite, pruned to the newest `keep` (AUDIT_LOG_ENTRIES). */
export class AuditRecords implements AuditStore {
  private readonly s;
  private readonly append: (entry: AuditRecord) => void;

  constructor(
    db: Database.Database,
    private readonly keep = AUDIT_LOG_ENTRIES,
  ) {
    this.s = {
      insert: db.prepare(`INSERT INTO audit_log (${AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      // Ids only grow and only pruning deletes, so "newest N" is an id bound.
      prune: db.prepare('DELETE FROM audit_log WHERE id <= (SELECT MAX(id) FROM audit_log) - ?'),
      newest: db.prepare<[number], AuditRow>(`SELECT ${AUDIT_COLUMNS} FROM audit_log ORDER BY id DESC LIMIT ?`),
    };
    this.append = db.transaction((entry: AuditRecord): void => {
      this.s.insert.run(...auditParams(entry));
      this.s.prune.run(this.keep);
    });
  }

  async record(entry: AuditRecord): Promise<void> {
    this.append(entry);
  }

  async list(limit: number): Promise<AuditRecord[]> {
    return this.s.newest.all(limit).map(toAuditRecord);
  }
}
