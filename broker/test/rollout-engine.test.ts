import { describe, expect, it } from 'vitest';
import { abortRollout, countTargets, pauseRollout, resumeRollout, stepRollout } from '../src/rollouts/rollout-engine.js';
import { assignWaves, waveOrder, waveSizes, wavesProblem } from '../src/rollouts/rollout-waves.js';
import { DEFAULT_POLICY, type DeviceFacts, type Rollout, type RolloutPolicy, type RolloutTarget } from '../src/rollouts/rollout-types.js';

function rolloutWith(policy: Partial<RolloutPolicy> = {}, state: Rollout['state'] = 'running'): Rollout {
  return { id: 'r1', product: 'cam', channel: 'stable', version: '2.0.0', releaseId: 'rel2', select: {}, policy: { ...DEFAULT_POLICY, ...policy }, state, wave: 0, createdAtMs: 0, updatedAtMs: 0 };
}

function targetsOf(waves: number[][]): RolloutTarget[] {
  return waves.flatMap((ids, wave) => ids.map((n) => ({ deviceId: `d${n}`, wave, phase: 'waiting' as const })));
}

const online = (over: Partial<DeviceFacts> = {}): DeviceFacts => ({ online: true, installedVersion: '1.0.0', failuresOfRelease: 0, ...over });
const ok = (atMs: number): DeviceFacts => online({ installedVersion: '2.0.0', result: { ok: true, reason: '', atMs } });
const bad = (atMs: number, reason = 'OTA_E_HEALTH'): DeviceFacts => online({ result: { ok: false, reason, atMs }, failuresOfRelease: 1 });

function factsOf(entries: Record<string, DeviceFacts>): Map<string, DeviceFacts> {
  return new Map(Object.entries(entries));
}

describe('wave membership', () => {
  it('is deterministic, covers every device once, and grows by the cumulative percentages', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `dev-${i}`);
    expect(waveOrder('r1', ids)).toEqual(waveOrder('r1', [...ids].reverse()));
    expect(waveOrder('r1', ids)).not.toEqual(waveOrder('r2', ids));
    const waves = assignWaves('r1', ids, [10, 50, 100]);
    const perWave = [0, 1, 2].map((w) => [...waves.values()].filter((x) => x === w).length);
    expect(perWave).toEqual([2, 8, 10]);
    expect(waveSizes(3, [10, 50, 100])).toEqual([1, 2, 3]);
    expect(waveSizes(0, [10, 100])).toEqual([0, 0]);
  });

  it.each([
    [[], 'at least one wave'],
    [[50, 20, 100], 'must grow'],
    [[10, 50], 'last wave must be 100'],
    [[0, 100], 'from 1 to 100'],
  ])('refuses waves %j', (waves, message) => {
    expect(wavesProblem(waves)).toContain(message);
  });
});

