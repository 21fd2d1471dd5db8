// Drives the real otacast CLIs for benchmarks: a server on a free port, a
// signing key, devices, releases; the agent under /usr/bin/time for peak RSS.
import { spawnSync } from 'node:child_process';
import { spawnTracked, track } from './children.mjs';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { generateSigningKeyPair } from '@otacast/shared';
import { ApiClient } from '@otacast/broker';
import { join } from 'node:path';
import { phaseRecorder } from './agent-phases.mjs';
import { agentBin, otacastBin, repoRoot, spawnServer } from '../../scripts/lib/serve.mjs';

export { repoRoot, otacastBin, agentBin };
const quietEnv = { ...process.env, OTACAST_LOG_LEVEL: 'warn' };

export function cli(args) {
  const result = spawnSync(process.execPath, [otacastBin, ...args], { encoding: 'utf8', env: quietEnv, maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`otacast ${args[0]} exited ${result.status}: ${result.stderr}`);
  return { last: result.stdout.trim().split('\n').at(-1) ?? '', stderr: result.stderr };
}

/** `otacast serve` through scripts/lib/serve.mjs, tracked so a failed scenario ends it; stop() resolves once it has exited. */
export async function startServer(dataDir, { nodeFlags = [], serveArgs = [] } = {}) {
  const server = await spawnServer(dataDir, { nodeFlags, serveArgs: ['--max-packet', String(8 << 20), ...serveArgs], wrap: track });
  const { child, url, token } = server;
  return { child, url, token, pid: child.pid, admin: ['--url', url, '--token', token], stop: () => server.stop() };
}

// Async variants: the bench process must keep its event loop running (an
// in-process counting proxy sits between these children and the server).

function exitOf(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? child.signalCode);
  return new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? signal)));
}

/** Runs `otacast ARGS` without blocking; resolves with its last stdout line and wall seconds. */
export async function cliAsync(args, { nodeFlags = [], timeoutMs = 600_000 } = {}) {
  const started = process.hrtime.bigint();
  const child = spawnTracked(process.execPath, [...nodeFlags, otacastBin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: quietEnv }, timeoutMs);
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const code = await exitOf(child);
  if (code !== 0) throw new Error(`otacast ${args[0]} exited ${code}: ${err.slice(-2000)}`);
  return { last: out.trim().split('\n').at(-1) ?? '', stderr: err, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

/**
 * Runs the agent (`bin`, default the repository's) with --once without
 * blocking; wall seconds, when it was spawned (epoch ms), peak RSS in MiB
 * (GNU time when present) and when each agent state was entered (epoch ms; the
 * agent logs at info for this). `nodeFlags` e.g. ['--cpu-prof', '--cpu-prof-dir', DIR].
 */
export async function runAgent(args, { nodeFlags = [], timeoutMs = 600_000, bin = agentBin } = {}) {
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'OTACAST_TIME %M %e'] : [];
  const cmd = [...time, process.execPath, ...nodeFlags, bin, ...args, '--once'];
  const startedAtMs = Date.now();
  const started = process.hrtime.bigint();
  const child = spawnTracked(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: { ...quietEnv, OTACAST_LOG_LEVEL: 'info' } }, timeoutMs);
  const phases = phaseRecorder();
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => {
    phases.feed(String(d));
    err = (err + d).slice(-20_000);
  });
  const code = await exitOf(child);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0) throw new Error(`agent exited ${code}: ${err.slice(-2000)}`);
  const match = err.match(/OTACAST_TIME (\d+) ([\d.]+)/);
  return { seconds, startedAtMs, peakRssMiB: match ? Number(match[1]) / 1024 : NaN, stdout: out.trim(), entered: phases.entered };
}

/**
 * One server with a signing key, for a scenario: add devices, publish
 * releases, run an agent per device (state kept across updates, so the second
 * update of a device is a delta from the first). Key and devices are made
 * in-process (a CLI start costs ~1 s on a loaded machine); publishing and
 * updating go through the real CLIs, which is what is measured.
 */
export async function benchServer(work, { product: defaultProduct = 'bench', nodeFlags, serveArgs } = {}) {
  const server = await startServer(join(work, 'server'), { nodeFlags, serveArgs });
  const keys = join(work, 'keys');
  mkdirSync(keys, { recursive: true });
  const pair = generateSigningKeyPair();
  writeFileSync(join(keys, 'signing.key'), pair.privatePem, { mode: 0o600 });
  writeFileSync(join(keys, 'signing.pub'), pair.publicPem);
  const api = await ApiClient.connect({ url: server.url, token: server.token, timeoutMs: 120_000 });
  const devices = new Map();
  return {
    ...server,
    product: defaultProduct,
    keys,
    trust: join(keys, 'signing.pub'),
    api,
    async addDevice(id, { product = defaultProduct } = {}) {
      const token = await api.addDevice(id, product);
      devices.set(id, { token, product });
      return token;
    },
    /** `components`: ['name=path:type', ...]; `url` may point at a proxy. */
    publish(version, components, { url = server.url, nodeFlags, product = defaultProduct } = {}) {
      return cliAsync(['publish', '--product', product, '--version', version, '--key', join(keys, 'signing.key'), ...components, '--url', url, '--token', server.token], { nodeFlags });
    },
    /** The agent's arguments for device `id` (its state and root under the scenario's work dir), without --once. */
    agentArgs(id, { url = server.url } = {}) {
      const dir = join(work, 'devices', id);
      mkdirSync(join(dir, 'root'), { recursive: true });
      const { token, product } = devices.get(id);
      return ['--url', url, '--id', id, '--token', token, '--product', product, '--trust', join(keys, 'signing.pub'), '--state', join(dir, 'state'), '--root', join(dir, 'root')];
    },
    /** Applies the current release on device `id` through `url` (default: straight to the server). */
    update(id, { url = server.url, nodeFlags, timeoutMs, bin } = {}) {
      return runAgent(this.agentArgs(id, { url }), { nodeFlags, ...(timeoutMs ? { timeoutMs } : {}), ...(bin ? { bin } : {}) });
    },
    async stop() {
      await api.close().catch(() => undefined);
      await server.stop();
    },
  };
}

/** The TCP port of an mqtt:// or http:// URL. */
export function portOf(url) {
  return Number(new URL(url).port);
}
