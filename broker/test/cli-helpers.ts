import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnServer } from '../../scripts/lib/serve.mjs';

export const otacastBin = fileURLToPath(new URL('../bin/otacast.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Last non-empty stdout line: where commands print their result. */
  lastLine: string;
}

/** Runs `otacast ARGS` to completion as a real child process. */
export async function otacast(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [otacastBin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  const lines = stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  return { code, stdout, stderr, lastLine: lines.at(-1) ?? '' };
}

/** Error lines (`OTA_E_…: message`) a command printed on stderr. */
export function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^OTA_E_[A-Z_]+: /.test(l));
}

export interface ServeProcess {
  url: string;
  adminToken: string;
  child: ChildProcess;
  stdout(): string;
  /** Stops the server with SIGTERM; resolves with its exit code. */
  stop(): Promise<number | NodeJS.Signals | null>;
}

/** `otacast serve --data DIR --port 0` through scripts/lib/serve.mjs, resolved once it prints its listening line. */
export async function serve(dataDir: string): Promise<ServeProcess> {
  const server = await spawnServer(dataDir, { logLevel: process.env['OTACAST_LOG_LEVEL'] ?? 'info', keepLogBytes: Infinity, timeoutMs: 30_000 });
  return {
    url: server.url,
    adminToken: server.token,
    child: server.child,
    stdout: () => server.stdout,
    async stop() {
      await server.stop();
      return server.exited;
    },
  };
}

export async function tempDir(): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'otacast-broker-test-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}
