import { chmod, copyFile, readlink, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OtaError, fsyncFile } from '@otacast/shared';
import { ArchiveInstaller } from './archive-installer.js';
import { AGENT_BUNDLE_FILE, agentLayout, liveBundle, readLauncherRollback, type AgentLayout } from './agent-layout.js';
import { removeTree } from './fs-util.js';
import type { InstallerContext } from './installer.js';

/** What the agent installer needs from the running agent; given only when a launcher started it. */
export interface AgentConfig {
  /** `{state}/agent` (agent-layout.ts). */
  dir: string;
  /** The bundle this process runs. */
  running: string;
  /** The launcher's own bundle: what it starts while `current` does not exist. */
  fallback: string;
  /** Resolves true once the agent is connected to the server, false after `timeoutMs`. */
  connected: (timeoutMs: number) => Promise<boolean>;
  connectTimeoutMs: number;
}

/**
 * A new agent bundle (one .mjs file, `npm run pack:agent`): installed as
 * `{state}/agent/releases/{version}/agent.mjs` and switched in by the
 * `current` symlink, exactly as an archive release, so the archive
 * installer's markers make every step repeatable. Activating it changes
 * nothing in this process: the runner sees `restartNeeded()` and the agent
 * exits for the launcher to start the new one, which resumes AWAITING_COMMIT
 * and commits only if `healthy()` (it is the process running the new bundle,
 * connected to the server, and the launcher has not given up on it).
 */
export class AgentInstaller extends ArchiveInstaller {
  private readonly layout: AgentLayout;
  private readonly config: AgentConfig;

  constructor(context: InstallerContext, config: AgentConfig | undefined) {
    if (config === undefined) {
      throw new OtaError('OTA_E_INCOMPATIBLE', `component ${context.component.name} is an agent bundle: only an agent started by its launcher (--launcher, docs/deploy.md) can install it`);
    }
    // The archive installer keeps ROOT/{path}: here ROOT is the state directory and path "agent", never the device's --root.
    const options = { ...context.component.options, path: basename(config.dir) };
    super({ ...context, root: dirname(config.dir), component: { ...context.component, options } });
    this.layout = agentLayout(config.dir);
    this.config = config;
  }

  /** Refuses to commit from the wrong process, without a server link, or after the launcher gave up on the new agent. */
  async healthy(): Promise<void> {
    const config = this.config;
    const rolledBack = await readLauncherRollback(this.layout);
    if (rolledBack !== undefined) throw new OtaError(rolledBack.code, rolledBack.message);
    const live = await liveBundle(this.layout, config.fallback);
    if (live !== config.running) throw new OtaError('OTA_E_AGENT_START', `the installed agent ${live} is not the one running (${config.running}); the launcher must start it`);
    if (!(await config.connected(config.connectTimeoutMs))) {
      throw new OtaError('OTA_E_HEALTH', `the new agent did not connect to the server within ${config.connectTimeoutMs / 1000} s (--health-timeout); rolling back to the previous agent`);
    }
  }

  /** True when the launcher would start another bundle than the one running: after an activation or a rollback. */
  async restartNeeded(): Promise<boolean> {
    const config = this.config;
    return (await liveBundle(this.layout, config.fallback)) !== config.running;
  }

  override async rollback(): Promise<void> {
    const note = await readLauncherRollback(this.layout);
    await super.rollback();
    // The launcher already pointed `current` back, so the archive rollback does not see which release to drop.
    // Only ever a direct child of releases/: the note is a file in the state directory, not trusted to name other paths.
    if (note !== undefined && /^releases\/(?!\.\.?$)[^/]+$/.test(note.from) && note.from !== (await readlink(this.layout.current).catch(() => undefined))) {
      await removeTree(join(this.layout.dir, note.from));
    }
    await rm(this.layout.rollbackMarker, { force: true });
  }

  override async commit(): Promise<void> {
    await super.commit();
    await rm(this.layout.rollbackMarker, { force: true });
  }

  protected override async unpackInto(artifactPath: string, dir: string): Promise<void> {
    const bundle = join(dir, AGENT_BUNDLE_FILE);
    await copyFile(artifactPath, bundle);
    await chmod(bundle, 0o644);
    await fsyncFile(bundle);
  }
}
