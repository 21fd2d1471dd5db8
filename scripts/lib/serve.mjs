// Starts `otacast serve` as a child process and waits for its "listening"
// line: the one way the tests, the demo and the benchmarks run a server
// (test/support/server.ts and bench/lib/otacast-setup.mjs wrap this).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const otacastBin = join(repoRoot, 'broker', 'bin', 'otacast.js');
export const agentBin = join(repoRoot, 'client', 'bin', 'otacast-agent.js');

/** How long stop() waits after its signal before SIGKILL. */
const STOP_GRACE_MS = 5_000;

/**
 * `otacast serve --data DIR --port 0 ...serveArgs`, logging at `logLevel`.
 * `wrap(child)` lets the caller track the child (e.g. kill it on Ctrl-C);
 * `stderr` receives the server's log output as it comes, and the last
 * `keepLogBytes` of it stay readable as `server.stderr`. Rejects when the
 * server exits, or says nothing about listening within `timeoutMs`.
 * Resolves with the child, its mqtt:// URL and port, the admin token it
 * wrote, and stop(signal) which resolves once the child has exited.
 */
export async function spawnServer(dataDir, { serveArgs = [], nodeFlags = [], logLevel = 'warn', wrap = (child) => child, stderr, keepLogBytes = 20_000, timeoutMs = 60_000 } = {}) {
  // A worker (--broker) opens no listener and refuses --port.
  const args = [...nodeFlags, otacastBin, 'serve', '--data', dataDir, ...(serveArgs.includes('--broker') ? [] : ['--port', '0']), ...serveArgs];
  const child = wrap(spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OTACAST_LOG_LEVEL: logLevel } }));
  const exited = new Promise((resolve) => child.once('close', (code, signal) => resolve(code ?? signal)));
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out = (out + d).slice(-keepLogBytes)));
  child.stderr.on('data', (d) => {
    err = (err + d).slice(-keepLogBytes);
    stderr?.(d);
  });
  let timer;
  // With --http-port the server prints a second line for HTTP: wait for both.
  const withHttp = serveArgs.includes('--http-port');
  const url = await new Promise((resolve, reject) => {
    const onData = () => {
      const match = out.match(/listening.*?(mqtts?:\/\/\S+)/); // the first listener: plain, or TLS with --no-plain
      if (match && (!withHttp || /http listening on http:\/\//.test(out))) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    exited.then((code) => reject(new Error(`otacast serve exited (${code}) before listening:\n${err}`)));
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`otacast serve did not listen within ${timeoutMs} ms:\n${out}\n${err}`));
    }, timeoutMs);
  }).finally(() => clearTimeout(timer));
  const token = readFileSync(join(dataDir, 'admin.token'), 'utf8').trim();

  async function stop(signal = 'SIGTERM') {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(kill);
  }

  return {
    child,
    url,
    httpUrl: out.match(/http listening on (http:\/\/\S+)/)?.[1],
    port: Number(new URL(url).port),
    token,
    exited,
    stop,
    get stdout() {
      return out;
    },
    get stderr() {
      return err;
    },
  };
}
