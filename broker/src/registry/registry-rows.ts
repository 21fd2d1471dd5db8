import { OtaError, nextVersion, unverifiedManifestOf } from '@otacast/shared';
import { isRole, type Principal } from '../auth/auth.js';
import type { Rollout, RolloutEvent, RolloutPolicy, RolloutState, RolloutTarget, TargetPhase } from '../rollouts/rollout-types.js';
import type { DeviceRecord, PatchRecord, ReleaseRecord, StatusLogEntry } from './registry-port.js';

/**
 * Rows as both dialects return them (same column names; JSON columns read as
 * text) and their records: one mapping, so SQLite and PostgreSQL cannot
 * drift apart in what they answer.
 */
export interface PrincipalRow {
  name: string;
  role: string;
  token_sha256: string;
  product: string;
  channel: string;
}

export interface ReleaseRow {
  release_id: string;
  product: string;
  channel: string;
  version: string;
  signed_manifest: Buffer;
  component_digests: string;
  total_size: number;
  created_ms: number;
}

export interface DeviceRow {
  device_id: string;
  product: string;
  channel: string;
  installed_version: string;
  state: number;
  outcome: number;
  target_version: string;
  last_error: string;
  last_seen_ms: number;
  last_seq: number;
  components: string;
  labels: string;
}

export interface StatusLogRow {
  seq: number;
  received_ms: number;
  device_ms: number;
  state: number;
  outcome: number;
  release_id: string;
  installed_version: string;
  last_error: string;
}

export interface PatchRow {
  from_sha256: Buffer;
  to_sha256: Buffer;
  patch_digest: Buffer;
  patch_size: number;
  index_digest: Buffer;
  index_size: number;
  created_ms: number;
}

export interface RolloutRow {
  rollout_id: string;
  product: string;
  channel: string;
  version: string;
  release_id: string;
  selector: string;
  policy: string;
  state: string;
  wave: number;
  wave_settled_ms: number | null;
  halt_reason: string;
  created_ms: number;
  updated_ms: number;
}

export interface TargetRow {
  device_id: string;
  wave: number;
  phase: string;
  assigned_ms: number | null;
  installed_ms: number | null;
  finished_ms: number | null;
  reason: string;
  acknowledged: number;
}

export interface EventRow {
  at_ms: number;
  kind: string;
  device_id: string;
  detail: string;
}

export const RELEASE_COLUMNS = 'release_id, product, channel, version, signed_manifest, component_digests, total_size, created_ms';
export const STATUS_LOG_COLUMNS = 'seq, received_ms, device_ms, state, outcome, release_id, installed_version, last_error';
export const PATCH_COLUMNS = 'from_sha256, to_sha256, patch_digest, patch_size, index_digest, index_size, created_ms';
export const ROLLOUT_COLUMNS = 'rollout_id, product, channel, version, release_id, selector, policy, state, wave, wave_settled_ms, halt_reason, created_ms, updated_ms';
export const TARGET_COLUMNS = 'device_id, wave, phase, assigned_ms, installed_ms, finished_ms, reason, acknowledged';
export const ACTIVE_STATES = `('running', 'paused', 'halted')`;

