import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createHash } from 'node:crypto';
import { readFile, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { agentBin, repoRoot } from './processes.js';

/**
 * kill -9 for the agent: runs `otacast-agent --once` as a real process and
 * SIGKILLs it at a chosen point of the update (a state it logged, plus a
 * delay, or any condition the caller polls), like a power cut. Then the
 * caller checks what is on disk and starts it again.
 */
export type KillPoint = 'download' | 'verify' | 'install' | 'commit';

/** The log line (`state X`) that opens each point: the state is saved before it is logged and acted on. */
const STATE_OF: Record<KillPoint, string> = {
  download: 'DOWNLOADING',
  verify: 'VERIFYING',
  install: 'INSTALLING',
  commit: 'AWAITING_COMMIT',
};

export const KILL_POINTS: readonly KillPoint[] = ['download', 'verify', 'install', 'commit'];

export interface AgentExit {
  /** Exit code; null when killed. */
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  /** States the agent logged entering, in order. */
  states: string[];
}

export class AgentUnderTest {
  readonly child: ChildProcess;
  stdout = '';
  stderr = '';
  readonly states: string[] = [];
  private killed = false;
  private readonly closed: Promise<unknown>;
  private readonly stateListeners = new Set<(state: string) => void>();
  private pending = '';

  constructor(args: readonly string[], env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [agentBin, ...args], {
      cwd: repoRoot,
      env: { ...process.env, OTACAST_LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.closed = once(this.child, 'close');
    this.child.stdout?.on('data', (d: Buffer) => (this.stdout += d.toString()));
    this.child.stderr?.on('data', (d: Buffer) => this.onStderr(d.toString()));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGKILL now (no-op once it exited). */
  kill(): void {
    if (!this.running) return;
    this.killed = true;
    this.child.kill('SIGKILL');
  }

  /** SIGKILL `delayMs` after the agent logs entering the point's state; resolves whether that state was reached. */
  killAt(point: KillPoint, delayMs: number): Promise<boolean> {
    const wanted = STATE_OF[point];
    return new Promise((resolve) => {
      const fire = () => {
        this.stateListeners.delete(onState);
        if (delayMs <= 0) this.kill();
        else setTimeout(() => this.kill(), delayMs);
        resolve(true);
      };
      const onState = (state: string) => {
        if (state === wanted) fire();
      };
      if (this.states.includes(wanted)) return fire();
      this.stateListeners.add(onState);
      void this.closed.then(() => {
        if (this.stateListeners.delete(onState)) resolve(false);
      });
    });
  }

  /** Polls `condition` every 5 ms and SIGKILLs when it holds; resolves whether it did before the exit. */
  async killWhen(condition: () => boolean | Promise<boolean>): Promise<boolean> {
    while (this.running) {
      if (await condition()) {
        this.kill();
        return true;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    return false;
  }

  async exit(timeoutMs = 180_000): Promise<AgentExit> {
    const timer = setTimeout(() => this.kill(), timeoutMs);
    await this.closed;
    clearTimeout(timer);
    return { code: this.child.exitCode, killed: this.killed, stdout: this.stdout, stderr: this.stderr, states: [...this.states] };
  }

  private onStderr(text: string): void {
    this.stderr += text;
    const lines = (this.pending + text).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) {
      // Entering a state, or re-entering the saved one after a restart.
      const match = /"message":"state ([A-Z_]+)"/.exec(line) ?? (line.includes('"message":"resuming interrupted update"') ? /"state":"([A-Z_]+)"/.exec(line) : null);
      if (!match) continue;
      const state = match[1] as string;
      this.states.push(state);
      for (const listener of [...this.stateListeners]) listener(state);
    }
  }
}

/** What the agent's `STATE/state.json` said: read right after a kill, where the kill really landed. */
export interface SavedAgentState {
  /** An agent state (`DOWNLOADING`...), or `NONE` when there is no readable state file. */
  state: string;
  releaseId: string;
  outcome: string;
}

/**
 * The state the agent had saved when it died. It saves a state before acting
 * on it, so this is the step the kill interrupted; `IDLE` with the outcome
 * `installed` for the release means the update was over before the kill.
 */
export async function savedAgentState(stateDir: string): Promise<SavedAgentState> {
  try {
    const raw = JSON.parse(await readFile(join(stateDir, 'state.json'), 'utf8')) as { state?: unknown; releaseId?: unknown; outcome?: unknown };
    return { state: typeof raw.state === 'string' ? raw.state : 'NONE', releaseId: typeof raw.releaseId === 'string' ? raw.releaseId : '', outcome: typeof raw.outcome === 'string' ? raw.outcome : '' };
  } catch {
    return { state: 'NONE', releaseId: '', outcome: '' };
  }
}

/** Whether a kill found the update of `releaseId` still under way (not yet installed, nor ended otherwise). */
export function landedBeforeInstalled(saved: SavedAgentState, releaseId: string): boolean {
  return saved.state !== 'IDLE' && saved.state !== 'NONE' && saved.releaseId === releaseId;
}

export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** sha256 hex of a file, undefined when it does not exist. */
export async function fileDigest(path: string): Promise<string | undefined> {
  try {
    return sha256Hex(await readFile(path));
  } catch {
    return undefined;
  }
}

/** What one installed component looks like on disk after a kill. */
export type Intactness = 'old' | 'new' | 'corrupt';

/** A `file` component: the target must be byte-for-byte one of the two versions. */
export async function fileIntact(path: string, oldDigest: string | undefined, newDigest: string): Promise<Intactness> {
  const digest = await fileDigest(path);
  if (digest === newDigest) return 'new';
  if (digest === oldDigest) return 'old';
  return 'corrupt';
}

/**
 * An `archive` component: `current` must point at a release directory whose
 * marker file holds the version it is named after, with exactly the content
 * of that version (`contentDigests`: version → sha256 of `payload`).
 */
export async function archiveIntact(base: string, oldVersion: string | undefined, newVersion: string, contentDigests: Record<string, string>): Promise<Intactness> {
  let target: string;
  try {
    target = await readlink(join(base, 'current'));
  } catch {
    return oldVersion === undefined ? 'old' : 'corrupt';
  }
  const version = (await readFile(join(base, 'current', 'VERSION'), 'utf8').catch(() => '')).trim();
  const digest = await fileDigest(join(base, 'current', 'payload'));
  if (!target.startsWith(`releases/${version}`) || digest === undefined || digest !== contentDigests[version]) return 'corrupt';
  if (version === newVersion) return 'new';
  if (version === oldVersion) return 'old';
  return 'corrupt';
}
