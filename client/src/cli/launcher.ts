import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { OtaError, lockDir, type Logger } from '@otacast/shared';
import { agentLayout, liveBundle, newAgentPending, switchBackAgent } from '../install/index.js';
import { Backoff } from '../link/backoff.js';

/** An agent exits with this to be started again at once: it switched in (or back) another agent bundle. */
export const EXIT_RESTART = 75;
/** Set by the launcher in each agent it starts: the launcher's own file (what runs while none is installed). */
export const LAUNCHER_ENV = 'OTACAST_LAUNCHER_BUNDLE';
/** Starts a new agent gets before the launcher gives up on it. */
export const MAX_FAILED_STARTS = 3;

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
const KILL_AFTER_MS = 15_000;
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

export interface LauncherOptions {
  /** The arguments each agent gets, unchanged (it ignores --launcher when started by one). */
  argv: readonly string[];
  stateDir: string;
  /** This launcher's own file: run as the agent while no agent bundle is installed. */
  self: string;
  once: boolean;
  /** How long a newly installed agent may run without committing. */
  commitTimeoutMs: number;
  logger: Logger;
  env: Readonly<Record<string, string | undefined>>;
  stop?: AbortSignal | undefined;
}

interface AgentExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The launcher stopped it for not committing in time. */
  timedOut: boolean;
}

/**
 * `otacast-agent --launcher`: the small, stable supervisor that is never
 * updated itself (docs/deploy.md, "Updating the agent itself"). It starts
 * the installed agent bundle ({state}/agent/current, else its own file),
 * starts it again when it exits with EXIT_RESTART (a new bundle was switched
 * in), and while a new bundle has not committed counts its exits: after
 * MAX_FAILED_STARTS, or once `commitTimeoutMs` passed, it switches `current`
 * back and starts the previous agent, which rolls the release back and
 * reports OTA_E_AGENT_START. Any other exit is restarted with a backoff,
 * except 0 and bad usage (2), which end the launcher with that code; with
 * --once the agent's exit code is the launcher's.
 */
export async function runLauncher(options: LauncherOptions): Promise<number> {
  const { stateDir } = options;
  await mkdir(stateDir, { recursive: true, mode: 0o700 });
  const lock = await lockDir(stateDir, {
    file: 'launcher.lock',
    inUse: (pid) =>
      new OtaError('OTA_E_STATE_DIR_IN_USE', `${stateDir} is used by another otacast-agent launcher (pid ${pid}); stop it, or give this one its own --state`, { details: { stateDir, pid } }),
  });
  const launcher = new Launcher(options);
  const onSignal = (signal: NodeJS.Signals) => launcher.stop(signal);
  const onAbort = () => launcher.stop('SIGTERM');
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);
  options.stop?.addEventListener('abort', onAbort, { once: true });
  if (options.stop?.aborted) onAbort();
  try {
    return await launcher.supervise();
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    options.stop?.removeEventListener('abort', onAbort);
    await lock.release();
  }
}

class Launcher {
  private readonly stopped = new AbortController();
  private child: ReturnType<typeof spawn> | undefined;
  private readonly layout;

  constructor(private readonly options: LauncherOptions) {
    this.layout = agentLayout(join(options.stateDir, 'agent'));
  }

  /** A stop signal goes on to the agent; the launcher ends when it has. */
  stop(signal: NodeJS.Signals): void {
    this.stopped.abort();
    this.child?.kill(signal);
  }

  async supervise(): Promise<number> {
    const { logger, commitTimeoutMs } = this.options;
    const crashes = new Backoff({ initialMs: 1_000, maxMs: 60_000 });
    let failedStarts = 0;
    let pendingSinceMs: number | undefined;
    for (;;) {
      if (this.stopped.signal.aborted) return EXIT_OK;
      const pending = await newAgentPending(this.layout);
      if (pending) pendingSinceMs ??= Date.now();
      else [pendingSinceMs, failedStarts] = [undefined, 0];
      const bundle = await liveBundle(this.layout, this.options.self);
      const deadlineMs = pendingSinceMs === undefined ? undefined : Math.max(0, pendingSinceMs + commitTimeoutMs - Date.now());
      logger.info('launcher starting the agent', { bundle, ...(pending ? { uncommitted: true } : {}) });
      const exit = await this.runAgent(bundle, deadlineMs);
      if (this.stopped.signal.aborted) return exit.code ?? EXIT_OK;
      if (exit.code === EXIT_RESTART) {
        crashes.reset();
        continue;
      }
      if (await newAgentPending(this.layout)) {
        failedStarts++;
        if (exit.timedOut || failedStarts >= MAX_FAILED_STARTS) {
          const why = exit.timedOut ? `did not commit within ${commitTimeoutMs / 1000} s` : `exited ${failedStarts} times before committing (last: ${describeExit(exit)})`;
          const note = await switchBackAgent(this.layout, `the new agent ${bundle} ${why}; the launcher put the previous agent back. Run the bundle by hand on the device (node ${bundle} --version) and publish a fixed release`);
          logger.error(note.message, { code: note.code });
          [pendingSinceMs, failedStarts] = [undefined, 0];
          continue;
        }
        logger.warn('the new agent exited before committing; starting it again', { bundle, exit: describeExit(exit), failedStarts, of: MAX_FAILED_STARTS });
        await this.pause(1_000 * failedStarts);
        continue;
      }
      if (this.options.once || exit.code === EXIT_OK || exit.code === EXIT_USAGE) return exit.code ?? EXIT_FAILURE;
      const inMs = crashes.next();
      logger.warn('the agent exited; starting it again', { exit: describeExit(exit), inMs });
      await this.pause(inMs);
    }
  }

  /** Runs one agent to its exit; past `deadlineMs` it is stopped (SIGTERM, then SIGKILL). */
  private runAgent(bundle: string, deadlineMs: number | undefined): Promise<AgentExit> {
    const child = spawn(process.execPath, [bundle, ...this.options.argv], {
      stdio: 'inherit',
      env: { ...this.options.env, [LAUNCHER_ENV]: this.options.self },
    });
    this.child = child;
    let timedOut = false;
    let kill: NodeJS.Timeout | undefined;
    const deadline =
      deadlineMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            kill = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
          }, deadlineMs);
    return new Promise<AgentExit>((resolve) => {
      const done = (exit: Omit<AgentExit, 'timedOut'>) => {
        clearTimeout(deadline);
        clearTimeout(kill);
        this.child = undefined;
        resolve({ ...exit, timedOut });
      };
      child.once('exit', (code, signal) => done({ code, signal }));
      child.once('error', (err) => {
        this.options.logger.error(`cannot start ${process.execPath} ${bundle}: ${err.message}`, { code: 'OTA_E_AGENT_START' });
        done({ code: EXIT_FAILURE, signal: null });
      });
    });
  }

  private async pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.stopped.signal }).catch(() => undefined);
  }
}

function describeExit(exit: AgentExit): string {
  return exit.signal !== null ? `signal ${exit.signal}` : `exit code ${String(exit.code)}`;
}
