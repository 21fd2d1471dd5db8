import { OtaError, encode, pb, toOtaError, topics, type Logger } from '@otacast/shared';
import type { MessageBus } from '../mqtt/message-bus.js';
import { labelsMatch } from '../registry/device-labels.js';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DeviceRecord, Registry } from '../registry/registry.js';
import { abortRollout, pauseRollout, resumeRollout, stepRollout, type RolloutStep } from '../rollouts/rollout-engine.js';
import { DEFAULT_POLICY, isFinalState, type DeviceFacts, type Rollout, type RolloutPolicy, type RolloutState, type RolloutTarget } from '../rollouts/rollout-types.js';
import { assignWaves, wavesProblem } from '../rollouts/rollout-waves.js';

/** What the driver reads of the registry. */
export type FleetRegistry = Pick<Registry, 'rollouts' | 'listDevices' | 'releasesOfVersion' | 'getRelease' | 'isYanked' | 'tryAcquireLease' | 'releaseLease'>;

export interface RolloutDriverOptions {
  registry: FleetRegistry;
  bus: MessageBus;
  /** Whether a device has a live MQTT session now. */
  isOnline(deviceId: string): boolean;
  /** Whether the device's latest status says it waits for its install window (its timeout clock then starts again). */
  isWaitingForWindow?(deviceId: string): boolean;
  logger: Logger;
  /** How often every active rollout is stepped (results also step it at once). Default 1 s. */
  tickMs?: number;
  now?: () => number;
  /** This worker's name on rollout leases. Default host:pid:random. */
  leaseHolder?: string;
  /** How long a lease outlives a worker that died holding it. Default 30 s. */
  leaseTtlMs?: number;
}

/** How often a command retries for a rollout another worker is stepping. */
const LEASE_RETRY_MS = 50;

export interface StartRolloutSpec {
  product: string;
  channel: string;
  version: string;
  select: Record<string, string>;
  policy: Partial<RolloutPolicy>;
  supersede: boolean;
}

/**
 * Runs the rollouts: starts them, steps the engine on a timer and whenever a
 * device reports, saves each step, then publishes the step's assignments and
 * cancels retained on `dev/{id}/assign` — a device that is offline gets its
 * assignment when it reconnects. Steps run one at a time, so two triggers
 * never race on one rollout in this process; across workers sharing one
 * registry, each step (and each operator command) runs while holding the
 * lease `rollout:{id}`, so exactly one worker advances a rollout at a time
 * and each step starts from what the previous one saved, wherever it ran.
 */
export class RolloutDriver {
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  private kickQueued = false;

  private readonly holder: string;

  constructor(private readonly options: RolloutDriverOptions) {
    this.holder = options.leaseHolder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  }

  /** Steps the active rollouts from now on (and at once: a restart resumes them). */
  run(): void {
    this.timer = setInterval(() => this.kick(), this.options.tickMs ?? 1_000);
    this.timer.unref();
    this.kick();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.queue;
  }

  /** Steps every active rollout soon (a status arrived, a device connected or registered). */
  kick(): void {
    // Kicks coalesce: a burst of statuses costs one step of each rollout, not one per status.
    if (this.closed || this.kickQueued) return;
    this.kickQueued = true;
    this.serial(async () => {
      this.kickQueued = false;
      // A rollout another worker is stepping now is left to it.
      for (const { id } of await this.options.registry.rollouts.active()) await this.underLease(id, false, (rollout) => this.stepAndApply(rollout));
    }).catch((err: unknown) => {
      this.options.logger.error('rollout step failed', { code: toOtaError(err).code, error: (err as Error).message });
    });
  }

