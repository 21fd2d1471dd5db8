import { mkdir } from 'node:fs/promises';
import { CommanderError } from 'commander';
import { OtaError, createLogger, loadTrustedKey, toOtaError, type Logger } from '@otacast/shared';
import { OtaClient } from '../ota-client.js';
import { commandBootHook, createInstallers, type InstallersConfig } from '../install/index.js';
import type { UpdateResult } from '../update/update-runner.js';
import { parseAgentArgs, type AgentOptions } from './agent-options.js';

/**
 * otacast-agent. stdout carries only the result line of `--once`
 * (`installed|current <product> <version> <releaseId>`); logs and the one
 * `OTA_E_CODE: message` line of a failure go to stderr.
 * Exit codes: 0 success, 1 operational failure, 2 bad usage.
 */
const STATUS_FLUSH_MS = 3_000;

function fail(error: OtaError, exitCode: number): never {
  process.stderr.write(`${error.toLine()}\n`);
  process.exit(exitCode);
}

function parse(): AgentOptions {
  try {
    return parseAgentArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') process.exit(0);
      fail(new OtaError('OTA_E_USAGE', err.message.replace(/^error: /, '')), 2);
    }
    throw err;
  }
}

async function createClient(options: AgentOptions, logger: Logger): Promise<OtaClient> {
  const trustedKeys = await Promise.all(options.trust.map((path) => loadTrustedKey(path)));
  await mkdir(options.root, { recursive: true });
  return new OtaClient({
    url: options.url,
    deviceId: options.id,
    token: options.token,
    product: options.product,
    channel: options.channel,
    trustedKeys,
    stateDir: options.state,
    rootDir: options.root,
    healthTimeoutMs: options.healthTimeout * 1000,
    installers: createInstallers(installersConfig(options, logger)),
    logger,
    ...(options.hardware !== undefined ? { hardware: options.hardware } : {}),
    ...(options.healthCmd !== undefined ? { healthCommand: options.healthCmd } : {}),
    ...(options.keepalive !== undefined ? { connection: { keepaliveS: Math.max(1, Math.round(options.keepalive)) } } : {}),
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

async function once(client: OtaClient, options: AgentOptions): Promise<never> {
  const result: UpdateResult = await client.runOnce({ waitReleaseMs: options.waitRelease * 1000 });
  await client.flushStatus(STATUS_FLUSH_MS);
  await client.stop();
  if (result.outcome === 'installed' || result.outcome === 'current') {
    process.stdout.write(`${result.outcome} ${result.product} ${result.version} ${result.releaseId}\n`);
    process.exit(0);
  }
  fail(result.error ?? new OtaError('OTA_E_INTERNAL', `update ended ${result.outcome}`), 1);
}

async function daemon(client: OtaClient, logger: Logger): Promise<void> {
  client.on('error', () => undefined); // failures are logged by the client; the agent keeps running
  client.on('installed', (installed) => logger.info('installed', { releaseId: installed.releaseId, version: installed.version }));
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    void (async () => {
      await client.flushStatus(STATUS_FLUSH_MS);
      await client.stop();
      process.exit(0);
    })();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await client.start();
}

async function main(): Promise<void> {
  const options = parse();
  const logger = createLogger({ name: 'agent' }).child({ deviceId: options.id });
  let client: OtaClient;
  try {
    client = await createClient(options, logger);
  } catch (err) {
    const error = toOtaError(err);
    fail(error, error.code === 'OTA_E_USAGE' ? 2 : 1);
  }
  logProgress(client, logger);
  if (options.once) await once(client, options);
  else await daemon(client, logger);
}

main().catch((err: unknown) => fail(toOtaError(err), 1));
