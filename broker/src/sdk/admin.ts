import { pb, type otacast } from '@otacast/shared';

/** A device as the fleet registry reports it, with enums as lower-case names. */
export interface DeviceInfo {
  id: string;
  product: string;
  channel: string;
  installedVersion: string;
  targetVersion: string;
  /** e.g. "idle", "downloading"; "" when the device never reported. */
  state: string;
  /** e.g. "installed", "rolled_back"; "" when unknown. */
  outcome: string;
  lastError: string;
  /** 0 when never seen. */
  lastSeenMs: number;
  lastSeq: number;
  components: Record<string, string>;
  labels: Record<string, string>;
  /** Has a live MQTT session now. */
  online: boolean;
  /** 0..100 while downloading or verifying (from its latest status), null otherwise. */
  progressPercent: number | null;
  /** Its latest status's message when that reports no error, e.g. "waiting for install window"; "" otherwise. */
  statusMessage: string;
}

export interface ReleaseInfo {
  releaseId: string;
  product: string;
  channel: string;
  version: string;
  createdAtMs: number;
  totalSize: number;
  /** What its channel announces now. */
  current: boolean;
}

/** AGENT_STATE_AWAITING_COMMIT -> awaiting_commit; the unspecified value -> "". */
function enumName(names: Record<number, string>, value: number | null | undefined, prefix: string): string {
  const name = names[value ?? 0];
  if (name === undefined) return String(value);
  const short = name.startsWith(prefix) ? name.slice(prefix.length) : name;
  return short === 'UNSPECIFIED' ? '' : short.toLowerCase();
}

export function agentStateName(value: number | null | undefined): string {
  return enumName(pb.AgentState as unknown as Record<number, string>, value, 'AGENT_STATE_');
}

export function outcomeName(value: number | null | undefined): string {
  return enumName(pb.Outcome as unknown as Record<number, string>, value, 'OUTCOME_');
}

export function toDeviceInfo(r: otacast.v1.DeviceRecord.$Properties): DeviceInfo {
  return {
    id: r.deviceId ?? '',
    product: r.product ?? '',
    channel: r.channel ?? '',
    installedVersion: r.installedVersion ?? '',
    targetVersion: r.targetVersion ?? '',
    state: agentStateName(r.state),
    outcome: outcomeName(r.outcome),
    lastError: r.lastError ?? '',
    lastSeenMs: Number(r.lastSeenMs ?? 0),
    lastSeq: Number(r.lastSeq ?? 0),
    components: Object.fromEntries(Object.entries(r.components ?? {})),
    labels: Object.fromEntries(Object.entries(r.labels ?? {})),
    online: r.online === true,
    progressPercent: r.progressPercent === undefined || r.progressPercent === null || r.progressPercent < 0 ? null : r.progressPercent,
    statusMessage: r.statusMessage ?? '',
  };
}

export function toReleaseInfo(r: otacast.v1.ReleaseRecord.$Properties): ReleaseInfo {
  return {
    releaseId: r.releaseId ?? '',
    product: r.product ?? '',
    channel: r.channel ?? '',
    version: r.version ?? '',
    createdAtMs: Number(r.createdAtMs ?? 0),
    totalSize: Number(r.totalSize ?? 0),
    current: r.current === true,
  };
}

/** A principal as `otacast principal list --json` prints it (never a token). */
export interface PrincipalInfo {
  name: string;
  /** admin | publisher | operator | viewer */
  role: string;
  /** The products a publisher is limited to; empty: every product. */
  products: string[];
  createdAtMs: number;
}

/** One audit log entry as `otacast audit --json` prints it. */
export interface AuditEntryInfo {
  atMs: number;
  principal: string;
  role: string;
  /** The API call, e.g. "commitRelease", "rolloutAction.pause". */
  action: string;
  /** What it acted on: a release (product/channel@version or id), device, rollout or principal. */
  target: string;
  /** "mqtt:{clientId}" or "http:{address}". */
  from: string;
  /** "ok" or the OTA_E_* code the call was refused with. */
  result: string;
  detail: string;
}

export function toPrincipalInfo(r: otacast.v1.PrincipalRecord.$Properties): PrincipalInfo {
  return { name: r.name ?? '', role: r.role ?? '', products: [...(r.products ?? [])], createdAtMs: Number(r.createdAtMs ?? 0) };
}

export function toAuditEntryInfo(r: otacast.v1.AuditEntry.$Properties): AuditEntryInfo {
  return {
    atMs: Number(r.atMs ?? 0),
    principal: r.principal ?? '',
    role: r.role ?? '',
    action: r.action ?? '',
    target: r.target ?? '',
    from: r.from ?? '',
    result: r.result ?? '',
    detail: r.detail ?? '',
  };
}
