import { readlink, realpath, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir, OtaError, writeFileAtomic } from '@otacast/shared';
import { readMarker } from './fs-util.js';

/**
 * Where installed agent bundles live, `{state}/agent/` (docs/deploy.md,
 * "Updating the agent itself"), shared by the `agent` installer, which
 * writes it, and the launcher, which reads it and may switch it back:
 *   releases/{version}/agent.mjs   one bundle per release
 *   current                        symlink to the release the launcher starts;
 *                                  none: the launcher starts its own file
 *   .otacast-prev                  the archive installer's marker: `current`'s
 *                                  target before the switch ('' when none);
 *                                  present until the new agent commits
 *   .otacast-launcher-rollback     JSON written by the launcher when it put
 *                                  the previous agent back; read by that agent
 */
export const AGENT_BUNDLE_FILE = 'agent.mjs';

export interface AgentLayout {
  dir: string;
  current: string;
  prevMarker: string;
  rollbackMarker: string;
}

export function agentLayout(dir: string): AgentLayout {
  return { dir, current: join(dir, 'current'), prevMarker: join(dir, '.otacast-prev'), rollbackMarker: join(dir, '.otacast-launcher-rollback') };
}

/** What the launcher wrote when it gave up on a new agent. */
export interface LauncherRollback {
  code: 'OTA_E_AGENT_START';
  message: string;
  /** The release directory given up on (`releases/{dir}`). */
  from: string;
}

/** The real path of the bundle the launcher starts now: `current`'s, else `fallback` (the launcher's own file). */
export async function liveBundle(layout: AgentLayout, fallback: string): Promise<string> {
  try {
    return await realpath(join(layout.current, AGENT_BUNDLE_FILE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    return realpath(fallback);
  }
}

/** True while a new agent is switched in but has not committed, and the launcher has not given up on it yet. */
export async function newAgentPending(layout: AgentLayout): Promise<boolean> {
  return (await readMarker(layout.prevMarker)) !== undefined && (await readMarker(layout.rollbackMarker)) === undefined;
}

export async function readLauncherRollback(layout: AgentLayout): Promise<LauncherRollback | undefined> {
  const text = await readMarker(layout.rollbackMarker);
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<LauncherRollback>;
    return { code: 'OTA_E_AGENT_START', message: String(parsed.message ?? 'the launcher put the previous agent back'), from: String(parsed.from ?? '') };
  } catch {
    return { code: 'OTA_E_AGENT_START', message: 'the launcher put the previous agent back', from: '' };
  }
}

/**
 * The launcher's rollback: `current` back to what it was before the switch
 * (removed when there was none), and a note for the agent that starts next,
 * which finishes the rollback through its state machine and reports it.
 * The note is written first: should the launcher die in between, the next
 * agent still learns that this release is given up on.
 */
export async function switchBackAgent(layout: AgentLayout, reason: string): Promise<LauncherRollback> {
  const prev = await readMarker(layout.prevMarker);
  if (prev === undefined) throw new OtaError('OTA_E_STATE', `${layout.dir}: no agent switch to undo`);
  const from = await readlink(layout.current).catch(() => '');
  const note: LauncherRollback = { code: 'OTA_E_AGENT_START', message: reason, from };
  await writeFileAtomic(layout.rollbackMarker, JSON.stringify(note));
  if (prev === '') {
    await rm(layout.current, { force: true });
  } else {
    const temp = `${layout.current}.tmp`;
    await rm(temp, { force: true });
    await symlink(prev, temp);
    await rename(temp, layout.current);
  }
  await fsyncDir(layout.dir);
  return note;
}
