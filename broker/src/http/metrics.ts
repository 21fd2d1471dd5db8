import { Counter, Gauge, Histogram, Registry as MetricRegistry, collectDefaultMetrics } from 'prom-client';
import type { ErrorCode } from '@otacast/shared';
import type { Session } from '../auth/auth.js';
import type { DeviceRecord, Registry } from '../registry/registry.js';
import { agentStateName } from '../sdk/admin.js';

/**
 * The server's Prometheus metrics (docs/operations.md lists them). Counters
 * on the hot path are plain increments; everything read from the registry or
 * the broker is computed only when /metrics is scraped.
 */
export interface MetricSources {
  /** Every registered device with its last reported state. */
  devices(): Promise<DeviceRecord[]>;
  /** The authenticated MQTT connections now open. */
  sessions(): Session[];
  /** The state of every rollout. */
  rolloutStates(): Promise<string[]>;
  /** Which worker this is (several scrape targets behind one fleet) and how it reaches devices. */
  worker?: { id: string; attachment: 'embedded' | 'external' };
}

type StatusRecords = Pick<Registry, 'applyStatus' | 'lastStatusSeq'>;

const LINT_FAILING_DEFAULTS = ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total'];

/** State label of a device that never reported (agentStateName gives ""). */
const NEVER_REPORTED = 'unknown';

/** Device clock to server: from 10 ms to 10 min (clock skew shows up here too). */
const STATUS_LAG_BUCKETS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 60, 600];

export class ServerMetrics {
  readonly registry = new MetricRegistry();
  private readonly chunkRequests: Counter;
  private readonly chunkErrors: Counter<'code'>;
  private readonly chunkBytes: Counter;
  private readonly castBytes: Counter;
  private readonly casts: Counter;
  private readonly statusLag: Histogram;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    // prom-client names these three gauges *_total, which Prometheus reserves
    // for counters (promtool check metrics fails on them); the per-type
    // nodejs_active_{handles,requests,resources} gauges carry the same numbers.
    for (const name of LINT_FAILING_DEFAULTS) this.registry.removeSingleMetric(name);
    new Gauge({
      name: 'otacast_devices_connected',
      help: 'Devices with an open MQTT connection.',
      registers,
      collect() {
        this.set(sources.sessions().filter((s) => s.principal.role === 'device').length);
      },
    });
    new Gauge({
      name: 'otacast_devices_by_version',
      help: 'Registered devices by product and the version they report installed ("" when they never reported).',
      labelNames: ['product', 'version'],
      registers,
      async collect() {
        const devices = await sources.devices();
        this.reset();
        for (const d of devices) this.inc({ product: d.product, version: d.installedVersion });
      },
    });
    new Gauge({
      name: 'otacast_devices_by_state',
      help: `Registered devices by the agent state they last reported ("${NEVER_REPORTED}" when they never reported).`,
      labelNames: ['state'],
      registers,
      async collect() {
        const devices = await sources.devices();
        this.reset();
        for (const d of devices) this.inc({ state: agentStateName(d.state) || NEVER_REPORTED });
      },
    });
    new Gauge({
      name: 'otacast_rollouts',
      help: 'Rollouts by state (running, paused, halted, completed, aborted).',
      labelNames: ['state'],
      registers,
      async collect() {
        const states = await sources.rolloutStates();
        this.reset();
        for (const state of ['running', 'paused', 'halted', 'completed', 'aborted']) this.set({ state }, 0);
        for (const state of states) this.inc({ state });
      },
    });
    new Gauge({
      name: 'otacast_worker_info',
      help: 'Always 1; labels name this worker (--worker-id, "" when not given) and its broker attachment (embedded | external).',
      labelNames: ['worker', 'attachment'],
      registers,
    }).set({ worker: sources.worker?.id ?? '', attachment: sources.worker?.attachment ?? 'embedded' }, 1);
    this.chunkRequests = new Counter({ name: 'otacast_chunk_requests_total', help: 'ChunkRequests received from devices.', registers });
    this.chunkErrors = new Counter({
      name: 'otacast_chunk_errors_total',
      help: 'Chunk requests refused, and ranges answered with an error, by OTA_E_* code.',
      labelNames: ['code'],
      registers,
    });
    this.chunkBytes = new Counter({
      name: 'otacast_chunk_bytes_sent_total',
      help: 'Bytes of Chunk messages handed to the broker for devices (stored chunks count as stored, compressed or not).',
      registers,
    });
    this.castBytes = new Counter({
      name: 'otacast_cast_bytes_sent_total',
      help: 'Bytes of broadcast frames handed to the broker on cast/ topics, counted once however many devices listen (compare otacast_chunk_bytes_sent_total: pulls).',
      registers,
    });
    this.casts = new Counter({ name: 'otacast_casts_total', help: 'Broadcasts of a release started.', registers });
    this.statusLag = new Histogram({
      name: 'otacast_status_lag_seconds',
      help: 'Time from a device making a status (its clock) to the server applying it.',
      buckets: STATUS_LAG_BUCKETS,
      registers,
    });
  }

  /** What ChunkServer calls (structurally its ChunkServerMetrics). */
  readonly chunks = {
    request: (): void => this.chunkRequests.inc(),
    error: (code: ErrorCode): void => this.chunkErrors.inc({ code }),
    sent: (bytes: number): void => this.chunkBytes.inc(bytes),
  };

  /** What the Caster calls (structurally its CastMetrics). */
  readonly cast = {
    started: (): void => this.casts.inc(),
    sent: (bytes: number): void => this.castBytes.inc(bytes),
  };

  /** The registry's status calls, with each applied status's lag observed (the device's clock to now). */
  timingStatuses(registry: StatusRecords): StatusRecords {
    return {
      lastStatusSeq: (deviceId) => registry.lastStatusSeq(deviceId),
      applyStatus: async (deviceId, update, nowMs = Date.now()) => {
        const result = await registry.applyStatus(deviceId, update, nowMs);
        const madeMs = update.deviceTimeMs ?? 0;
        if (result.applied && madeMs > 0) this.statusLag.observe(Math.max(0, nowMs - madeMs) / 1000);
        return result;
      },
    };
  }

  /** The Prometheus text exposition and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
