import { chmod, copyFile, link, mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exists, fsyncDir, fsyncFile, OtaError, writeFileAtomic, type ComponentSpec } from '@otacast/shared';
import { insideRoot } from './fs-util.js';
import type { Installer, InstallerContext } from './installer.js';

/**
 * One file replaced atomically: `ROOT/{options.path ?? name}`.
 * Siblings of the target carry the in-between states, so every step can be
 * repeated after a crash:
 *   `.otacast-new`   the staged version (prepare)
 *   `.otacast-prev`  the previous version, a hard link (activate → commit/rollback)
 *   `.otacast-fresh` marker: there was no previous version
 */
export class FileInstaller implements Installer {
  readonly target: string;
  private readonly staged: string;
  private readonly prev: string;
  private readonly fresh: string;

  constructor(private readonly context: InstallerContext) {
    const { component, root } = context;
    this.target = insideRoot(root, component.options['path'] ?? component.name, `component ${component.name} path`);
    this.staged = `${this.target}.otacast-new`;
    this.prev = `${this.target}.otacast-prev`;
    this.fresh = `${this.target}.otacast-fresh`;
  }

  async prepare(artifactPath: string, component: ComponentSpec = this.context.component): Promise<void> {
    await mkdir(dirname(this.target), { recursive: true });
    await copyFile(artifactPath, this.staged);
    await chmod(this.staged, modeOf(component));
    await fsyncFile(this.staged);
    await fsyncDir(dirname(this.target));
  }

  async activate(): Promise<void> {
    const dir = dirname(this.target);
    const keptOld = (await exists(this.prev)) || (await exists(this.fresh));
    if (!(await exists(this.staged))) {
      if (keptOld && (await exists(this.target))) return; // already switched in
      throw new OtaError('OTA_E_INSTALL', `${this.target}: nothing prepared to activate`);
    }
    if (!keptOld) {
      if (await exists(this.target)) await keepCopy(this.target, this.prev);
      else await writeFileAtomic(this.fresh, '');
      await fsyncDir(dir);
    }
    await rename(this.staged, this.target);
    await fsyncDir(dir);
  }

  async commit(): Promise<void> {
    await rm(this.prev, { force: true });
    await rm(this.fresh, { force: true });
    await rm(this.staged, { force: true });
    if (await exists(dirname(this.target))) await fsyncDir(dirname(this.target));
  }

  async rollback(): Promise<void> {
    await rm(this.staged, { force: true });
    if (await exists(this.prev)) {
      await rename(this.prev, this.target);
      // rename() between two links to one file does nothing: the old link may still be there.
      await rm(this.prev, { force: true });
    } else if (await exists(this.fresh)) {
      await rm(this.target, { force: true });
      await rm(this.fresh, { force: true });
    }
    if (await exists(dirname(this.target))) await fsyncDir(dirname(this.target));
  }
}

/** A hard link costs no space and no time; fall back to a copy where links are not possible. */
async function keepCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
    await fsyncFile(to);
  }
}

function modeOf(component: ComponentSpec): number {
  const mode = component.options['mode'];
  if (mode !== undefined && /^[0-7]{3,4}$/.test(mode)) return Number.parseInt(mode, 8);
  return 0o644;
}