describe('stepRollout', () => {
  it('offers the first wave only, then the next once every online device of it finished', () => {
    const rollout = rolloutWith({ waves: [50, 100] });
    let step = stepRollout(rollout, targetsOf([[1, 2], [3, 4]]), factsOf({ d1: online(), d2: online(), d3: online(), d4: online() }), 1000);
    expect(step.decision.assign).toEqual(['d1', 'd2']);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(1500), d2: online(), d3: online(), d4: online() }), 2000);
    expect(step.decision.assign).toEqual([]);
    expect(step.rollout.wave).toBe(0);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(1500), d2: ok(2500), d3: online(), d4: online() }), 3000);
    expect(step.rollout.wave).toBe(1);
    expect(step.decision.assign).toEqual(['d3', 'd4']);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(1500), d2: ok(2500), d3: ok(3500), d4: ok(3600) }), 4000);
    expect(step.rollout.state).toBe('completed');
    expect(countTargets(step.targets, () => true)).toEqual({ targeted: 4, succeeded: 4, failed: 0, inProgress: 0, pending: 0 });
  });

  it('counts a device removed mid-rollout (assigned or not yet offered) as removed, not failed: no halt, and the rest completes', () => {
    const rollout = rolloutWith({ waves: [50, 100], minSample: 1, maxFailureRate: 0 });
    let step = stepRollout(rollout, targetsOf([[1, 2], [3, 4]]), factsOf({ d1: online(), d2: online(), d3: online(), d4: online() }), 1000);
    expect(step.decision.assign).toEqual(['d1', 'd2']);
    // d2 (assigned) and d4 (waiting) are removed from the fleet: the driver has no facts of them any more.
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(1500), d3: online() }), 2000);
    expect(step.rollout.state).toBe('running');
    expect(step.targets.filter((t) => t.phase === 'removed').map((t) => [t.deviceId, t.reason])).toEqual([['d2', 'removed'], ['d4', 'removed']]);
    expect(step.decision.events.filter((e) => e.detail.startsWith('removed')).map((e) => e.deviceId)).toEqual(['d2', 'd4']);
    expect(step.rollout.wave).toBe(1);
    expect(step.decision.assign).toEqual(['d3']);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(1500), d3: ok(2500) }), 3000);
    expect(step.rollout.state).toBe('completed');
    expect(countTargets(step.targets, () => true)).toEqual({ targeted: 2, succeeded: 2, failed: 0, inProgress: 0, pending: 0 });
  });

  it('waits --wave-wait after a wave settles', () => {
    const rollout = rolloutWith({ waves: [50, 100], waveWaitMs: 10_000 });
    let step = stepRollout(rollout, targetsOf([[1], [2]]), factsOf({ d1: online(), d2: online() }), 0);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(100), d2: online() }), 1000);
    expect(step.rollout.wave).toBe(0);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(100), d2: online() }), 10_999);
    expect(step.rollout.wave).toBe(0);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(100), d2: online() }), 11_000);
    expect(step.rollout.wave).toBe(1);
    expect(step.decision.assign).toEqual(['d2']);
  });

  it('does not let a device that never came online hold a wave back, and counts it failed after --device-timeout', () => {
    const rollout = rolloutWith({ waves: [50, 100], deviceTimeoutMs: 60_000 });
    let step = stepRollout(rollout, targetsOf([[1, 2], [3]]), factsOf({ d1: online(), d2: online({ online: false }), d3: online() }), 0);
    expect(step.decision.assign).toEqual(['d1', 'd2']);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(10), d2: online({ online: false }), d3: online() }), 100);
    expect(step.rollout.wave).toBe(1);
    expect(countTargets(step.targets, (id) => id !== 'd2')).toMatchObject({ succeeded: 1, pending: 1, inProgress: 1 });
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(10), d2: online({ online: false }), d3: ok(200) }), 60_000);
    expect(step.targets.find((t) => t.deviceId === 'd2')).toMatchObject({ phase: 'failed', reason: 'timeout' });
  });

  it('does not time out a device waiting for its install window: its clock starts again, at most every half timeout', () => {
    const rollout = rolloutWith({ waves: [100], deviceTimeoutMs: 60_000 });
    const waiting = online({ waitingForWindow: true });
    let step = stepRollout(rollout, targetsOf([[1]]), factsOf({ d1: online() }), 0);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: waiting }), 20_000);
    expect(step.decision.changed).toEqual([]); // under half the timeout: nothing to write
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: waiting }), 90_000);
    expect(step.targets[0]).toMatchObject({ phase: 'assigned', assignedAtMs: 90_000 });
    expect(step.decision.changed).toHaveLength(1);
    expect(step.decision.events).toEqual([]);
    expect(countTargets(step.targets, () => true)).toMatchObject({ inProgress: 1, failed: 0 });
    // The window opened, it installs: the timeout runs from the last restart of the clock.
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: online() }), 149_000);
    expect(step.targets[0]?.phase).toBe('assigned');
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: online() }), 150_000);
    expect(step.targets[0]).toMatchObject({ phase: 'failed', reason: 'timeout' });
  });

  it('halts above --max-failure-rate once --min-sample finished, withdrawing assignments in progress', () => {
    const rollout = rolloutWith({ waves: [100], minSample: 3, maxFailureRate: 0.2 });
    const ids = { d1: online(), d2: online(), d3: online(), d4: online() };
    let step = stepRollout(rollout, targetsOf([[1, 2, 3, 4]]), factsOf(ids), 0);
    step = stepRollout(step.rollout, step.targets, factsOf({ ...ids, d1: bad(10) }), 100);
    expect(step.rollout.state).toBe('running'); // 1 finished < min sample
    step = stepRollout(step.rollout, step.targets, factsOf({ ...ids, d1: bad(10), d2: ok(20), d3: ok(30) }), 200);
    expect(step.rollout.state).toBe('halted'); // 1 of 3 = 0.33 > 0.2
    expect(step.rollout.haltReason).toContain('1 of 3');
    expect(step.decision.cancel).toEqual(['d4']);
    expect(step.targets.find((t) => t.deviceId === 'd4')?.phase).toBe('cancelled');
    // Halted: results still fold in, nothing new is offered.
    const halted = stepRollout(step.rollout, step.targets, factsOf({ ...ids, d1: bad(10), d2: ok(20), d3: ok(30) }), 300);
    expect(halted.decision.assign).toEqual([]);
    // Resume acknowledges the failure and offers d4 again.
    const resumed = resumeRollout(halted.rollout, halted.targets, 400);
    expect(resumed.rollout.state).toBe('running');
    // What is acknowledged must be saved: the acknowledged targets are among the changes.
    expect(resumed.decision.changed.map((t) => [t.deviceId, t.acknowledged])).toEqual([['d1', true], ['d2', true], ['d3', true]]);
    expect(resumed.rollout.haltReason).toBeUndefined();
    const after = stepRollout(resumed.rollout, resumed.targets, factsOf({ ...ids, d1: bad(10), d2: ok(20), d3: ok(30) }), 500);
    expect(after.decision.assign).toEqual(['d4']);
    expect(after.rollout.state).toBe('running');
  });

  it('counts success only after --confirm-after, and a device back on the old version as failed', () => {
    const rollout = rolloutWith({ waves: [100], confirmAfterMs: 5_000, minSample: 10 });
    let step = stepRollout(rollout, targetsOf([[1, 2]]), factsOf({ d1: online(), d2: online() }), 0);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(100), d2: ok(100) }), 200);
    expect(step.targets.map((t) => t.phase)).toEqual(['confirming', 'confirming']);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(100), d2: online({ installedVersion: '1.0.0', result: { ok: true, reason: '', atMs: 100 } }) }), 3000);
    expect(step.targets.find((t) => t.deviceId === 'd2')).toMatchObject({ phase: 'failed', reason: 'reverted' });
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(100), d2: online() }), 5100);
    expect(step.targets.find((t) => t.deviceId === 'd1')?.phase).toBe('succeeded');
    expect(step.rollout.state).toBe('completed');
  });

  it('ignores a result reported before the assignment (an earlier attempt)', () => {
    const rollout = rolloutWith({ waves: [100] });
    const step = stepRollout(rollout, targetsOf([[1]]), factsOf({ d1: online() }), 1000);
    const next = stepRollout(step.rollout, step.targets, factsOf({ d1: bad(500) }), 2000);
    expect(next.targets[0]?.phase).toBe('assigned');
  });

  it('caps devices working at once with --max-concurrent, offering online devices only', () => {
    const rollout = rolloutWith({ waves: [100], maxConcurrent: 2, minSample: 10 });
    const facts = factsOf({ d1: online(), d2: online({ online: false }), d3: online(), d4: online() });
    let step = stepRollout(rollout, targetsOf([[1, 2, 3, 4]]), facts, 0);
    expect(step.decision.assign).toEqual(['d1', 'd3']);
    step = stepRollout(step.rollout, step.targets, factsOf({ d1: ok(10), d2: online({ online: false }), d3: online(), d4: online() }), 100);
    expect(step.decision.assign).toEqual(['d4']);
  });

  it('does not offer a release again to a device that already failed it --max-attempts times (penalty), without counting it as a new failure', () => {
    const rollout = rolloutWith({ waves: [100], minSample: 1, maxFailureRate: 0 });
    const step = stepRollout(rollout, targetsOf([[1, 2]]), factsOf({ d1: online({ failuresOfRelease: 2 }), d2: online() }), 0);
    expect(step.decision.assign).toEqual(['d2']);
    expect(step.targets[0]).toMatchObject({ phase: 'failed', reason: 'penalty' });
    expect(step.rollout.state).toBe('running');
  });

  it('pauses without withdrawing, resumes, and aborts for good', () => {
    const rollout = rolloutWith({ waves: [100] });
    const step = stepRollout(rollout, targetsOf([[1, 2]]), factsOf({ d1: online(), d2: online() }), 0);
    const paused = pauseRollout(step.rollout, step.targets, 10);
    expect(paused.rollout.state).toBe('paused');
    expect(paused.decision.cancel).toEqual([]);
    expect(stepRollout(paused.rollout, paused.targets, factsOf({ d1: ok(20), d2: online() }), 30).targets[0]?.phase).toBe('succeeded');
    const aborted = abortRollout(resumeRollout(paused.rollout, paused.targets, 40).rollout, paused.targets, 50);
    expect(aborted.rollout.state).toBe('aborted');
    expect(aborted.decision.cancel).toEqual(['d1', 'd2']);
    expect(resumeRollout(aborted.rollout, aborted.targets, 60).rollout.state).toBe('aborted');
    expect(stepRollout(aborted.rollout, aborted.targets, factsOf({}), 70).decision.assign).toEqual([]);
  });

  it('never mutates its inputs', () => {
    const rollout = rolloutWith({ waves: [100] });
    const targets = targetsOf([[1]]);
    const frozen = JSON.stringify({ rollout, targets });
    stepRollout(rollout, targets, factsOf({ d1: online() }), 0);
    expect(JSON.stringify({ rollout, targets })).toBe(frozen);
  });
});
