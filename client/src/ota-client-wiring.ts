import type { Logger, TlsFiles, TrustedKey } from '@otacast/shared';
import { ArtifactStore } from './assemble/artifact-store.js';
import { Downloader, type DownloadProgress } from './assemble/downloader.js';
import { PatchDownload } from './delta/patch-download.js';
import type { WindowOptions } from './fetch/congestion-window.js';
import type { RttOptions } from './fetch/rtt-estimator.js';
import { defaultInstallers, type InstallerRegistry } from './install/index.js';
import { InstalledStore, type InstalledRelease } from './install/installed.js';
import type { BackoffOptions } from './link/backoff.js';
import { DeviceLink } from './link/device-link.js';
import { Outbox } from './link/outbox.js';
import { MqttTransport } from './link/transport.js';
import { alwaysHealthy, commandHealthCheck, type HealthCheck } from './update/health-check.js';
import type { AgentState } from './update/state-machine.js';
import { StateStore } from './update/state-store.js';
import { buildStatus } from './update/status.js';
import { UpdateRunner } from './update/update-runner.js';
import { UpdateSteps } from './update/update-steps.js';
import { TrustStore } from './update/trust-store.js';
import type { CancelScope } from './update/cancel-scope.js';
import type { InstallWindow } from './update/install-window.js';

export interface OtaClientOptions {
  url: string;
  deviceId: string;
  token: string;
  product: string;
  /** Default 'stable'. */
  channel?: string;
  /** Pinned publisher keys (`loadTrustedKey`); a manifest must be signed by one of them (or of the keyring's). */
  trustedKeys: readonly TrustedKey[];
  /** Pinned root key: publisher keys also come from the root-signed keyring on the trust topic (trust-store.ts). */
  trustRoot?: TrustedKey;
  /** Agent state: state.json, installed.json, outbox.json, downloads/, artifacts/. */
  stateDir: string;
  /** Directory installers write under. */
  rootDir: string;
  hardware?: string;
  /** Shell command run after activation; non-zero or timeout rolls back. */
  healthCommand?: string;
  /** Default 30 000. */
  healthTimeoutMs?: number;
  /** Hook replacing the health command. */
  healthCheck?: HealthCheck;
  /** Installers by component type (default: `createInstallers()`: file, archive, image without boot hook, command). */
  installers?: InstallerRegistry;
  logger?: Logger;
  /** Restarts tolerated in one update state before rolling back (default 3). */
  maxRestarts?: number;
  /** A release rolled back on this device that may be tried once more (`--retry-release`); otherwise it is not tried again. */
  retryRelease?: string;
  download?: { window?: WindowOptions; rtt?: RttOptions; maxCorruptPerBlob?: number; maxTimeoutsPerRange?: number };
  /** `tls`: for mqtts:// URLs, the CA to trust instead of the system store and the device's certificate (mTLS). */
  connection?: { keepaliveS?: number; connectTimeoutMs?: number; backoff?: BackoffOptions; tls?: TlsFiles };
  /** How long after an announcement to wait for a newer one before acting (default 300 ms). */
  settleMs?: number;
  /** Switch verified releases in only inside this local-time window (`--install-window`); `now` defaults to the real clock. */
  installWindow?: { window: InstallWindow; now?: () => Date };
}

export const channelOf = (options: OtaClientOptions): string => options.channel ?? 'stable';

/** The parts OtaClient drives once the state directory is open. */
export interface ClientParts {
  store: StateStore;
  outbox: Outbox;
  link: DeviceLink;
  runner: UpdateRunner;
  installedStore: InstalledStore;
  trust: TrustStore;
}

/** What the parts report back to the client (its events) and obey (its stop). */
export interface ClientHooks {
  logger: Logger;
  /** Stop (the client's) and cancel (a withdrawn assignment) for every part. */
  scope: CancelScope;
  onProgress(progress: DownloadProgress): void;
  onState(state: AgentState, previous: AgentState, releaseId: string): void;
  onInstalled(installed: InstalledRelease): void;
}

/**
 * Gives `options` a `signal` that is read anew each time: parts look at it
 * when they start work, so after a cancel each sees the scope's fresh one.
 */
function withScopeSignal<T extends object>(options: T, scope: CancelScope): T & { readonly signal: AbortSignal } {
  return Object.defineProperty(options, 'signal', { get: () => scope.signal, enumerable: true }) as T & { readonly signal: AbortSignal };
}

/** The connection, built with the client so that it hears announcements from its first connect. */
export function buildTransport(options: OtaClientOptions, logger: Logger): MqttTransport {
  const { url, deviceId, token, product } = options;
  return new MqttTransport({ ...options.connection, url, deviceId, token, product, channel: channelOf(options), logger, trust: options.trustRoot !== undefined });
}

/**
 * Builds every part of a client from its options, opening what lives in the
 * state directory: the saved state, the status outbox, the installed
 * release, the artifacts, and the chain download (patches, then chunks) →
 * steps → runner. Wiring only: each part's behaviour is in its own stage.
 */
export async function buildParts(options: OtaClientOptions, transport: MqttTransport, hooks: ClientHooks): Promise<ClientParts> {
  const { stateDir, rootDir } = options;
  const { logger, scope } = hooks;
  const store = await StateStore.open(stateDir);
  const trust = await TrustStore.open({ stateDir, product: options.product, pinned: options.trustedKeys, root: options.trustRoot, logger });
  if (store.recovered) logger.error(store.recovered.message, { code: store.recovered.code });
  const outbox = await Outbox.open(stateDir);
  const link = new DeviceLink(transport, outbox, logger);
  const installedStore = new InstalledStore(stateDir);
  const artifacts = new ArtifactStore(stateDir);
  const patches = new PatchDownload(withScopeSignal({ link, artifacts, installed: installedStore, logger }, scope));
  // The runner reports download progress in its statuses, but it is built last (from the downloader up).
  const progressTo: { runner?: UpdateRunner } = {};
  const downloader = new Downloader(withScopeSignal({
    stateDir,
    link,
    artifacts,
    logger,
    patches,
    ...(options.download ? { fetcher: options.download } : {}),
    onProgress: (progress) => {
      progressTo.runner?.setProgress(progress.bytesDone, progress.bytesTotal);
      hooks.onProgress(progress);
    },
  }, scope));
  const healthCheck = options.healthCheck ?? (options.healthCommand ? commandHealthCheck(options.healthCommand, options.healthTimeoutMs ?? 30_000, logger) : alwaysHealthy);
  const steps = new UpdateSteps({
    product: options.product,
    channel: channelOf(options),
    hardware: options.hardware,
    rootDir,
    trust,
    installedStore,
    artifacts,
    downloader,
    installers: options.installers ?? defaultInstallers,
    healthCheck,
    logger,
  });
  const runner = new UpdateRunner({
    store,
    steps,
    installedStore,
    logger,
    hardware: options.hardware,
    scope,
    ...(options.maxRestarts !== undefined ? { maxRestarts: options.maxRestarts } : {}),
    ...(options.retryRelease !== undefined ? { retryRelease: options.retryRelease } : {}),
    ...(options.installWindow ? { installWindow: { window: options.installWindow.window, now: options.installWindow.now ?? (() => new Date()) } } : {}),
    report: (status) => link.sendStatus(buildStatus(status)),
    onState: hooks.onState,
    onInstalled: hooks.onInstalled,
  });
  progressTo.runner = runner;
  return { store, outbox, link, runner, installedStore, trust };
}
