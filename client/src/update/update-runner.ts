import { OtaError, decode, pb, releaseIdOf, sha256, toOtaError, MAX_MANIFEST_BYTES, type Logger, type ReleaseManifest } from '@otacast/shared';
import type { InstalledRelease, InstalledStore } from '../install/installed.js';
import type { AgentEvent, AgentState } from './state-machine.js';
import type { Outcome, StatePatch, StateStore } from './state-store.js';
import { ReleaseCancelled, type CancelScope } from './cancel-scope.js';
import { outcomeOfError, type StatusInput } from './status.js';
import { componentsNamed, savedManifest, type ReleaseRef, type Steps } from './update-steps.js';
import { WAITING_FOR_INSTALL_WINDOW, waitForInstallWindow, type InstallWindow } from './install-window.js';

export interface UpdateResult {
  /**
   * How the update ended. 'stopped' comes only from `OtaClient.runOnce()`
   * when `stop()` was called during it: not an ending, the saved state stays
   * and the next run resumes it.
   */
  outcome: Outcome | 'stopped';
  releaseId: string;
  /** Empty when the manifest could not be trusted enough to read it. */
  product: string;
  version: string;
  error?: OtaError;
  /**
   * The agent must exit so its launcher starts the bundle now live (an
   * `agent` component was switched in or rolled back); the saved state
   * carries on in the next process. Comes with outcome 'stopped' while
   * AWAITING_COMMIT.
   */
  restart?: true;
}

export interface RunnerOptions {
  store: StateStore;
  steps: Steps;
  installedStore: InstalledStore;
  /** Persists and sends a status (the outbox). */
  report: (status: StatusInput) => Promise<void>;
  onState?: (state: AgentState, previous: AgentState, releaseId: string) => void;
  onInstalled?: (installed: InstalledRelease) => void;
  hardware?: string | undefined;
  /** Least time between two progress statuses while downloading (default 10 s). */
  progressIntervalMs?: number;
  /** Restarts tolerated in one state before it counts as a crash loop. */
  maxRestarts?: number;
  logger: Logger;
  signal?: AbortSignal;
  /** Stop and cancel together (takes the place of `signal`): a cancel ends the release before it is installed. */
  scope?: CancelScope;
  /** A rolled-back release to try once more in this process (`--retry-release`). */
  retryRelease?: string;
  /** `--install-window`: a verified release is switched in only inside this window (install-window.ts). */
  installWindow?: { window: InstallWindow; now: () => Date } | undefined;
}

/** States a cancel may end: nothing has been switched in yet. */
const CANCELLABLE = new Set<AgentState>(['CHECKING', 'DOWNLOADING', 'VERIFYING']);

/** The release id of announced bytes, even ones that fail to decode (so a refusal can name them). */
export function releaseIdOfPayload(signedManifest: Buffer): string {
  const envelope = decode(pb.SignedManifest, signedManifest, MAX_MANIFEST_BYTES, 'signed manifest');
  return envelope.ok ? releaseIdOf(envelope.value.manifest) : sha256(signedManifest).subarray(0, 16).toString('hex');
}

/**
 * Drives one release through the state machine: each step's result becomes
 * an event, the table gives the next state, the store persists it, a status
 * reports it — and only then does the next step run.
 */
export class UpdateRunner {
  /** Consumed by its first retry: a release that fails again is not retried in a loop. */
  private retryRelease: string | undefined;
  private installed: InstalledRelease | undefined;
  private bytes = { done: 0, total: 0 };
  private lastProgressReportMs = 0;

  constructor(private readonly options: RunnerOptions) {
    this.retryRelease = options.retryRelease;
  }

  /** Progress of the current download; also reported as a status now and then. */
  setProgress(bytesDone: number, bytesTotal: number): void {
    this.bytes = { done: bytesDone, total: bytesTotal };
    const now = Date.now();
    if (this.options.store.current.state === 'DOWNLOADING' && now - this.lastProgressReportMs >= (this.options.progressIntervalMs ?? 10_000)) {
      this.lastProgressReportMs = now;
      void this.report();
    }
  }

  /**
   * Starts on a newly announced release (the agent must be IDLE). A release
   * that was just rolled back is not tried again: it would only fail (or
   * crash-loop) again; publishing a new release is the way forward, or
   * `retryRelease` (once per process, after the cause was fixed on the device).
   */
  async apply(signedManifest: Buffer): Promise<UpdateResult> {
    this.installed = await this.options.installedStore.read();
    const releaseId = releaseIdOfPayload(signedManifest);
    const last = this.options.store.current;
    if (last.state === 'IDLE' && last.releaseId === releaseId && last.outcome === 'rolled-back') {
      if (this.retryRelease !== releaseId) {
        this.options.logger.warn('this release was rolled back on this device; not applying it again (otacast-agent --retry-release ID tries it once more)', { releaseId, code: last.error?.code });
        return this.result();
      }
      this.retryRelease = undefined;
      this.options.logger.warn('trying a rolled-back release again (--retry-release)', { releaseId });
    }
    this.bytes = { done: 0, total: 0 };
    await this.move('RELEASE', { releaseId, signedManifest: signedManifest.toString('base64') });
    return this.loop();
  }

