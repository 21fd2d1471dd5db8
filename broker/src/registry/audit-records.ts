import type Database from 'better-sqlite3';
import { AUDIT_LOG_ENTRIES } from '@otacast/shared';

/** One admin action as the audit log keeps it. */
export interface AuditRecord {
  atMs: number;
  principal: string;
  role: string;
  /** The API call, e.g. "commitRelease", "rolloutAction.pause". */
  action: string;
  /** What it acted on: a release, device, rollout or principal. */
  target: string;
  /** "mqtt:{clientId}" or "http:{address}". */
  from: string;
  /** "ok" or the OTA_E_* code it was refused with. */
  result: string;
  detail: string;
}

interface AuditRow {
  at_ms: number;
  principal: string;
  role: string;
  action: string;
  target: string;
  origin: string;
  result: string;
  detail: string;
}

/** The audit log of admin actions, pruned to the newest AUDIT_LOG_ENTRIES. */
export class AuditRecords {
  private readonly s;

  constructor(
    db: Database.Database,
    private readonly keep = AUDIT_LOG_ENTRIES,
  ) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO audit_log (at_ms, principal, role, action, target, origin, result, detail)
         VALUES (@atMs, @principal, @role, @action, @target, @from, @result, @detail)`,
      ),
      // Ids only grow and only pruning deletes, so "newest N" is an id bound.
      prune: db.prepare('DELETE FROM audit_log WHERE id <= (SELECT MAX(id) FROM audit_log) - ?'),
      newest: db.prepare<[number], AuditRow>('SELECT at_ms, principal, role, action, target, origin, result, detail FROM audit_log ORDER BY id DESC LIMIT ?'),
    };
    this.record = db.transaction((entry: AuditRecord): void => {
      this.s.insert.run(entry);
      this.s.prune.run(this.keep);
    });
  }

  /** Appends one entry (and prunes the oldest beyond the bound). */
  readonly record: (entry: AuditRecord) => void;

  /** The newest `limit` entries, newest first. */
  list(limit: number): AuditRecord[] {
    return this.s.newest.all(limit).map((r) => ({
      atMs: r.at_ms,
      principal: r.principal,
      role: r.role,
      action: r.action,
      target: r.target,
      from: r.origin,
      result: r.result,
      detail: r.detail,
    }));
  }
}
