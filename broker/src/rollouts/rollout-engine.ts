import type { DeviceFacts, Rollout, RolloutCounts, RolloutDecision, RolloutEvent, RolloutTarget } from './rollout-types.js';
import { isFinalState } from './rollout-types.js';

/** A rollout, its targets and what the last step decided. Steps never mutate their inputs. */
export interface RolloutStep {
  rollout: Rollout;
  targets: RolloutTarget[];
  decision: RolloutDecision;
}

const FINISHED = new Set(['succeeded', 'failed']);
const isFinished = (t: RolloutTarget): boolean => FINISHED.has(t.phase);
/** Nothing more will happen to it: finished, or its device was removed. */
const isClosed = (t: RolloutTarget): boolean => isFinished(t) || t.phase === 'removed';

/**
 * One step of the rollout engine (docs/fleet.md): fold the devices' results
 * into their targets, then — if the rollout is running — halt on too many
 * failures, advance the wave, offer the release to the next devices, and
 * complete. Pure: the caller persists the returned rollout and targets and
 * then publishes the assignments and cancels, so a crash in between repeats
 * a publish (idempotent, retained) rather than losing one.
 */
export function stepRollout(rollout: Rollout, targets: readonly RolloutTarget[], facts: ReadonlyMap<string, DeviceFacts>, nowMs: number): RolloutStep {
  const step = begin(rollout, targets, nowMs);
  if (isFinalState(step.rollout.state)) return step;
  dropRemoved(step, facts, nowMs);
  foldResults(step, facts, nowMs);
  if (step.rollout.state !== 'running') return step;
  if (haltIfFailing(step, nowMs)) return step;
  advanceWaves(step, facts, nowMs);
  offer(step, facts, nowMs);
  completeIfDone(step, nowMs);
  return step;
}

export function pauseRollout(rollout: Rollout, targets: readonly RolloutTarget[], nowMs: number): RolloutStep {
  const step = begin(rollout, targets, nowMs);
  if (step.rollout.state === 'running') setState(step, 'paused', nowMs, 'paused by an operator');
  return step;
}

/** Resumes a paused or halted rollout; after a halt, the failures so far are acknowledged and no longer count. */
export function resumeRollout(rollout: Rollout, targets: readonly RolloutTarget[], nowMs: number): RolloutStep {
  const step = begin(rollout, targets, nowMs);
  const { state } = step.rollout;
  if (state !== 'paused' && state !== 'halted') return step;
  if (state === 'halted') {
    for (const target of step.targets) {
      if (!isFinished(target) || target.acknowledged) continue;
      target.acknowledged = true;
      step.decision.changed.push(target);
    }
    delete step.rollout.haltReason;
  }
  setState(step, 'running', nowMs, state === 'halted' ? 'resumed after a halt: failures so far acknowledged' : 'resumed');
  return step;
}

/**
 * Ends the rollout for good: every open assignment is withdrawn. An abort the
 * server decided (`why`: the release was yanked, a newer rollout superseded
 * it) keeps its reason as the halt reason, so `rollout status` says why.
 */
export function abortRollout(rollout: Rollout, targets: readonly RolloutTarget[], nowMs: number, why?: string): RolloutStep {
  const step = begin(rollout, targets, nowMs);
  if (isFinalState(step.rollout.state)) return step;
  withdrawOpen(step, nowMs, 'aborted');
  if (why !== undefined) step.rollout.haltReason = why;
  setState(step, 'aborted', nowMs, why ?? 'aborted by an operator');
  return step;
}

/** Removed devices are no longer targets: they count nowhere (their rows say `removed`). */
export function countTargets(targets: readonly RolloutTarget[], online: (deviceId: string) => boolean): RolloutCounts {
  const counts: RolloutCounts = { targeted: 0, succeeded: 0, failed: 0, inProgress: 0, pending: 0 };
  for (const t of targets) {
    if (t.phase === 'removed') continue;
    counts.targeted++;
    if (t.phase === 'succeeded') counts.succeeded++;
    else if (t.phase === 'failed') counts.failed++;
    else if ((t.phase === 'assigned' || t.phase === 'confirming') && online(t.deviceId)) counts.inProgress++;
    else counts.pending++;
  }
  return counts;
}

