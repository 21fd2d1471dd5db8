import { mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { exists, fsyncDir, OtaError, toHex, writeFileAtomic, type ComponentSpec } from '@otacast/shared';
import { fsyncTree, insideRoot, readMarker, removeTree, stripSetuidTree } from './fs-util.js';
import type { Installer, InstallerContext } from './installer.js';

/**
 * A tar bundle (gzip detected) unpacked into `ROOT/{name}/releases/{dir}/`
 * and switched in by the relative symlink `ROOT/{name}/current`. Markers
 * beside them carry the in-between states so every step can be repeated:
 *   `.otacast-staged`  the release dir prepare unpacked
 *   `.otacast-prev`    the link target before activation ('' when none)
 * setuid and setgid bits in the archive are cleared unless the signed
 * manifest sets the component option `allow_setuid=true`: a bundle must not
 * hand out root by accident (docs/security.md).
 */
export class ArchiveInstaller implements Installer {
  readonly base: string;
  protected readonly releases: string;
  private readonly current: string;
  protected readonly stagedMarker: string;
  protected readonly prevMarker: string;
  private readonly allowSetuid: boolean;

  constructor(protected readonly context: InstallerContext) {
    const { component, root } = context;
    const allow = component.options['allow_setuid'];
    if (allow !== undefined && allow !== 'true' && allow !== 'false') throw new OtaError('OTA_E_INSTALL', `component ${component.name}: option allow_setuid "${allow}" is not true or false`);
    this.allowSetuid = allow === 'true';
    this.base = insideRoot(root, component.options['path'] ?? component.name, `component ${component.name} path`);
    this.releases = join(this.base, 'releases');
    this.current = join(this.base, 'current');
    this.stagedMarker = join(this.base, '.otacast-staged');
    this.prevMarker = join(this.base, '.otacast-prev');
  }

  async prepare(artifactPath: string, component: ComponentSpec = this.context.component): Promise<void> {
    await mkdir(this.releases, { recursive: true });
    const prev = await readMarker(this.prevMarker);
    // activate() drops the staged marker only after switching: this was switched in before a restart.
    if (prev !== undefined && (await readMarker(this.stagedMarker)) === undefined) return;
    const live = await this.linkTarget();
    let dir = component.version;
    // Same version, other content: never unpack over the live or the previous directory.
    if (live === `releases/${dir}` || prev === `releases/${dir}`) dir = `${component.version}-${toHex(component.sha256).slice(0, 8)}`;
    const temp = join(this.releases, `.${dir}.tmp-${randomBytes(4).toString('hex')}`);
    await mkdir(temp);
    try {
      await this.unpackInto(artifactPath, temp);
      if (!this.allowSetuid) {
        const stripped = await stripSetuidTree(temp);
        if (stripped.length > 0) this.context.logger?.warn('setuid/setgid bits cleared (option allow_setuid=true keeps them)', { component: component.name, entries: stripped.length });
      }
      await fsyncTree(temp);
      await removeTree(join(this.releases, dir));
      await rename(temp, join(this.releases, dir));
      await fsyncDir(this.releases);
    } catch (err) {
      await removeTree(temp);
      throw err;
    }
    await writeFileAtomic(this.stagedMarker, dir);
  }

  async activate(): Promise<void> {
    const staged = await readMarker(this.stagedMarker);
    if (staged === undefined) {
      if ((await readMarker(this.prevMarker)) !== undefined) return; // already switched in
      throw new OtaError('OTA_E_INSTALL', `${this.base}: nothing prepared to activate`);
    }
    const live = await this.linkTarget();
    const next = `releases/${staged}`;
    if ((await readMarker(this.prevMarker)) === undefined) await writeFileAtomic(this.prevMarker, live ?? '');
    if (live !== next) await this.pointCurrentAt(next);
    await rm(this.stagedMarker, { force: true });
  }

  async commit(): Promise<void> {
    await rm(this.stagedMarker, { force: true });
    const prev = await readMarker(this.prevMarker);
    if (prev === undefined) return; // committed already
    const keep = new Set([await this.linkTarget(), prev].filter((t): t is string => !!t).map((t) => t.replace(/^releases\//, '')));
    for (const name of await readdir(this.releases)) {
      if (!keep.has(name)) await removeTree(join(this.releases, name));
    }
    await rm(this.prevMarker, { force: true });
    await fsyncDir(this.base);
  }

  async rollback(): Promise<void> {
    const staged = await readMarker(this.stagedMarker);
    const prev = await readMarker(this.prevMarker);
    const live = await this.linkTarget();
    if (prev !== undefined) {
      if (prev === '') await rm(this.current, { force: true });
      else if (live !== prev) await this.pointCurrentAt(prev);
      if (live !== undefined && live !== prev) await removeTree(join(this.base, live));
    }
    // A prepared but never activated release is just removed.
    if (staged !== undefined && `releases/${staged}` !== (prev ?? live)) await removeTree(join(this.releases, staged));
    await this.removeTemps();
    await rm(this.stagedMarker, { force: true });
    await rm(this.prevMarker, { force: true });
    if (await exists(this.base)) await fsyncDir(this.base);
  }

  /** Puts the artifact's content into the (empty) directory `dir`; a subclass may accept other formats. */
  protected async unpackInto(artifactPath: string, dir: string): Promise<void> {
    await unpack(artifactPath, dir);
  }

  /** Where `current` points (`releases/{dir}`), undefined when nothing is installed. */
  protected async linkTarget(): Promise<string | undefined> {
    try {
      return await readlink(this.current);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  /** Atomic switch: a new symlink renamed over the old one. */
  private async pointCurrentAt(target: string): Promise<void> {
    const temp = `${this.current}.tmp`;
    await rm(temp, { force: true });
    await symlink(target, temp);
    await rename(temp, this.current);
    await fsyncDir(this.base);
  }

  private async removeTemps(): Promise<void> {
    if (!(await exists(this.releases))) return;
    for (const name of await readdir(this.releases)) if (name.startsWith('.') && name.includes('.tmp-')) await removeTree(join(this.releases, name));
  }
}

/** Unpacks with tar's defaults (no absolute or `..` paths, no writing through symlinks); any refused entry fails the install. */
async function unpack(archive: string, into: string): Promise<void> {
  const refused: string[] = [];
  const { extract } = await import('tar'); // loaded only by the devices that install archives (~1 MiB of RSS)
  try {
    await extract({
      file: archive,
      cwd: into,
      preserveOwner: false,
      onwarn: (code, message) => {
        if (code !== 'TAR_ENTRY_INFO') refused.push(`${code}: ${message}`);
      },
    });
  } catch (err) {
    throw new OtaError('OTA_E_INSTALL', `cannot unpack ${archive}: ${(err as Error).message}`, { cause: err });
  }
  if (refused.length > 0) throw new OtaError('OTA_E_INSTALL', `archive refused: ${refused.slice(0, 3).join('; ')}`);
}
