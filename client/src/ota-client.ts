import { EventEmitter } from 'node:events';
import { OtaError, createLogger, isValidName, toOtaError, type Logger } from '@otacast/shared';
import type { DownloadProgress } from './assemble/downloader.js';
import { InstalledStore, type InstalledRelease } from './install/installed.js';
import { Backoff } from './link/backoff.js';
import { mqttUrlProblem } from './link/mqtt-connect.js';
import type { MqttTransport } from './link/transport.js';
import { buildParts, buildTransport, channelOf, type ClientParts, type OtaClientOptions } from './ota-client-wiring.js';
import type { AgentState } from './update/state-machine.js';
import { releaseIdOfPayload, type UpdateResult } from './update/update-runner.js';
import { CancelScope } from './update/cancel-scope.js';
import { ReleaseInbox } from './update/release-inbox.js';
import { ReleaseSource } from './update/release-source.js';

export type { OtaClientOptions } from './ota-client-wiring.js';

export interface StateChange {
  state: AgentState;
  previous: AgentState;
  releaseId: string;
}

export interface OtaClientEvents {
  state: [change: StateChange];
  progress: [progress: DownloadProgress];
  installed: [installed: InstalledRelease];
  /** An update failed, was refused or rolled back (emitted only when someone listens). */
  error: [error: OtaError];
  /** The agent must exit for its launcher to start the agent bundle now live (`UpdateResult.restart`); the client stopped applying releases. */
  restart: [result: UpdateResult];
}

/**
 * Why the client's work was aborted by `stop()`: a stop, not a failure. The
 * runner leaves the saved state as it is, so the next start resumes it.
 */
class ClientStopped extends Error {
  override readonly name = 'AbortError';

  constructor() {
    super('client stopped');
  }
}

/**
 * The device side of otacast: connects, receives signed release
 * announcements, and applies them through the persisted state machine.
 * `runOnce()` applies the current release and resolves with the outcome;
 * `start()` keeps applying every new announcement until `stop()`.
 */
export class OtaClient extends EventEmitter<OtaClientEvents> {
  readonly logger: Logger;
  private readonly transport: MqttTransport;
  private readonly inbox: ReleaseInbox;
  private readonly abort = new AbortController();
  /** The client's stop joined with a cancel of the release under way (a withdrawn assignment). */
  private readonly scope = new CancelScope(this.abort.signal);
  /** A rollout's assignment, else the channel's announcement. */
  private readonly source: ReleaseSource;
  private parts: ClientParts | undefined;
  private authError: OtaError | undefined;
  private everConnected = false;
  private worker: Promise<void> = Promise.resolve();

  constructor(private readonly options: OtaClientOptions) {
    super();
    const channel = channelOf(options);
    const urlProblem = mqttUrlProblem(options.url);
    if (urlProblem) throw new OtaError('OTA_E_USAGE', `invalid server URL "${options.url}": ${urlProblem}`);
    for (const [what, value] of [['device id', options.deviceId], ['product', options.product], ['channel', channel]] as const) {
      if (!isValidName(value)) throw new OtaError('OTA_E_USAGE', `invalid ${what} "${value}"`);
    }
    if (options.trustedKeys.length === 0 && options.trustRoot === undefined) throw new OtaError('OTA_E_USAGE', 'at least one trusted key or a trust root is required');
    this.logger = options.logger ?? createLogger({ name: 'otacast-client' }).child({ deviceId: options.deviceId });
    this.transport = buildTransport(options, this.logger);
    this.inbox = new ReleaseInbox(options.settleMs ?? 300);
    this.source = new ReleaseSource({
      offer: (payload) => this.inbox.offer(payload),
      cancel: (releaseId) => this.cancel(releaseId),
      releaseIdOf: releaseIdOfPayload,
      logger: this.logger,
    });
    this.transport.on('manifest', (payload) => this.source.onChannel(payload));
    this.transport.on('assignment', (payload) => this.source.onAssignment(payload));
    // Parts are open before the transport starts, so the trust store is there for the first keyring.
    this.transport.on('keyring', (payload) => this.parts?.trust.offer(payload));
    this.transport.on('connect', () => (this.everConnected = true));
    this.transport.on('authFailed', (err) => {
      this.authError = err;
      this.logger.error(err.message, { code: err.code });
    });
  }

