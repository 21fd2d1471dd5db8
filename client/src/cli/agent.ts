import { mkdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { OtaError, createLogger, loadTrustedKey, lockDir, logLevelOf, packageVersion, readTlsFiles, toOtaError, type DirLock, type Logger } from '@otacast/shared';
import { OtaClient } from '../ota-client.js';
import { commandBootHook, createInstallers, type AgentConfig, type InstallersConfig } from '../install/index.js';
import { parseAgentArgs, type AgentOptions } from './agent-options.js';
import { installWindowClock } from '../update/install-window.js';
import { EXIT_RESTART, LAUNCHER_ENV, runLauncher } from './launcher.js';

/** Exit codes of the CLI contract. */
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const STATUS_FLUSH_MS = 3_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

interface Output {
  write(text: string): unknown;
}

/** Where the agent writes and what it reads besides its arguments; each defaults to the process's own. */
export interface AgentIo {
  stdout?: Output;
  stderr?: Output;
  env?: Readonly<Record<string, string | undefined>>;
  /** The agent's log (default: a line logger on stderr). */
  logger?: Logger;
  /** Stops a daemon as SIGINT and SIGTERM do (for callers in the same process). */
  stop?: AbortSignal;
  /** The file this agent runs from (default process.argv[1]): what --launcher starts while no agent bundle is installed. */
  bundle?: string;
}

/**
 * otacast-agent, given the arguments after the program name; resolves with
 * the exit code: 0 success, 1 operational failure, 2 bad usage. stdout
 * carries only the result line of `--once`
 * (`installed|current <product> <version> <releaseId>`); logs and the one
 * `OTA_E_CODE: message` line of a failure go to stderr. Without `--once` it
 * runs until SIGINT or SIGTERM (or `io.stop`), then resolves with 0.
 */
export async function run(argv: readonly string[], io: AgentIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const fail = (error: OtaError, exitCode: number): number => {
    stderr.write(`${error.toLine().replace(/\s*\n\s*/g, ' ')}\n`);
    return exitCode;
  };
  let options: AgentOptions;
  let level: string;
  try {
    options = parseAgentArgs(argv, { writeOut: (text) => stdout.write(text), ...(io.env ? { env: io.env } : {}) });
    level = logLevelOf(options.logLevel, io.env ?? process.env);
  } catch (err) {
    if (!(err instanceof CommanderError)) {
      const error = toOtaError(err);
      return fail(error, error.code === 'OTA_E_USAGE' ? EXIT_USAGE : EXIT_FAILURE);
    }
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT_OK;
    return fail(new OtaError('OTA_E_USAGE', err.message.replace(/^error: /, '')), EXIT_USAGE);
  }
  const env = io.env ?? process.env;
  const bundle = io.bundle ?? process.argv[1] ?? '';
  const launchedBy = env[LAUNCHER_ENV];
  if (options.launcher && launchedBy === undefined) {
    const logger = (io.logger ?? createLogger({ name: 'launcher', level })).child({ deviceId: options.id });
    try {
      return await runLauncher({ argv, stateDir: options.state, self: bundle, once: options.once, commitTimeoutMs: options.agentCommitTimeout * 1000, logger, env, stop: io.stop });
    } catch (err) {
      return fail(toOtaError(err), EXIT_FAILURE);
    }
  }
  const logger = (io.logger ?? createLogger({ name: 'agent', level })).child({ deviceId: options.id });
  let client: OtaClient;
  let lock: DirLock | undefined;
  try {
    lock = await lockStateDir(options.state);
    const agent = launchedBy === undefined ? undefined : await agentConfig(options, bundle, launchedBy, () => client);
    if (agent !== undefined) logger.info('agent started by the launcher', { version: packageVersion(), bundle: agent.running });
    client = await createClient(options, logger, agent);
  } catch (err) {
    await lock?.release();
    const error = toOtaError(err);
    return fail(error, error.code === 'OTA_E_USAGE' ? EXIT_USAGE : EXIT_FAILURE);
  }
  try {
    return await runClient(client, options, logger, { stdout, stop: io.stop, fail });
  } finally {
    await lock.release();
  }
}

/** One agent per state directory: a second one fails at once, naming the first (`OTA_E_STATE_DIR_IN_USE`). */
async function lockStateDir(stateDir: string): Promise<DirLock> {
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  return lockDir(stateDir, {
    file: 'agent.lock',
    inUse: (pid) =>
      new OtaError('OTA_E_STATE_DIR_IN_USE', `${stateDir} is used by another otacast-agent (pid ${pid}); stop it, or give this agent its own --state`, {
        details: { stateDir, pid },
      }),
  });
}

interface RunIo {
  stdout: Output;
  stop: AbortSignal | undefined;
  fail: (error: OtaError, exitCode: number) => number;
}

/** The agent's work once its client exists: --once, or the daemon. */
async function runClient(client: OtaClient, options: AgentOptions, logger: Logger, { stdout, stop, fail }: RunIo): Promise<number> {
  try {
    logProgress(client, logger);
    if (!options.once) return await daemon(client, logger, stop);
    const result = await client.runOnce({ waitReleaseMs: options.waitRelease * 1000 });
    await client.flushStatus(STATUS_FLUSH_MS);
    await client.stop();
    if (result.restart) return EXIT_RESTART;
    if (result.outcome === 'installed' || result.outcome === 'current') {
      stdout.write(`${result.outcome} ${result.product} ${result.version} ${result.releaseId}\n`);
      return EXIT_OK;
    }
    return fail(result.error ?? new OtaError('OTA_E_INTERNAL', `update ended ${result.outcome}`), EXIT_FAILURE);
  } catch (err) {
    await client.stop().catch(() => undefined);
    return fail(toOtaError(err), EXIT_FAILURE);
  }
}

/**
 * Started by the launcher: `agent` components can be installed, into
 * {state}/agent, and committed by the new agent once it is connected.
 * `client` is read only when the installer asks, after it exists.
 */
async function agentConfig(options: AgentOptions, bundle: string, fallback: string, client: () => OtaClient | undefined): Promise<AgentConfig> {
  const timeoutMs = options.healthTimeout * 1000;
  return {
    dir: join(options.state, 'agent'),
    running: await realpath(bundle),
    fallback,
    connected: (ms) => client()?.waitConnected(ms) ?? Promise.resolve(false),
    connectTimeoutMs: timeoutMs,
  };
}

async function createClient(options: AgentOptions, logger: Logger, agent: AgentConfig | undefined): Promise<OtaClient> {
  if (options.trust === undefined && options.trustRoot === undefined) throw new OtaError('OTA_E_USAGE', 'give --trust PUB (a publisher key) or --trust-root ROOT.pub (or both)');
  const trustedKeys = await Promise.all((options.trust ?? []).map((path) => loadTrustedKey(path)));
  const trustRoot = options.trustRoot === undefined ? undefined : await loadTrustedKey(options.trustRoot);
  const tls = await readTlsFiles(options);
  await mkdir(options.root, { recursive: true });
  return new OtaClient({
    url: options.url,
    deviceId: options.id,
    token: options.token,
    product: options.product,
    channel: options.channel,
    trustedKeys,
    ...(trustRoot !== undefined ? { trustRoot } : {}),
    stateDir: options.state,
    rootDir: options.root,
    healthTimeoutMs: options.healthTimeout * 1000,
    installers: createInstallers({ ...installersConfig(options, logger), ...(agent !== undefined ? { agent } : {}) }),
    logger,
    ...(options.hardware !== undefined ? { hardware: options.hardware } : {}),
    ...(options.retryRelease !== undefined ? { retryRelease: options.retryRelease } : {}),
    ...(options.healthCmd !== undefined ? { healthCommand: options.healthCmd } : {}),
    connection: { tls, ...(options.keepalive !== undefined ? { keepaliveS: Math.max(1, Math.round(options.keepalive)) } : {}) },
    ...(options.installWindow !== undefined ? { installWindow: { window: options.installWindow, now: installWindowClock() } } : {}),
  });
}

function installersConfig(options: AgentOptions, logger: Logger): InstallersConfig {
  return {
    timeoutMs: options.commandTimeout * 1000,
    ...(options.bootHook !== undefined ? { bootHook: commandBootHook(options.bootHook, options.commandTimeout * 1000, logger) } : {}),
    ...(options.slotA !== undefined ? { slotA: options.slotA } : {}),
    ...(options.slotB !== undefined ? { slotB: options.slotB } : {}),
  };
}

/** Progress in the log: at most every 5 s, plus the end. */
function logProgress(client: OtaClient, logger: Logger): void {
  let lastMs = 0;
  client.on('progress', ({ releaseId, bytesDone, bytesTotal }) => {
    const now = Date.now();
    if (now - lastMs < 5_000 && bytesDone < bytesTotal) return;
    lastMs = now;
    logger.info('download progress', { releaseId, bytesDone, bytesTotal, percent: bytesTotal > 0 ? Math.floor((100 * bytesDone) / bytesTotal) : 100 });
  });
}

/** Applies each new release until a stop signal; then flushes the statuses and disconnects. */
async function daemon(client: OtaClient, logger: Logger, stop: AbortSignal | undefined): Promise<number> {
  client.on('error', () => undefined); // failures are logged by the client; the agent keeps running
  client.on('installed', (installed) => logger.info('installed', { releaseId: installed.releaseId, version: installed.version }));
  let onStop: (signal: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => (onStop = resolve));
  let restart = false;
  client.on('restart', () => {
    restart = true;
    onStop('restart');
  });
  const onAbort = () => onStop('stop');
  // Listening until the end: a second signal while stopping must not kill the agent before its statuses are flushed.
  for (const signal of STOP_SIGNALS) process.on(signal, onStop);
  stop?.addEventListener('abort', onAbort, { once: true });
  if (stop?.aborted) onAbort();
  try {
    await client.start();
    logger.info('stopping', { signal: await stopped });
    await client.flushStatus(STATUS_FLUSH_MS);
    await client.stop();
    return restart ? EXIT_RESTART : EXIT_OK;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onStop);
    stop?.removeEventListener('abort', onAbort);
  }
}
