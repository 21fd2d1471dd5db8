import { isRole, type Role } from '../auth/auth.js';
import type { AuditRecord, PrincipalCredential, PrincipalRecord } from './registry-port.js';

/**
 * Rows of principal listings, the audit log and broker credentials as both
 * dialects return them, and the statements' shared parts: one mapping and one
 * column list, so SQLite and PostgreSQL answer the same (registry-rows.ts
 * does this for the rest of the registry).
 */
export interface PrincipalListRow {
  name: string;
  role: string;
  product: string;
  created_ms: number;
}

export interface AuditRow {
  at_ms: number;
  principal: string;
  role: string;
  action: string;
  target: string;
  origin: string;
  result: string;
  detail: string;
}

export interface CredentialRow {
  name: string;
  role: string;
  product: string;
  mosquitto_hash: string | null;
}

/** audit_log's columns in AuditRow order (`origin` is the record's `from`: FROM is a keyword). */
export const AUDIT_COLUMNS = 'at_ms, principal, role, action, target, origin, result, detail';

/** An audit entry as statement parameters, in AUDIT_COLUMNS order. */
export function auditParams(e: AuditRecord): unknown[] {
  return [e.atMs, e.principal, e.role, e.action, e.target, e.from, e.result, e.detail];
}

export function toPrincipalRecords(rows: readonly PrincipalListRow[]): PrincipalRecord[] {
  return rows.flatMap((r) => (isRole(r.role) ? [{ name: r.name, role: r.role, product: r.product, createdMs: r.created_ms }] : []));
}

export function toAuditRecord(r: AuditRow): AuditRecord {
  return { atMs: r.at_ms, principal: r.principal, role: r.role, action: r.action, target: r.target, from: r.origin, result: r.result, detail: r.detail };
}

export function toCredentials(rows: readonly CredentialRow[]): PrincipalCredential[] {
  return rows.filter((r) => isRole(r.role)).map((r) => ({ name: r.name, role: r.role as Role, product: r.product, mosquittoHash: r.mosquitto_hash ?? undefined }));
}