  /** The saved agent state (IDLE before start). */
  get state(): AgentState {
    return this.parts?.store.current.state ?? 'IDLE';
  }

  async installed(): Promise<InstalledRelease | undefined> {
    return new InstalledStore(this.options.stateDir).read();
  }

  /**
   * Daemon mode: resumes an interrupted update, then applies each newly
   * announced release in turn. Failures are reported and logged; it keeps going.
   */
  async start(): Promise<void> {
    const parts = await this.open();
    this.transport.start();
    const handled = new Set<string>();
    let retry: NodeJS.Timeout | undefined;
    // Retries of a release that failed for a transient reason: from ~30 s up to ~15 min apart.
    const backoff = new Backoff({ initialMs: 30_000, maxMs: 15 * 60_000 });
    let lastPayload: Buffer | undefined;
    let keyringVersion = parts.trust.version;
    // A new keyring (the trust store took it first) may trust a release just refused: look at the current one again.
    const onKeyring = (): void => {
      if (parts.trust.version === keyringVersion) return;
      keyringVersion = parts.trust.version;
      if (lastPayload === undefined || this.inbox.pending || !this.source.isCurrent(lastPayload)) return;
      handled.delete(releaseIdOfPayload(lastPayload));
      this.inbox.offer(lastPayload);
    };
    this.transport.on('keyring', onKeyring);
    this.worker = (async () => {
      const resumed = await this.settle(parts.runner.resume());
      if (resumed?.restart) this.emit('restart', resumed);
      if (resumed && resumed.outcome !== 'failed') handled.add(resumed.releaseId);
      while (!resumed?.restart && !this.abort.signal.aborted) {
        const payload = await this.inbox.next(this.abort.signal).catch(() => undefined);
        if (payload === undefined) break;
        lastPayload = payload;
        clearTimeout(retry);
        const releaseId = releaseIdOfPayload(payload);
        // Re-announcements (every reconnect brings the retained manifest) are not news.
        if (handled.has(releaseId)) continue;
        const result = await this.settle(parts.runner.apply(payload));
        if (result?.restart) {
          this.emit('restart', result);
          break;
        }
        if (result?.outcome !== 'failed') {
          // Installed, current, refused or rolled back: a decision, not to be retried.
          if (result) handled.add(releaseId);
          backoff.reset();
          continue;
        }
        // A transient failure (link, disk): try again later, unless something newer comes first.
        const delayMs = backoff.next();
        this.logger.info('will retry the release', { releaseId, inMs: delayMs });
        // Only while it is still what the device should follow (a cancelled assignment is not retried).
        retry = setTimeout(() => this.inbox.pending || !this.source.isCurrent(payload) || this.inbox.offer(payload), delayMs);
      }
      clearTimeout(retry);
      this.transport.off('keyring', onKeyring);
    })();
  }

  /**
   * Applies the current release once: resumes an interrupted update, then
   * waits up to `waitReleaseMs` for the channel's manifest and applies it.
   * Resolves with the outcome; never rejects for an update failure.
   */
  async runOnce(options: { waitReleaseMs?: number } = {}): Promise<UpdateResult> {
    const waitMs = options.waitReleaseMs ?? 30_000;
    const parts = await this.open();
    // One run must end: bad credentials, or no link for too long, stop it (the saved state stays for the next run).
    const fatal = new Promise<never>((_, reject) => this.abort.signal.addEventListener('abort', () => reject(this.abort.signal.reason), { once: true }));
    fatal.catch(() => undefined);
    this.transport.once('authFailed', (err) => this.abort.abort(err));
    const offlineLimitMs = Math.max(waitMs, 60_000);
    let offline: NodeJS.Timeout | undefined;
    const watchOffline = () => {
      clearTimeout(offline);
      offline = setTimeout(() => {
        const why = this.transport.lastFailure === undefined ? '' : `: ${this.transport.lastFailure}`;
        this.abort.abort(new OtaError('OTA_E_CONNECT', `no connection to ${this.options.url} for ${offlineLimitMs / 1000} s${why}`));
      }, offlineLimitMs);
    };
    const onConnect = () => clearTimeout(offline);
    this.transport.on('disconnect', watchOffline);
    this.transport.on('connect', onConnect);
    watchOffline();
    this.transport.start();
    try {
      // An update interrupted by a restart is finished first; then the channel's current release is applied,
      // unless it is the one just resumed.
      const resumed = await Promise.race([parts.runner.resume(), fatal]);
      if (resumed?.restart) return resumed;
      const payload = await Promise.race([this.inbox.next(this.abort.signal, waitMs), fatal]);
      if (payload === undefined) {
        if (resumed) return resumed;
        throw this.noRelease(waitMs);
      }
      if (resumed && releaseIdOfPayload(payload) === resumed.releaseId) return resumed;
      return await Promise.race([parts.runner.apply(payload), fatal]);
    } catch (err) {
      const releaseId = parts.store.current.releaseId ?? '';
      const reason: unknown = this.abort.signal.aborted ? this.abort.signal.reason : err;
      if (reason instanceof ClientStopped) return { outcome: 'stopped', releaseId, product: this.options.product, version: '' };
      return { outcome: 'failed', releaseId, product: this.options.product, version: '', error: toOtaError(reason) };
    } finally {
      clearTimeout(offline);
      this.transport.off('disconnect', watchOffline);
      this.transport.off('connect', onConnect);
    }
  }

