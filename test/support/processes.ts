import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const otacastBin = join(repoRoot, 'broker', 'bin', 'otacast.js');
export const agentBin = join(repoRoot, 'client', 'bin', 'otacast-agent.js');

export interface RunResult {
  code: number | null;
  /** The signal that ended the process, null when it exited. */
  signal: NodeJS.Signals | null;
  /** True when `run` itself killed the process for taking longer than `timeoutMs`. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** The last non-empty stdout line: where the CLIs print their result. */
  lastLine: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  timeoutMs?: number;
  cwd?: string;
}

/** Runs a CLI to completion as a real child process. */
export async function run(bin: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, OTACAST_LOG_LEVEL: process.env['OTACAST_LOG_LEVEL'] ?? 'info', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 60_000);
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  clearTimeout(timer);
  const lines = stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  return { code, signal, timedOut, stdout, stderr, lastLine: lines.at(-1) ?? '' };
}

export const otacast = (args: string[], options?: RunOptions) => run(otacastBin, args, options);
export const agent = (args: string[], options?: RunOptions) => run(agentBin, args, options);

/** A long-running child whose output is collected and can be waited on. */
export class Background {
  stdout = '';
  stderr = '';
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;

  constructor(bin: string, args: string[], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d: Buffer) => (this.stdout += d.toString()));
    this.child.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.exited = once(this.child, 'close').then(([code]) => code as number | null);
  }

  /** Resolves with the first output match of `pattern`, or rejects on exit/timeout. */
  async waitFor(pattern: RegExp, timeoutMs = 30_000): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = (this.stdout + this.stderr).match(pattern);
      if (match) return match;
      if (this.child.exitCode !== null) throw new Error(`process exited (${this.child.exitCode}) before ${pattern}:\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }
}
