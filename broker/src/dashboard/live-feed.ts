import { MAX_CONTROL_BYTES, decode, pb, toOtaError, type Logger } from '@otacast/shared';
import { rolloutView } from '../rollouts/rollout-view.js';
import type { Registry } from '../registry/registry.js';
import { isFinalState } from '../rollouts/rollout-types.js';
import { toDeviceInfo, type DeviceInfo } from '../sdk/admin.js';
import { liveDeviceRecord, type Progress } from '../registry/device-activity.js';

/**
 * What the dashboard shows live: the latest download progress of each device
 * (from the bytesDone/bytesTotal of its statuses; the registry does not keep
 * it) and the server-sent events of device and rollout changes. Work is done
 * only while someone listens: changed devices are collected and sent in one
 * batch every FLUSH_MS; rollouts, and the list of registered devices (a
 * device registered since shows up), are compared every POLL_MS.
 */
export type { Progress } from '../registry/device-activity.js';

export type DeviceEvent = DeviceInfo & { progress: Progress | null };

export interface RolloutEventData {
  id: string;
  state: string;
  wave: number;
  counts: Record<string, number>;
  haltReason: string;
  failureRate: number;
  maxFailureRate: number;
}

export type FeedRegistry = Pick<Registry, 'listDevices' | 'rollouts'>;

export interface LiveFeedOptions {
  registry: FeedRegistry;
  isOnline(deviceId: string): boolean;
  logger: Logger;
}

/** A subscriber: gets `event: name` with a JSON data line. */
export type Listener = (event: 'device' | 'rollout', data: DeviceEvent | RolloutEventData) => void;

const FLUSH_MS = 250;
const POLL_MS = 1_000;
const DOWNLOADING = new Set<number>([pb.AgentState.AGENT_STATE_DOWNLOADING, pb.AgentState.AGENT_STATE_VERIFYING]);

export class LiveFeed {
  private readonly progress = new Map<string, { seq: number; value: Progress | null; message: string }>();
  private readonly dirty = new Set<string>();
  private readonly listeners = new Set<Listener>();
  private readonly rolloutSeen = new Map<string, string>();
  private knownDevices: Set<string> | undefined;
  private timers: NodeJS.Timeout[] = [];

  constructor(private readonly options: LiveFeedOptions) {}

  /** A DeviceStatus payload as it arrived (the status handler validates and applies it; this only reads the progress). */
  statusReceived(deviceId: string, payload: Buffer): void {
    const decoded = decode(pb.DeviceStatus, payload, MAX_CONTROL_BYTES, 'device status');
    if (!decoded.ok) return;
    const s = decoded.value;
    const seq = Number(s.seq);
    const known = this.progress.get(deviceId);
    if (known !== undefined && seq <= known.seq) return;
    const total = Number(s.bytesTotal ?? 0);
    const value = DOWNLOADING.has(s.state) && total > 0 ? { done: Math.min(Number(s.bytesDone ?? 0), total), total } : null;
    this.progress.set(deviceId, { seq, value, message: s.errorCode ? '' : (s.message ?? '') });
    this.changed(deviceId);
  }

  progressOf(deviceId: string): Progress | null {
    return this.progress.get(deviceId)?.value ?? null;
  }

  /** The message of the device's latest status when it reports no error (e.g. "waiting for install window"), else "". */
  messageOf(deviceId: string): string {
    return this.progress.get(deviceId)?.message ?? '';
  }

  /** A device connected, disconnected or reported: send its row to the listeners soon. */
  changed(deviceId: string): void {
    if (this.listeners.size > 0) this.dirty.add(deviceId);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Compares every rollout that is, or just was, active with what was last sent; sends the changes. */
  async pollRollouts(): Promise<void> {
    if (this.listeners.size === 0) return;
    const { rollouts } = this.options.registry;
    for (const rollout of await rollouts.list()) {
      const seen = this.rolloutSeen.get(rollout.id);
      if (isFinalState(rollout.state) && seen !== undefined && seen.startsWith(`${rollout.state}|`)) continue;
      const data = rolloutEventData(rolloutView(rollout, await rollouts.targets(rollout.id), [], (id) => this.options.isOnline(id)));
      const signature = `${data.state}|${JSON.stringify(data)}`;
      if (signature === seen) continue;
      const first = seen === undefined;
      this.rolloutSeen.set(rollout.id, signature);
      // The first look only records: the page that subscribed was rendered with it.
      if (!first) this.emit('rollout', data);
    }
  }

  close(): void {
    this.listeners.clear();
    this.stop();
  }

  private start(): void {
    this.rolloutSeen.clear();
    this.knownDevices = undefined;
    const poll = () => {
      this.background(this.pollRollouts());
      this.background(this.pollDevices());
    };
    poll();
    this.timers = [setInterval(() => this.background(this.flush()), FLUSH_MS), setInterval(poll, POLL_MS)];
    for (const t of this.timers) t.unref();
  }

  private stop(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
    this.dirty.clear();
  }

  /** Devices registered since the last look are sent like changed ones (registration itself goes through the admin API, not here). */
  private async pollDevices(): Promise<void> {
    const ids = (await this.options.registry.listDevices()).map((d) => d.deviceId);
    const known = this.knownDevices;
    this.knownDevices = new Set(ids);
    if (known === undefined) return;
    for (const id of ids) if (!known.has(id)) this.dirty.add(id);
  }

  private async flush(): Promise<void> {
    if (this.dirty.size === 0) return;
    const ids = new Set(this.dirty);
    this.dirty.clear();
    for (const record of await this.options.registry.listDevices()) {
      if (!ids.has(record.deviceId)) continue;
      this.emit('device', { ...toDeviceInfo(liveDeviceRecord(record, this.options.isOnline(record.deviceId), this)), progress: this.progressOf(record.deviceId) });
    }
  }

  /** Timer work: a registry that cannot be read now costs one skipped look, logged. */
  private background(work: Promise<void>): void {
    work.catch((err: unknown) => this.options.logger.warn('dashboard feed cannot read the registry', { code: toOtaError(err).code, error: (err as Error).message }));
  }

  private emit(event: 'device' | 'rollout', data: DeviceEvent | RolloutEventData): void {
    for (const listener of this.listeners) {
      try {
        listener(event, data);
      } catch (err) {
        this.options.logger.warn('dashboard event listener failed', { error: (err as Error).message });
      }
    }
  }
}

type RolloutStatusView = ReturnType<typeof rolloutView>;

/** failed / finished of a rollout view, 0 before anything finished. */
export function failureRate(view: RolloutStatusView): number {
  const succeeded = view.counts?.succeeded ?? 0;
  const failed = view.counts?.failed ?? 0;
  return succeeded + failed > 0 ? failed / (succeeded + failed) : 0;
}

export function rolloutEventData(view: RolloutStatusView): RolloutEventData {
  const c = view.counts ?? {};
  return {
    id: view.id ?? '',
    state: view.state ?? '',
    wave: view.wave ?? 0,
    counts: { targeted: c.targeted ?? 0, succeeded: c.succeeded ?? 0, failed: c.failed ?? 0, inProgress: c.inProgress ?? 0, pending: c.pending ?? 0 },
    haltReason: view.haltReason ?? '',
    failureRate: failureRate(view),
    maxFailureRate: view.maxFailureRate ?? 0,
  };
}
