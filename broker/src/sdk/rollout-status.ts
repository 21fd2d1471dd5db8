import type { otacast } from '@otacast/shared';

/** `otacast rollout status --json` (the CLI contract's fields first; `wave` is 1-based: the wave reached). */
export interface RolloutStatusJson {
  id: string;
  product: string;
  channel: string;
  version: string;
  releaseId: string;
  state: string;
  wave: number;
  waves: { percent: number; devices: number }[];
  counts: { targeted: number; succeeded: number; failed: number; inProgress: number; pending: number };
  haltReason: string;
  /** failed / (succeeded + failed), 0 when nothing finished. */
  failureRate: number;
  maxFailureRate: number;
  select: Record<string, string>;
  createdAtMs: number;
  updatedAtMs: number;
  targets: { deviceId: string; wave: number; phase: string; reason: string }[];
  history: { atMs: number; kind: string; deviceId: string; detail: string }[];
}

export function toRolloutStatus(r: otacast.v1.RolloutStatus.$Properties): RolloutStatusJson {
  const c = r.counts ?? {};
  const counts = { targeted: c.targeted ?? 0, succeeded: c.succeeded ?? 0, failed: c.failed ?? 0, inProgress: c.inProgress ?? 0, pending: c.pending ?? 0 };
  const finished = counts.succeeded + counts.failed;
  return {
    id: r.id ?? '',
    product: r.product ?? '',
    channel: r.channel ?? '',
    version: r.version ?? '',
    releaseId: r.releaseId ?? '',
    state: r.state ?? '',
    wave: (r.wave ?? 0) + 1,
    waves: (r.waves ?? []).map((w) => ({ percent: w.percent ?? 0, devices: w.devices ?? 0 })),
    counts,
    haltReason: r.haltReason ?? '',
    failureRate: finished === 0 ? 0 : Number((counts.failed / finished).toFixed(4)),
    maxFailureRate: r.maxFailureRate ?? 0,
    select: Object.fromEntries(Object.entries(r.select ?? {})),
    createdAtMs: Number(r.createdAtMs ?? 0),
    updatedAtMs: Number(r.updatedAtMs ?? 0),
    targets: (r.targets ?? []).map((t) => ({ deviceId: t.deviceId ?? '', wave: (t.wave ?? 0) + 1, phase: t.phase ?? '', reason: t.reason ?? '' })),
    history: (r.history ?? []).map((e) => ({ atMs: Number(e.atMs ?? 0), kind: e.kind ?? '', deviceId: e.deviceId ?? '', detail: e.detail ?? '' })),
  };
}