/** The halt rule's sample: finished targets not acknowledged by a resume (a penalty is an old failure, not a new one). */
export function haltSample(targets: readonly RolloutTarget[]): { finished: number; failed: number } {
  let finished = 0;
  let failed = 0;
  for (const t of targets) {
    if (!isFinished(t) || t.acknowledged || t.reason === 'penalty') continue;
    finished++;
    if (t.phase === 'failed') failed++;
  }
  return { finished, failed };
}

function begin(rollout: Rollout, targets: readonly RolloutTarget[], nowMs: number): RolloutStep {
  return { rollout: { ...rollout, updatedAtMs: nowMs }, targets: targets.map((t) => ({ ...t })), decision: { assign: [], cancel: [], changed: [], events: [] } };
}

function event(step: RolloutStep, e: RolloutEvent): void {
  step.decision.events.push(e);
}

function setState(step: RolloutStep, state: Rollout['state'], nowMs: number, detail: string): void {
  step.rollout.state = state;
  event(step, { atMs: nowMs, kind: 'state', detail: `${state}: ${detail}` });
}

function change(step: RolloutStep, target: RolloutTarget, patch: Partial<RolloutTarget>, nowMs: number, detail: string): void {
  Object.assign(target, patch);
  step.decision.changed.push(target);
  event(step, { atMs: nowMs, kind: 'device', deviceId: target.deviceId, detail });
}

function finish(step: RolloutStep, target: RolloutTarget, ok: boolean, reason: string, nowMs: number): void {
  const patch: Partial<RolloutTarget> = { phase: ok ? 'succeeded' : 'failed', finishedAtMs: nowMs };
  if (!ok) patch.reason = reason;
  change(step, target, patch, nowMs, ok ? 'succeeded' : `failed: ${reason}`);
}

/**
 * A target whose device is no longer registered (the driver has facts of
 * every registered open target) is `removed`: not a failure, so it neither
 * halts the rollout nor holds it back from completing.
 */
function dropRemoved(step: RolloutStep, facts: ReadonlyMap<string, DeviceFacts>, nowMs: number): void {
  for (const target of step.targets) {
    if (isClosed(target) || facts.has(target.deviceId)) continue;
    change(step, target, { phase: 'removed', finishedAtMs: nowMs, reason: 'removed' }, nowMs, 'removed from the fleet: no longer a target');
  }
}

/** Results reported since each assignment, timeouts, and the confirmation window. */
function foldResults(step: RolloutStep, facts: ReadonlyMap<string, DeviceFacts>, nowMs: number): void {
  const { policy, version } = step.rollout;
  for (const target of step.targets) {
    if (target.phase !== 'assigned' && target.phase !== 'confirming') continue;
    const fact = facts.get(target.deviceId);
    if (!fact) continue; // removed (dropRemoved)
    const result = fact.result && fact.result.atMs >= (target.assignedAtMs ?? 0) ? fact.result : undefined;
    if (target.phase === 'assigned') {
      if (result && !result.ok) finish(step, target, false, result.reason, nowMs);
      else if (result && policy.confirmAfterMs > 0) change(step, target, { phase: 'confirming', installedAtMs: result.atMs }, nowMs, 'installed, confirming');
      else if (result) finish(step, target, true, '', nowMs);
      else if (fact.waitingForWindow === true) restartTimeoutWhileWaiting(step, target, nowMs);
      else if (nowMs - (target.assignedAtMs ?? nowMs) >= policy.deviceTimeoutMs) finish(step, target, false, 'timeout', nowMs);
      continue;
    }
    // Confirming: it must still run the version when the window closes.
    if (fact.installedVersion !== version || (result && !result.ok)) finish(step, target, false, 'reverted', nowMs);
    else if (nowMs - (target.installedAtMs ?? nowMs) >= policy.confirmAfterMs) finish(step, target, true, '', nowMs);
  }
}

/**
 * A device waiting for its install window is working, not lost: its timeout
 * clock (from the assignment) starts again while it waits — at most every
 * half timeout, so a long wait costs few writes and the device has at least
 * half of --device-timeout left once its window opens.
 */
