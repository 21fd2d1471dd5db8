import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { RolloutStatusJson } from '../../broker/src/sdk/rollout-status.js';
import type { Device, Fixture } from './fixture.js';

/** Polls `check` every 200 ms until it holds; throws naming `what` after `ms`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `otacast rollout status ID --json` through the real CLI. */
export async function rolloutStatus(fx: Fixture, id: string): Promise<RolloutStatusJson> {
  const result = await fx.admin(['rollout', 'status', id, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as RolloutStatusJson;
}

/** The version the agent recorded as installed and committed ('' before its first install). */
export async function installedVersion(d: Pick<Device, 'stateDir'>): Promise<string> {
  try {
    return (JSON.parse(await readFile(join(d.stateDir, 'installed.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}
