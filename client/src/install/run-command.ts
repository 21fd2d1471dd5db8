import { spawn } from 'node:child_process';
import { OtaError, type ErrorCode, type Logger } from '@otacast/shared';

export interface RunCommandOptions {
  /** Shell command (run by /bin/sh). */
  command: string;
  cwd: string;
  /** Added to the agent's own environment. */
  env: Record<string, string>;
  timeoutMs: number;
  /** What the command is, for messages: "boot hook", "install command of wheels". */
  what: string;
  /** Code of the error thrown when it fails. */
  code: ErrorCode;
  logger?: Logger | undefined;
}

const OUTPUT_TAIL_BYTES = 2048;

/**
 * Runs a user command (health check, boot hook, install script) through the shell and resolves when it exits 0.
 * Non-zero exit, a signal or the timeout throw `code` with the last output
 * line. The command gets its own process group so that a timeout also kills
 * whatever it started (pip, a bootloader tool); its output goes to the log,
 * never to the agent's stdout.
 */
export function runCommand(options: RunCommandOptions): Promise<void> {
  const { command, cwd, env, timeoutMs, what, code, logger } = options;
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, { shell: true, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let tail = '';
    const collect = (data: Buffer) => (tail = (tail + data.toString()).slice(-OUTPUT_TAIL_BYTES));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new OtaError(code, `${what} could not start: ${err.message}`, { cause: err }));
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      const output = tail.trim();
      logger?.info(`${what} finished`, { command, exitCode, signal, output });
      if (timedOut) return reject(new OtaError(code, `${what} did not finish within ${timeoutMs / 1000} s`));
      if (exitCode === 0) return resolve();
      const lastLine = output.split('\n').at(-1) ?? '';
      const how = exitCode === null ? `was killed by ${signal ?? 'a signal'}` : `exited with code ${exitCode}`;
      reject(new OtaError(code, `${what} ${how}${lastLine ? `: ${lastLine}` : ''}`));
    });
  });
}
