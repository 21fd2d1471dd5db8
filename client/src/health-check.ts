import { spawn } from 'node:child_process';
import { OtaError, type Logger } from '@otacast/shared';

export interface HealthContext {
  /** Version of the release just activated. */
  version: string;
  /** Every installed component after the update, name → version. */
  components: Record<string, string>;
  root: string;
}

/** Decides commit vs rollback after activation: resolve when healthy, throw otherwise. A hook: replace it freely. */
export type HealthCheck = (context: HealthContext) => Promise<void>;

const OUTPUT_TAIL_BYTES = 2048;

/**
 * A health check that runs `command` through the shell in the root directory,
 * with OTACAST_VERSION and OTACAST_COMPONENTS (`name=version,...`) in its
 * environment. Non-zero exit or no exit within the timeout: OTA_E_HEALTH.
 * Its output goes to the log, never to our stdout.
 */
export function commandHealthCheck(command: string, timeoutMs: number, logger?: Logger): HealthCheck {
  return (context) =>
    new Promise<void>((resolve, reject) => {
      const components = Object.entries(context.components).map(([name, version]) => `${name}=${version}`).join(',');
      const child = spawn(command, {
        shell: true,
        cwd: context.root,
        // Its own process group, so a timeout kills whatever the command started too.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, OTACAST_VERSION: context.version, OTACAST_COMPONENTS: components },
      });
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
        reject(new OtaError('OTA_E_HEALTH', `health check could not start: ${err.message}`, { cause: err }));
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        const lastLine = tail.trim().split('\n').at(-1) ?? '';
        logger?.info('health check finished', { code, signal, output: tail.trim() });
        if (timedOut) return reject(new OtaError('OTA_E_HEALTH', `health check did not finish within ${timeoutMs / 1000} s`));
        if (code === 0) return resolve();
        const how = code === null ? `was killed by ${signal ?? 'a signal'}` : `exited with code ${code}`;
        reject(new OtaError('OTA_E_HEALTH', `health check ${how}${lastLine ? `: ${lastLine}` : ''}`));
      });
    });
}

/** No health command configured: every activation is healthy. */
export const alwaysHealthy: HealthCheck = () => Promise.resolve();