  async startRollout(spec: StartRolloutSpec): Promise<Rollout> {
    return this.serial(async () => {
      const policy: RolloutPolicy = { ...DEFAULT_POLICY, ...spec.policy };
      const problem = wavesProblem(policy.waves);
      if (problem) throw new OtaError('OTA_E_USAGE', `--waves: ${problem}`);
      if (!(policy.maxFailureRate >= 0 && policy.maxFailureRate <= 1)) throw new OtaError('OTA_E_USAGE', '--max-failure-rate must be from 0 to 1');
      const release = await this.releaseToRoll(spec);
      const now = this.now();
      const matching = this.matchingDevices({ product: spec.product, channel: spec.channel, select: spec.select }, await this.options.registry.listDevices());
      if (matching.length === 0) {
        const selector = Object.entries(spec.select).map(([k, v]) => `${k}=${v}`).join(',');
        throw new OtaError('OTA_E_NOT_FOUND', `no device of ${spec.product} on ${spec.channel}${selector ? ` matches --select ${selector}` : ' is registered'}: see otacast devices`);
      }
      const active = await this.options.registry.rollouts.activeOnChannel(spec.product, spec.channel);
      if (active && spec.supersede) {
        await this.underLease(active.id, true, async (current) => this.apply(abortRollout(current, await this.options.registry.rollouts.targets(active.id), now, `superseded by a rollout of ${spec.version}`)));
      }
      const rollout: Rollout = {
        id: `ro-${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        product: spec.product,
        channel: spec.channel,
        version: spec.version,
        releaseId: release.releaseId,
        select: spec.select,
        policy,
        state: 'running',
        wave: 0,
        createdAtMs: now,
        updatedAtMs: now,
      };
      const members = matching.map((d) => d.deviceId);
      const waves = assignWaves(rollout.id, members, policy.waves);
      const targets: RolloutTarget[] = members.map((deviceId) => ({ deviceId, wave: waves.get(deviceId) ?? 0, phase: 'waiting' }));
      await this.options.registry.rollouts.create(rollout, targets, { atMs: now, kind: 'state', detail: `running: started for ${targets.length} devices in ${policy.waves.length} waves (${policy.waves.join(', ')}%)` });
      this.options.logger.info('rollout started', { rolloutId: rollout.id, product: rollout.product, version: rollout.version, targets: targets.length });
      await this.underLease(rollout.id, true, (current) => this.stepAndApply(current));
      return (await this.options.registry.rollouts.get(rollout.id)) ?? rollout;
    });
  }

  /**
   * A release was yanked (marked so before this is called): each active
   * rollout of it is aborted now, the reason recorded. A rollout of it that
   * another worker started meanwhile ends at its next step (stepAndApply).
   * Returns the ids of the rollouts it ended.
   */
  releaseYanked(releaseId: string): Promise<string[]> {
    return this.serial(async () => {
      const ended: string[] = [];
      for (const rollout of await this.options.registry.rollouts.active()) {
        if (rollout.releaseId !== releaseId) continue;
        await this.underLease(rollout.id, true, (current) => this.stepAndApply(current));
        ended.push(rollout.id);
      }
      return ended;
    });
  }

  /** The release a rollout would offer: a yanked one never (OTA_E_RELEASE_YANKED), nothing started. */
  private async releaseToRoll(spec: StartRolloutSpec): Promise<{ releaseId: string }> {
    const { registry } = this.options;
    const releases = await registry.releasesOfVersion(spec.product, spec.channel, spec.version);
    if (releases.length === 0) throw new OtaError('OTA_E_NOT_FOUND', `no release ${spec.product} ${spec.version} on channel ${spec.channel}: publish it first (otacast publish --no-announce)`);
    for (const release of releases) if (!(await registry.isYanked(release.releaseId))) return release;
    throw new OtaError('OTA_E_RELEASE_YANKED', `release ${spec.product} ${spec.version} on channel ${spec.channel} was yanked and is never rolled out again: publish a new version and roll that out`);
  }

  pause(rolloutId: string): Promise<Rollout> {
    return this.command(rolloutId, 'paused', ['running'], pauseRollout);
  }

  resume(rolloutId: string): Promise<Rollout> {
    return this.command(rolloutId, 'resumed', ['paused', 'halted'], resumeRollout);
  }

  abort(rolloutId: string, why?: string): Promise<Rollout> {
    return this.command(rolloutId, 'aborted', ['running', 'paused', 'halted'], (r, t, now) => abortRollout(r, t, now, why));
  }

  /** An operator's command, refused (nothing changed) unless the rollout is in one of the states it applies to. */
  private command(rolloutId: string, verb: string, from: readonly RolloutState[], action: (rollout: Rollout, targets: readonly RolloutTarget[], nowMs: number) => RolloutStep): Promise<Rollout> {
    return this.serial(async () => {
      const { rollouts } = this.options.registry;
      if (!(await rollouts.get(rolloutId))) throw new OtaError('OTA_E_NOT_FOUND', `no rollout ${rolloutId}: see otacast rollouts`);
      await this.underLease(rolloutId, true, async (rollout) => {
        if (!from.includes(rollout.state)) throw new OtaError('OTA_E_ROLLOUT_STATE', `rollout ${rolloutId} is ${rollout.state}: only a ${from.join(' or ')} rollout can be ${verb}`);
        await this.apply(action(rollout, await rollouts.targets(rolloutId), this.now()));
        const after = (await rollouts.get(rolloutId)) ?? rollout;
        if (!isFinalState(after.state)) await this.stepAndApply(after);
      });
      const after = await rollouts.get(rolloutId);
      if (!after) throw new OtaError('OTA_E_NOT_FOUND', `no rollout ${rolloutId}: see otacast rollouts`);
      return after;
    });
  }

  /**
   * Runs `work` on the rollout as saved now, while this worker holds its
   * lease. When another worker holds it, a timer's step gives up (that worker
   * is stepping it) and a command (`wait`) tries again until the lease is free.
   */
  private async underLease(rolloutId: string, wait: boolean, work: (rollout: Rollout) => Promise<void>): Promise<void> {
    const { registry } = this.options;
    const name = `rollout:${rolloutId}`;
    const ttlMs = this.options.leaseTtlMs ?? 30_000;
    const deadline = Date.now() + ttlMs;
    while (!(await registry.tryAcquireLease(name, this.holder, ttlMs))) {
      if (!wait) return;
      if (Date.now() > deadline) throw new OtaError('OTA_E_ROLLOUT_BUSY', `rollout ${rolloutId} is being stepped by another worker: try again`);
      await new Promise((resolve) => setTimeout(resolve, LEASE_RETRY_MS));
    }
    try {
      const rollout = await registry.rollouts.get(rolloutId);
      if (rollout) await work(rollout);
    } finally {
      await registry.releaseLease(name, this.holder).catch(() => undefined);
    }
  }

  private async stepAndApply(rollout: Rollout): Promise<void> {
    const { rollouts } = this.options.registry;
    const targets = await rollouts.targets(rollout.id);
    if (await this.options.registry.isYanked(rollout.releaseId)) {
      await this.apply(abortRollout(rollout, targets, this.now(), `release ${rollout.version} was yanked: no device is offered it any more`));
      return;
    }
    const registered = await this.options.registry.listDevices();
    const joined = this.joiners(rollout, targets, registered);
    const all = [...targets, ...joined];
    // Taken before the facts: a result recorded after this instant is newer than anything this step sets (see restartTimeoutWhileWaiting).
    const now = this.now();
    const facts = new Map<string, DeviceFacts>();
    const devices = new Map(registered.map((d) => [d.deviceId, d]));
    for (const target of all) {
      // The engine reads facts only of targets still open; a finished one costs no queries.
      if (target.phase === 'succeeded' || target.phase === 'failed' || target.phase === 'removed') continue;
      const device = devices.get(target.deviceId);
      if (!device) continue;
      const fact: DeviceFacts = { online: this.options.isOnline(target.deviceId), installedVersion: device.installedVersion, failuresOfRelease: await rollouts.failuresOfRelease(target.deviceId, rollout.releaseId) };
      const result = await rollouts.latestResult(target.deviceId, rollout.releaseId);
      if (result) fact.result = result;
      if (this.options.isWaitingForWindow?.(target.deviceId) === true) fact.waitingForWindow = true;
      facts.set(target.deviceId, fact);
    }
    const step = stepRollout(rollout, all, facts, now);
    // Joiners are new rows even when this step left them waiting.
    for (const j of joined) if (!step.decision.changed.some((t) => t.deviceId === j.deviceId)) step.decision.changed.push(step.targets.find((t) => t.deviceId === j.deviceId) ?? j);
    if (joined.length > 0) step.decision.events.unshift({ atMs: now, kind: 'device', detail: `${joined.length} device(s) registered since the start joined wave ${rollout.wave + 1}` });
    // The moment a wave settled starts the --wave-wait clock: unsaved, every step would restart it and the next wave never come.
    await this.apply(step, step.rollout.waveSettledAtMs !== rollout.waveSettledAtMs);
  }

  /** Devices registered after the start that match: they join the last wave reached. */
  private joiners(rollout: Rollout, targets: readonly RolloutTarget[], registered: readonly DeviceRecord[]): RolloutTarget[] {
    if (rollout.state !== 'running') return [];
    const known = new Set(targets.map((t) => t.deviceId));
    return this.matchingDevices(rollout, registered)
      .filter((d) => !known.has(d.deviceId))
      .map((d) => ({ deviceId: d.deviceId, wave: rollout.wave, phase: 'waiting' as const }));
  }

  private matchingDevices(rollout: Pick<Rollout, 'product' | 'channel' | 'select'>, registered: readonly DeviceRecord[]): DeviceRecord[] {
    return registered.filter((d) => d.product === rollout.product && d.channel === rollout.channel && labelsMatch(d.labels, rollout.select));
  }

  /** Saves the step, then publishes what it decided (a crash in between republishes on the next step: retained messages are idempotent). */
  private async apply(step: RolloutStep, rolloutChanged = false): Promise<void> {
    const { rollout, decision } = step;
    const changedState = rolloutChanged || decision.events.length > 0 || decision.changed.length > 0;
    if (!changedState) return;
    await this.options.registry.rollouts.save(rollout, decision.changed, decision.events);
    const release = decision.assign.length > 0 ? await this.options.registry.getRelease(rollout.releaseId) : undefined;
    for (const deviceId of decision.assign) {
      if (!release) break;
      await this.publishAssignment(deviceId, { rolloutId: rollout.id, signedManifest: release.signedManifest });
    }
    for (const deviceId of decision.cancel) await this.publishAssignment(deviceId, { rolloutId: rollout.id, cancel: true, releaseId: rollout.releaseId });
    for (const e of decision.events) {
      if (e.kind !== 'device') this.options.logger.info('rollout', { rolloutId: rollout.id, state: rollout.state, detail: e.detail });
    }
  }

  private async publishAssignment(deviceId: string, assignment: { rolloutId: string; signedManifest?: Buffer; cancel?: boolean; releaseId?: string }): Promise<void> {
    try {
      await this.options.bus.publish(topics.deviceAssign(deviceId), encode(pb.Assignment, assignment), { qos: 1, retain: true });
    } catch (err) {
      this.options.logger.warn('cannot publish assignment', { deviceId, rolloutId: assignment.rolloutId, code: toOtaError(err).code, error: (err as Error).message });
    }
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new OtaError('OTA_E_INTERNAL', 'rollout driver is closed'));
    const run = this.queue.then(work);
    // The queue goes on after a failure; the caller of `work` gets the error.
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
