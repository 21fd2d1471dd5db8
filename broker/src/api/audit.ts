import { MAX_AUDIT_ENTRIES_PER_REQUEST, pb, toOtaError, type Logger, type otacast } from '@otacast/shared';
import { isMutating, type ApiAction, type Principal } from '../auth/auth.js';
import type { AuditRecord, AuditStore } from '../registry/registry.js';
import { manifestNames } from './principals.js';

/** Entries `otacast audit` and GET /api/v1/audit return unless told. */
export const DEFAULT_AUDIT_LIMIT = 100;

/** Who acts and from where: "mqtt:{clientId}" or "http:{address}". */
export interface Actor {
  principal: Principal;
  from: string;
}

export interface AuditTrailOptions {
  records: AuditStore;
  logger: Logger;
}

/**
 * The audit log of admin actions (docs/security.md, "Audit log"): every call
 * that changes something, and every refused one, goes to the registry and to
 * one structured log line. Recording never fails the action it records: a
 * registry error is logged instead.
 */
export class AuditTrail {
  constructor(private readonly options: AuditTrailOptions) {}

  async record(actor: Actor, action: string, target: string, result: string, detail = ''): Promise<void> {
    const entry: AuditRecord = { atMs: Date.now(), principal: actor.principal.name, role: actor.principal.role, action, target, from: actor.from, result, detail };
    const { logger } = this.options;
    const fields = { audit: true, principal: entry.principal, role: entry.role, action, target, from: entry.from, result, ...(detail === '' ? {} : { detail }) };
    if (result === 'ok') logger.info('audit', fields);
    else logger.warn('audit', { ...fields, code: result });
    try {
      await this.options.records.record(entry);
    } catch (err) {
      logger.error('audit entry not stored', { code: toOtaError(err).code, action, error: (err as Error).message });
    }
  }

  /** The newest entries, newest first; `limit` 0 means the default, and is capped. */
  async list(limit: number): Promise<AuditRecord[]> {
    const n = limit > 0 ? Math.min(limit, MAX_AUDIT_ENTRIES_PER_REQUEST) : DEFAULT_AUDIT_LIMIT;
    return this.options.records.list(n);
  }

  /**
   * Records one admin RPC when it changes something, or when it was refused
   * for lack of rights (who probes what is worth knowing too).
   */
  async apiCall(actor: Actor, method: ApiAction, request: otacast.v1.ApiRequest, result: string, response?: Record<string, unknown>): Promise<void> {
    if (!isMutating(method) && result !== 'OTA_E_FORBIDDEN') return;
    const { action, target, detail = '' } = describeCall(method, request);
    const outcome = result === 'ok' ? outcomeDetail(method, response) : '';
    await this.record(actor, action, target, result, [detail, outcome].filter((d) => d !== '').join('; '));
  }
}

const ROLLOUT_ACTIONS: Record<number, string> = {
  [pb.RolloutAction.ROLLOUT_ACTION_PAUSE]: 'pause',
  [pb.RolloutAction.ROLLOUT_ACTION_RESUME]: 'resume',
  [pb.RolloutAction.ROLLOUT_ACTION_ABORT]: 'abort',
};

/** What an RPC acts on, in words an operator searches for. Names are cut at 140 characters: a refused call may carry anything. */
export function describeCall(method: ApiAction, r: otacast.v1.ApiRequest): { action: string; target: string; detail?: string } {
  const cut = (s: string | null | undefined) => (s ?? '').slice(0, 140);
  switch (method) {
    case 'commitRelease': {
      const names = manifestNames(r.commitRelease?.signedManifest);
      return { action: method, target: names === undefined ? '' : `${names.product}/${names.channel}@${names.version}` };
    }
    case 'addDevice':
    case 'labelDevice':
    case 'removeDevice':
    case 'rotateDeviceToken':
      return { action: method, target: cut(r[method]?.deviceId) };
    case 'startRollout':
      return { action: method, target: `${cut(r.startRollout?.product)}/${cut(r.startRollout?.channel) || 'stable'}@${cut(r.startRollout?.version)}` };
    case 'rolloutAction':
      return { action: `rolloutAction.${ROLLOUT_ACTIONS[r.rolloutAction?.action ?? 0] ?? 'unknown'}`, target: cut(r.rolloutAction?.rolloutId) };
    case 'getRollout':
      return { action: method, target: cut(r.getRollout?.rolloutId) };
    case 'yankRelease':
      return { action: method, target: cut(r.yankRelease?.releaseId) };
    case 'addPrincipal': {
      const products = (r.addPrincipal?.products ?? []).map(cut).join(',');
      return { action: method, target: cut(r.addPrincipal?.name), detail: `role ${cut(r.addPrincipal?.role)}${products === '' ? '' : ` products ${products}`}` };
    }
    case 'rotatePrincipalToken':
    case 'removePrincipal':
      return { action: method, target: cut(r[method]?.name) };
    case 'listReleases':
    case 'listRollouts':
      return { action: method, target: cut(r[method]?.product) };
    default:
      return { action: method, target: '' };
  }
}

/** What a successful change produced that the request did not name (never a token). */
function outcomeDetail(method: ApiAction, response: Record<string, unknown> | undefined): string {
  const body = response?.[method] as Record<string, unknown> | undefined;
  if (method === 'commitRelease' && typeof body?.['releaseId'] === 'string') return `release ${body['releaseId']}${body['existing'] === true ? ' (existing)' : ''}`;
  if (method === 'startRollout' && typeof body?.['id'] === 'string') return `rollout ${body['id']}`;
  if (method === 'yankRelease' && typeof body?.['rolloutId'] === 'string' && body['rolloutId'] !== '') return `aborted rollout ${body['rolloutId']}`;
  return '';
}
