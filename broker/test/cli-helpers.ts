import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  stop(): Promise<number | null>;
}

/** `otacast serve --data DIR --port 0`, resolved once it prints its listening line. */
export async function serve(dataDir: string): Promise<ServeProcess> {
  const child = spawn(process.execPath, [otacastBin, 'serve', '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, 'close').then(([code]) => code as number | null);
  const deadline = Date.now() + 30_000;
  let url: string | undefined;
  while (!url) {
    url = /listening.*?(mqtt:\/\/\S+:\d+)/.exec(stdout)?.[1];
    if (url) break;
    if (child.exitCode !== null) throw new Error(`serve exited ${child.exitCode}:\n${stderr}`);
    if (Date.now() > deadline) throw new Error(`serve did not start:\n${stdout}\n${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const adminToken = (await readFile(join(dataDir, 'admin.token'), 'utf8')).trim();
  return {
    url,
    adminToken,
    child,
    stdout: () => stdout,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

export async function tempDir(): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'otacast-broker-test-'));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}