export function parseStringMap(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

export function toPrincipal(row: PrincipalRow | undefined): Principal | undefined {
  if (row === undefined || !isRole(row.role)) return undefined;
  return { name: row.name, role: row.role, tokenSha256: row.token_sha256, product: row.product, channel: row.channel };
}

export function toRelease(row: ReleaseRow): ReleaseRecord {
  return {
    releaseId: row.release_id,
    product: row.product,
    channel: row.channel,
    version: row.version,
    signedManifest: row.signed_manifest,
    componentDigests: parseStringMap(row.component_digests),
    totalSize: row.total_size,
    createdMs: row.created_ms,
  };
}

export function toDevice(row: DeviceRow): DeviceRecord {
  return {
    deviceId: row.device_id,
    product: row.product,
    channel: row.channel,
    installedVersion: row.installed_version,
    state: row.state,
    outcome: row.outcome,
    targetVersion: row.target_version,
    lastError: row.last_error,
    lastSeenMs: row.last_seen_ms,
    lastSeq: row.last_seq,
    components: parseStringMap(row.components),
    labels: parseStringMap(row.labels),
  };
}

export function toStatusLogEntry(r: StatusLogRow): StatusLogEntry {
  return { seq: r.seq, receivedMs: r.received_ms, deviceMs: r.device_ms, state: r.state, outcome: r.outcome, releaseId: r.release_id, installedVersion: r.installed_version, lastError: r.last_error };
}

export function toPatchRecord(row: PatchRow): PatchRecord {
  return {
    fromSha256: row.from_sha256,
    toSha256: row.to_sha256,
    patchDigest: row.patch_digest,
    patchSize: row.patch_size,
    indexDigest: row.index_digest,
    indexSize: row.index_size,
    createdMs: row.created_ms,
  };
}

export function toRollout(row: RolloutRow): Rollout {
  const rollout: Rollout = {
    id: row.rollout_id,
    product: row.product,
    channel: row.channel,
    version: row.version,
    releaseId: row.release_id,
    select: JSON.parse(row.selector) as Record<string, string>,
    policy: JSON.parse(row.policy) as RolloutPolicy,
    state: row.state as RolloutState,
    wave: row.wave,
    createdAtMs: row.created_ms,
    updatedAtMs: row.updated_ms,
  };
  if (row.wave_settled_ms !== null) rollout.waveSettledAtMs = row.wave_settled_ms;
  if (row.halt_reason !== '') rollout.haltReason = row.halt_reason;
  return rollout;
}

export function toTarget(row: TargetRow): RolloutTarget {
  const target: RolloutTarget = { deviceId: row.device_id, wave: row.wave, phase: row.phase as TargetPhase };
  if (row.assigned_ms !== null) target.assignedAtMs = row.assigned_ms;
  if (row.installed_ms !== null) target.installedAtMs = row.installed_ms;
  if (row.finished_ms !== null) target.finishedAtMs = row.finished_ms;
  if (row.reason !== '') target.reason = row.reason;
  if (row.acknowledged !== 0) target.acknowledged = true;
  return target;
}

export function toEvent(e: EventRow): RolloutEvent {
  const event: RolloutEvent = { atMs: e.at_ms, kind: e.kind as RolloutEvent['kind'], detail: e.detail };
  if (e.device_id !== '') event.deviceId = e.device_id;
  return event;
}

/** In ROLLOUT_COLUMNS order. */
export function rolloutParams(r: Rollout): unknown[] {
  return [r.id, r.product, r.channel, r.version, r.releaseId, JSON.stringify(r.select), JSON.stringify(r.policy), r.state, r.wave, r.waveSettledAtMs ?? null, r.haltReason ?? '', r.createdAtMs, r.updatedAtMs];
}

/** rollout_id, then TARGET_COLUMNS order. */
export function targetParams(rolloutId: string, t: RolloutTarget): unknown[] {
  return [rolloutId, t.deviceId, t.wave, t.phase, t.assignedAtMs ?? null, t.installedAtMs ?? null, t.finishedAtMs ?? null, t.reason ?? '', t.acknowledged ? 1 : 0];
}

/** DeviceStatus outcomes (proto Outcome) that end an attempt, by number. */
const OUTCOME_NAMES: Record<number, string> = { 4: 'refused', 5: 'failed', 6: 'rolled-back', 7: 'incompatible' };

/** A device's newest finished outcome for a release (2 installed, 3 already current: success; 4–7: failure). */
export function toResult(row: { outcome: number; received_ms: number; last_error: string } | undefined): { ok: boolean; reason: string; atMs: number } | undefined {
  if (!row) return undefined;
  const ok = row.outcome === 2 || row.outcome === 3;
  return { ok, reason: ok ? '' : row.last_error.split(':')[0] || OUTCOME_NAMES[row.outcome] || 'failed', atMs: row.received_ms };
}

export function rolloutActiveError(active: Pick<RolloutRow, 'rollout_id' | 'version' | 'state'>, rollout: Rollout): OtaError {
  return new OtaError('OTA_E_ROLLOUT_ACTIVE', `rollout ${active.rollout_id} of ${rollout.product} ${active.version} is still ${active.state} on ${rollout.channel}: abort it first, or start with --supersede`);
}

export function versionExistsError(release: ReleaseRecord): OtaError {
  return new OtaError(
    'OTA_E_VERSION_EXISTS',
    `${release.product} ${release.version} is already published on ${release.channel} with other content: bump the version (e.g. ${nextVersion(release.version)}) to publish this content`,
  );
}

/**
 * Making current a manifest signed before the channel's current one is how
 * stored bytes of an old (say rollback-signed) release would be replayed by
 * someone without the signing key: refused. Re-committing the current release
 * itself stays idempotent. Devices refuse such a manifest too (docs/security.md).
 */
export function replayedManifestError(release: ReleaseRecord, current: ReleaseRecord | undefined): OtaError | undefined {
  if (current === undefined || current.releaseId === release.releaseId) return undefined;
  const manifest = unverifiedManifestOf(release.signedManifest, 'signed manifest');
  const currentManifest = unverifiedManifestOf(current.signedManifest, 'current release');
  if (manifest.createdAtMs >= currentManifest.createdAtMs) return undefined;
  const at = (ms: number) => new Date(ms).toISOString();
  return new OtaError(
    'OTA_E_REPLAYED_MANIFEST',
    `${manifest.product} ${manifest.version} was signed at ${at(manifest.createdAtMs)}, before ${currentManifest.version}, current on ${manifest.channel} (signed at ${at(currentManifest.createdAtMs)}): ` +
      'devices would refuse it; publish a new release instead (with --rollback to go to a lower version)',
  );
}

export function sameComponents(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Merges label changes (an empty value removes the key). */
export function mergeLabels(current: Record<string, string>, changes: Record<string, string>): Record<string, string> {
  const labels = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === '') delete labels[key];
    else labels[key] = value;
  }
  return labels;
}
