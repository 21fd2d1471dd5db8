import type { otacast } from '@otacast/shared';
import { countTargets } from './rollout-engine.js';
import type { Rollout, RolloutEvent, RolloutTarget } from './rollout-types.js';

/** A rollout as the API reports it (RolloutStatus): waves with their device counts, live counts, halt reason, history. */
export function rolloutView(
  rollout: Rollout,
  targets: readonly RolloutTarget[],
  history: readonly RolloutEvent[],
  isOnline: (deviceId: string) => boolean,
): otacast.v1.RolloutStatus.$Properties {
  const perWave = rollout.policy.waves.map(() => 0);
  // As in the counts, a removed device is no longer in its wave.
  for (const t of targets) if (t.phase !== 'removed') perWave[t.wave] = (perWave[t.wave] ?? 0) + 1;
  return {
    id: rollout.id,
    product: rollout.product,
    channel: rollout.channel,
    version: rollout.version,
    releaseId: rollout.releaseId,
    state: rollout.state,
    wave: rollout.wave,
    waves: rollout.policy.waves.map((percent, i) => ({ percent, devices: perWave[i] ?? 0 })),
    counts: countTargets(targets, isOnline),
    haltReason: rollout.haltReason ?? '',
    maxFailureRate: rollout.policy.maxFailureRate,
    createdAtMs: rollout.createdAtMs,
    updatedAtMs: rollout.updatedAtMs,
    history: history.map((e) => ({ atMs: e.atMs, kind: e.kind, deviceId: e.deviceId ?? '', detail: e.detail })),
    targets: targets.map((t) => ({ deviceId: t.deviceId, wave: t.wave, phase: t.phase, reason: t.reason ?? '' })),
    select: rollout.select,
  };
}