  /**
   * After a restart: re-enters the saved state, unless it has been re-entered
   * too often. The saved manifest is verified first: state.json may have been
   * written by someone else (issue 11, hole 5), and one that fails is discarded.
   */
  async resume(): Promise<UpdateResult | undefined> {
    const { store, logger } = this.options;
    const state = store.current.state;
    if (state === 'IDLE') return undefined;
    this.installed = await this.options.installedStore.read();
    const saved = store.current;
    try {
      this.options.steps.verifySaved({ releaseId: saved.releaseId ?? '', signedManifest: Buffer.from(saved.signedManifest ?? '', 'base64') }, this.installed);
    } catch (err) {
      return this.discard(toOtaError(err));
    }
    const count = await store.reenter();
    const restarts = count - 1;
    logger.warn('resuming interrupted update', { state, releaseId: store.current.releaseId, restarts });
    if (state !== 'FAILED' && restarts >= (this.options.maxRestarts ?? 3)) {
      const error = new OtaError('OTA_E_INSTALL', `the agent restarted ${restarts} times in ${state}: giving up on this release`);
      await this.fail(error, 'CRASH_LOOP');
    } else {
      await this.report();
    }
    return this.loop();
  }

  private get signal(): AbortSignal | undefined {
    return this.options.scope?.signal ?? this.options.signal;
  }

  private async loop(): Promise<UpdateResult> {
    const { store, steps } = this.options;
    for (;;) {
      const saved = store.current;
      if (saved.state === 'IDLE') return this.result();
      const ref: ReleaseRef = { releaseId: saved.releaseId ?? '', signedManifest: Buffer.from(saved.signedManifest ?? '', 'base64') };
      try {
        this.signal?.throwIfAborted();
        switch (saved.state) {
          case 'CHECKING': {
            const { manifest, result } = steps.check(ref, this.installed);
            if (result.kind === 'current') {
              if (this.installed) this.installed = await steps.adoptCurrent(ref, manifest, this.installed);
              await this.move('CURRENT', { outcome: 'current' });
            } else {
              this.bytes = { done: 0, total: result.components.reduce((sum, c) => sum + c.size, 0) };
              this.lastProgressReportMs = Date.now();
              await this.move('ACCEPTED', { components: result.components.map((c) => c.name) });
            }
            break;
          }
          case 'DOWNLOADING':
            await steps.download(ref, this.components(ref));
            await this.move('DOWNLOADED');
            break;
          case 'VERIFYING':
            await steps.verify(ref, this.components(ref));
            await this.untilInstallWindow();
            await this.move('VERIFIED');
            break;
          case 'INSTALLING':
            await steps.install(ref, this.components(ref));
            await this.move('ACTIVATED');
            if (await steps.restartNeeded?.(this.components(ref))) return this.restartResult();
            break;
          case 'AWAITING_COMMIT': {
            this.installed = await steps.commit(ref, this.manifest(ref), this.components(ref));
            await this.move('COMMITTED', { outcome: 'installed' });
            this.options.onInstalled?.(this.installed);
            break;
          }
          case 'ROLLING_BACK': {
            const components = this.components(ref);
            await steps.rollback(ref, components);
            await this.move('ROLLED_BACK', { outcome: 'rolled-back' });
            if (await steps.restartNeeded?.(components)) return { ...this.result(), restart: true };
            break;
          }
          case 'FAILED':
            await this.move('RESET');
            break;
        }
      } catch (err) {
        const reason: unknown = this.signal?.aborted ? this.signal.reason : undefined;
        if (reason instanceof ReleaseCancelled) {
          this.options.scope?.reset();
          // Once something is switched in, the update finishes: a cancel only ends what has not touched the device.
          if (!CANCELLABLE.has(saved.state)) continue;
          await this.fail(new OtaError('OTA_E_CANCELLED', `${reason.message} (in ${saved.state}); following the channel again`));
          continue;
        }
        // Stopping is not failing: the saved state stays, and the next start resumes it.
        if (this.signal?.aborted) throw err;
        await this.fail(toOtaError(err));
      }
    }
  }