  /** Resolves true once connected to the server (at once when connected), false after `timeoutMs` or on stop. */
  async waitConnected(timeoutMs: number): Promise<boolean> {
    if (this.transport.connected) return true;
    return new Promise<boolean>((resolve) => {
      const done = (connected: boolean) => {
        clearTimeout(timer);
        this.transport.off('connect', onConnect);
        this.abort.signal.removeEventListener('abort', onAbort);
        resolve(connected);
      };
      const onConnect = () => done(true);
      const onAbort = () => done(false);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.transport.on('connect', onConnect);
      this.abort.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Waits until the server acked every status, up to `timeoutMs`; true when it did. */
  async flushStatus(timeoutMs: number): Promise<boolean> {
    if (!this.parts) return true;
    // Nobody will ack while the server refuses us.
    if (this.authError && !this.transport.connected) return this.parts.outbox.pending.length === 0;
    return this.parts.outbox.waitEmpty(timeoutMs);
  }

  /**
   * Stops applying (the saved state stays: an interrupted update resumes on
   * the next start) and disconnects. A `runOnce()` under way resolves with
   * outcome 'stopped'.
   */
  async stop(): Promise<void> {
    this.abort.abort(new ClientStopped());
    await this.worker.catch(() => undefined);
    await this.transport.stop();
    await this.parts?.trust.flush();
  }

  private async open(): Promise<ClientParts> {
    this.parts ??= await buildParts(this.options, this.transport, {
      logger: this.logger,
      scope: this.scope,
      onProgress: (progress) => this.emit('progress', progress),
      onState: (state, previous, releaseId) => this.emit('state', { state, previous, releaseId }),
      onInstalled: (installed) => this.emit('installed', installed),
    });
    return this.parts;
  }

  /** A withdrawn assignment: the release under way stops, unless it is already being installed (the runner decides). */
  private cancel(releaseId: string): void {
    const saved = this.parts?.store.current;
    if (saved === undefined || saved.state === 'IDLE' || saved.releaseId !== releaseId) return;
    this.logger.warn('the rollout withdrew the release under way', { releaseId, state: saved.state });
    this.scope.cancel(releaseId);
  }

  /** Runs an update to its result, logging instead of throwing; undefined when stopped. */
  private async settle(run: Promise<UpdateResult | undefined>): Promise<UpdateResult | undefined> {
    try {
      const result = await run;
      if (result?.error && this.listenerCount('error') > 0) this.emit('error', result.error);
      return result;
    } catch (err) {
      if (this.abort.signal.aborted) return undefined;
      const error = toOtaError(err);
      this.logger.error(error.message, { code: error.code });
      if (this.listenerCount('error') > 0) this.emit('error', error);
      return undefined;
    }
  }

  private noRelease(waitMs: number): OtaError {
    if (this.authError) return this.authError;
    if (this.transport.refusal) return this.transport.refusal;
    if (!this.everConnected) {
      const why = this.transport.lastFailure === undefined ? '' : `: ${this.transport.lastFailure}`;
      return new OtaError('OTA_E_CONNECT', `could not connect to ${this.options.url} within ${waitMs / 1000} s${why}`);
    }
    return new OtaError('OTA_E_NOT_FOUND', `no release announced on ${this.options.product}/${channelOf(this.options)} within ${waitMs / 1000} s`);
  }
}
