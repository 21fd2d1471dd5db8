import type { Logger } from '@otacast/shared';
import { runCommand } from '../install/run-command.js';

export interface HealthContext {
  /** Version of the release just activated. */
  version: string;
  /** Every installed component after the update, name → version. */
  components: Record<string, string>;
  root: string;
}

/** Decides commit vs rollback after activation: resolve when healthy, throw otherwise. A hook: replace it freely. */
export type HealthCheck = (context: HealthContext) => Promise<void>;

/**
 * A health check that runs `command` through the shell in the root directory,
 * with OTACAST_VERSION and OTACAST_COMPONENTS (`name=version,...`) in its
 * environment. Non-zero exit or no exit within the timeout: OTA_E_HEALTH.
 * Its output goes to the log, never to our stdout.
 */
export function commandHealthCheck(command: string, timeoutMs: number, logger?: Logger): HealthCheck {
  return (context) => {
    const components = Object.entries(context.components).map(([name, version]) => `${name}=${version}`).join(',');
    return runCommand({
      command,
      cwd: context.root,
      env: { OTACAST_VERSION: context.version, OTACAST_COMPONENTS: components },
      timeoutMs,
      what: 'health check',
      code: 'OTA_E_HEALTH',
      logger,
    });
  };
}

/** No health command configured: every activation is healthy. */
export const alwaysHealthy: HealthCheck = () => Promise.resolve();