  /** A saved state that does not verify: logged, reported, and dropped for IDLE; the installed release stays. */
  private async discard(cause: OtaError): Promise<UpdateResult> {
    const { store, logger } = this.options;
    const { state, releaseId = '' } = store.current;
    const error = new OtaError('OTA_E_STATE', `saved ${state} state of release ${releaseId} does not verify (${cause.code}: ${cause.message}); discarded, starting from IDLE`);
    logger.error(error.message, { code: error.code, cause: cause.code, state, releaseId });
    await store.discard({ code: error.code, message: error.message });
    this.options.onState?.('IDLE', state, '');
    await this.report();
    return this.result();
  }

  /** With --install-window: verified, it waits in VERIFYING (a cancel still ends it: nothing is switched in) until the window opens. */
  private async untilInstallWindow(): Promise<void> {
    const gate = this.options.installWindow;
    if (gate) await waitForInstallWindow({ ...gate, report: () => this.report(WAITING_FOR_INSTALL_WINDOW), signal: this.signal, logger: this.options.logger });
  }

  /** Routes a failure through the table: before activation it fails, after it rolls back. */
  private async fail(error: OtaError, event: AgentEvent = 'FAILURE'): Promise<void> {
    const state = this.options.store.current.state;
    const rolledBack = state === 'INSTALLING' || state === 'AWAITING_COMMIT';
    const logger = this.options.logger;
    logger.error(error.message, { code: error.code, state, releaseId: this.options.store.current.releaseId });
    if (state === 'ROLLING_BACK') {
      // Keep the reason the rollback started; say that the rollback itself failed too.
      const first = this.options.store.current.error;
      const message = `rollback failed (${error.code}: ${error.message})${first ? ` after ${first.code}: ${first.message}` : ''}`;
      return this.move(event, { outcome: 'failed', error: { code: first?.code ?? error.code, message } });
    }
    await this.move(event, { outcome: outcomeOfError(error.code, rolledBack), error: { code: error.code, message: error.message } });
  }

  private async move(event: AgentEvent, patch: StatePatch = {}): Promise<void> {
    const previous = this.options.store.current.state;
    const saved = await this.options.store.transition(event, patch);
    this.options.logger.info(`state ${saved.state}`, { event, releaseId: saved.releaseId, ...(saved.error && saved.state !== 'CHECKING' ? { code: saved.error.code } : {}) });
    this.options.onState?.(saved.state, previous, saved.releaseId ?? '');
    await this.report();
  }

  private async report(message?: string): Promise<void> {
    const saved = this.options.store.current;
    const downloading = saved.state === 'DOWNLOADING' || saved.state === 'VERIFYING';
    const status: StatusInput = {
      state: saved.state,
      outcome: saved.outcome,
      releaseId: saved.releaseId,
      targetVersion: this.tryManifest()?.version,
      installed: this.installed,
      error: saved.error,
      hardware: this.options.hardware,
      ...(downloading ? { bytesDone: this.bytes.done, bytesTotal: this.bytes.total } : {}),
      ...(message === undefined ? {} : { message }),
    };
    try {
      await this.options.report(status);
    } catch (err) {
      // A status that cannot be persisted must not stop the update itself.
      this.options.logger.warn('status not recorded', { reason: (err as Error).message });
    }
  }

  private result(): UpdateResult {
    const saved = this.options.store.current;
    const manifest = this.tryManifest();
    const result: UpdateResult = { outcome: saved.outcome ?? 'failed', releaseId: saved.releaseId ?? '', product: manifest?.product ?? '', version: manifest?.version ?? '' };
    if (saved.error) result.error = new OtaError(saved.error.code, saved.error.message);
    return result;
  }

  /** Switched in, to be committed by the agent the launcher starts next. */
  private restartResult(): UpdateResult {
    const manifest = this.tryManifest();
    this.options.logger.info('restarting the agent to run the new one', { releaseId: this.options.store.current.releaseId });
    return { outcome: 'stopped', releaseId: this.options.store.current.releaseId ?? '', product: manifest?.product ?? '', version: manifest?.version ?? '', restart: true };
  }

  private manifest(ref: ReleaseRef): ReleaseManifest {
    return savedManifest(ref.signedManifest);
  }

  private components(ref: ReleaseRef) {
    return componentsNamed(this.manifest(ref), this.options.store.current.components ?? []);
  }

  /** The manifest for reporting, but only once it passed verification (never before CHECKING succeeded). */
  private tryManifest(): ReleaseManifest | undefined {
    const saved = this.options.store.current;
    const trusted = saved.components !== undefined || saved.outcome === 'current' || saved.outcome === 'installed';
    if (!trusted || saved.signedManifest === undefined) return undefined;
    try {
      return savedManifest(Buffer.from(saved.signedManifest, 'base64'));
    } catch {
      return undefined;
    }
  }
}