function restartTimeoutWhileWaiting(step: RolloutStep, target: RolloutTarget, nowMs: number): void {
  if (nowMs - (target.assignedAtMs ?? nowMs) < step.rollout.policy.deviceTimeoutMs / 2) return;
  target.assignedAtMs = nowMs;
  step.decision.changed.push(target);
}

function haltIfFailing(step: RolloutStep, nowMs: number): boolean {
  const { maxFailureRate, minSample } = step.rollout.policy;
  const { finished, failed } = haltSample(step.targets);
  if (finished < Math.max(1, minSample) || failed / finished <= maxFailureRate) return false;
  step.rollout.haltReason = `failure rate ${(failed / finished).toFixed(2)} (${failed} of ${finished} finished) is above --max-failure-rate ${maxFailureRate}`;
  withdrawOpen(step, nowMs, 'halted');
  setState(step, 'halted', nowMs, step.rollout.haltReason);
  return true;
}

/** Devices that were offered the release and have no result yet are told to stop (the halt reaches downloads in progress). */
function withdrawOpen(step: RolloutStep, nowMs: number, why: string): void {
  for (const target of step.targets) {
    if (target.phase !== 'assigned') continue;
    step.decision.cancel.push(target.deviceId);
    change(step, target, { phase: 'cancelled' }, nowMs, `assignment withdrawn: ${why}`);
  }
}

function advanceWaves(step: RolloutStep, facts: ReadonlyMap<string, DeviceFacts>, nowMs: number): void {
  const { rollout } = step;
  const last = rollout.policy.waves.length - 1;
  while (rollout.wave < last) {
    // Devices that never came online do not hold a wave back (they count once --device-timeout passes).
    const busy = step.targets.some((t) => t.wave <= rollout.wave && !isClosed(t) && facts.get(t.deviceId)?.online === true);
    if (busy) {
      delete rollout.waveSettledAtMs;
      return;
    }
    rollout.waveSettledAtMs ??= nowMs;
    if (nowMs - rollout.waveSettledAtMs < rollout.policy.waveWaitMs) return;
    rollout.wave++;
    delete rollout.waveSettledAtMs;
    event(step, { atMs: nowMs, kind: 'wave', detail: `wave ${rollout.wave + 1} of ${last + 1} (${rollout.policy.waves[rollout.wave]}%) started` });
  }
}

/**
 * Offers the release to the reached waves' devices not yet offered it. With
 * --max-concurrent only online devices are offered, up to the cap of online
 * devices working on it; without a cap offline ones are offered too (the
 * retained assignment waits for them).
 */
function offer(step: RolloutStep, facts: ReadonlyMap<string, DeviceFacts>, nowMs: number): void {
  const { policy, wave } = step.rollout;
  const online = (t: RolloutTarget): boolean => facts.get(t.deviceId)?.online === true;
  let slots = policy.maxConcurrent > 0 ? policy.maxConcurrent - step.targets.filter((t) => (t.phase === 'assigned' || t.phase === 'confirming') && online(t)).length : Number.POSITIVE_INFINITY;
  const candidates = step.targets.filter((t) => t.wave <= wave && (t.phase === 'waiting' || t.phase === 'cancelled'));
  candidates.sort((a, b) => Number(online(b)) - Number(online(a)));
  for (const target of candidates) {
    const fact = facts.get(target.deviceId);
    if (!fact) continue;
    if (fact.failuresOfRelease >= policy.maxAttemptsPerDevice) {
      finish(step, target, false, 'penalty', nowMs);
      continue;
    }
    if (slots <= 0) break;
    if (policy.maxConcurrent > 0 && !fact.online) continue;
    slots--;
    step.decision.assign.push(target.deviceId);
    const patch: Partial<RolloutTarget> = { phase: 'assigned', assignedAtMs: nowMs };
    change(step, target, patch, nowMs, `assigned (wave ${target.wave + 1})`);
  }
}

function completeIfDone(step: RolloutStep, nowMs: number): void {
  const { rollout } = step;
  if (rollout.wave < rollout.policy.waves.length - 1) return;
  if (!step.targets.every(isClosed)) return;
  const counts = countTargets(step.targets, () => false);
  setState(step, 'completed', nowMs, `${counts.succeeded} succeeded, ${counts.failed} failed`);
}
