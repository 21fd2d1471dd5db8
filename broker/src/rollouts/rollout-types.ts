/** Rollout states (docs/fleet.md); `completed` and `aborted` are final. */
export const ROLLOUT_STATES = ['running', 'paused', 'halted', 'completed', 'aborted'] as const;
export type RolloutState = (typeof ROLLOUT_STATES)[number];

export function isFinalState(state: RolloutState): boolean {
  return state === 'completed' || state === 'aborted';
}

/** How a rollout advances; every duration in milliseconds. */
export interface RolloutPolicy {
  /** Cumulative percentages of the targets, ascending, the last one 100. */
  waves: number[];
  /** Halt when failures / finished exceeds this (0..1) once `minSample` devices finished. */
  maxFailureRate: number;
  minSample: number;
  /** After every online device of a wave finished, wait this long before the next wave. */
  waveWaitMs: number;
  /** A device succeeds only if it still runs the version this long after installing it (0: at once). */
  confirmAfterMs: number;
  /** A device with no result this long after its assignment counts as failed. */
  deviceTimeoutMs: number;
  /** Devices working on the release at once (0: no cap). */
  maxConcurrent: number;
  /** A device that failed this release this many times (any rollout) is not offered it again. */
  maxAttemptsPerDevice: number;
}

export const DEFAULT_POLICY: RolloutPolicy = {
  waves: [10, 50, 100],
  maxFailureRate: 0.2,
  minSample: 3,
  waveWaitMs: 0,
  confirmAfterMs: 0,
  deviceTimeoutMs: 3_600_000,
  maxConcurrent: 0,
  maxAttemptsPerDevice: 2,
};

/**
 * Where one target device is in a rollout. `waiting`: not yet offered;
 * `assigned`: offered, no result yet; `confirming`: installed, waiting out
 * `confirmAfterMs`; `succeeded` / `failed`: finished; `cancelled`: its
 * assignment was withdrawn by a halt (offered again on resume); `removed`:
 * the device was removed from the fleet (`otacast device remove`) before it
 * finished — neither a success nor a failure, and no longer a target in the
 * counts (its row stays, for the history).
 */
export type TargetPhase = 'waiting' | 'assigned' | 'confirming' | 'succeeded' | 'failed' | 'cancelled' | 'removed';

export interface RolloutTarget {
  deviceId: string;
  /** Index into `policy.waves` of the wave this device belongs to. */
  wave: number;
  phase: TargetPhase;
  assignedAtMs?: number;
  installedAtMs?: number;
  finishedAtMs?: number;
  /** Why it failed: an OTA_E_* code, `timeout`, `reverted` or `penalty`. */
  reason?: string;
  /** Finished before the last `resume`: no longer counted by the halt rule. */
  acknowledged?: boolean;
}

export interface Rollout {
  id: string;
  product: string;
  channel: string;
  version: string;
  releaseId: string;
  /** Label selector, e.g. {region: 'eu'}; every pair must match. */
  select: Record<string, string>;
  policy: RolloutPolicy;
  state: RolloutState;
  /** Index of the last wave reached. */
  wave: number;
  /** When every online device of the current wave had finished (the wave wait runs from there). */
  waveSettledAtMs?: number;
  haltReason?: string;
  createdAtMs: number;
  updatedAtMs: number;
}

/** What the server knows about a target device now. */
export interface DeviceFacts {
  online: boolean;
  installedVersion: string;
  /** The device's latest result for this rollout's release, reported after its assignment. */
  result?: DeviceResult;
  /** Failures of this release on this device, this rollout's included. */
  failuresOfRelease: number;
  /** Its latest status says it holds the release, verified, until its install window opens (`otacast-agent --install-window`). */
  waitingForWindow?: boolean;
}

export interface DeviceResult {
  ok: boolean;
  /** OTA_E_* code (or outcome name) of a failure. */
  reason: string;
  atMs: number;
}

/** What a step decided: changes to apply, in order, then persist. */
export interface RolloutDecision {
  /** Targets to offer the release now (retained assignment). */
  assign: string[];
  /** Targets whose assignment is withdrawn (retained cancel). */
  cancel: string[];
  /** Targets whose phase changed (already updated in the returned list). */
  changed: RolloutTarget[];
  /** Events for the history, oldest first. */
  events: RolloutEvent[];
}

export interface RolloutEvent {
  atMs: number;
  kind: 'state' | 'wave' | 'device';
  deviceId?: string;
  detail: string;
}

export interface RolloutCounts {
  targeted: number;
  succeeded: number;
  failed: number;
  inProgress: number;
  pending: number;
}
