import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { sha256, type ComponentSpec, type ComponentType } from '@otacast/shared';
import type { InstallerFactory } from '../../src/install/index.js';

/** What an installer's test gives the shared suite besides the installer itself. */
export interface InstallerFixture {
  /** Writes an artifact of this installer's type presenting `content`, in `dir`. */
  artifact(dir: string, version: string, content: string): Promise<{ path: string; component: ComponentSpec }>;
  /** What the installed component presents under `root` now, undefined when nothing is installed. */
  read(root: string): Promise<string | undefined>;
}

/** Files under `root` left by an installer in-between states (markers, staged copies, temps). */
async function leftovers(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.includes('otacast') || entry.name.includes('.tmp')) out.push(join(dir, entry.name));
      if (entry.isDirectory()) await walk(join(dir, entry.name));
    }
  };
  await walk(root);
  return out;
}

/** A manifest entry for `bytes` (no chunk index: installers never read it). */
export function componentSpec(name: string, version: string, type: ComponentType, bytes: Buffer, options: Record<string, string> = {}): ComponentSpec {
  return { name, version, type, size: bytes.length, sha256: sha256(bytes), indexDigest: sha256(Buffer.alloc(0)), indexSize: 0, requires: {}, options };
}

export async function readOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A tarball of `files` in `dir` (gzipped when asked), as archive and command components ship. */
export async function tarOf(dir: string, version: string, files: Record<string, string>, gzip = false): Promise<string> {
  const src = join(dir, `src-${version}-${Math.random().toString(16).slice(2)}`);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(src, name, '..'), { recursive: true });
    await writeFile(join(src, name), content);
  }
  const out = join(dir, `app-${version}.tar${gzip ? '.gz' : ''}`);
  await create({ cwd: src, file: out, gzip, portable: true }, ['.']);
  return out;
}

/**
 * The contract every installer must keep, as one abstract suite that each
 * installer's test runs against its own implementation (in the style of
 * aedes-persistence's abstract.js): the live version changes only at
 * activate, rollback restores it exactly, and every step may be repeated —
 * also by a fresh instance, as after a restart.
 */
export function installerSuite(name: string, makeInstaller: InstallerFactory, kit: InstallerFixture): void {
  describe(`installer contract: ${name}`, () => {
    let dir: string;
    let root: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'otacast-installer-'));
      root = join(dir, 'root');
    });
    afterEach(async () => rm(dir, { recursive: true, force: true }));

    async function install(version: string, content: string): Promise<ComponentSpec> {
      const { path, component } = await kit.artifact(dir, version, content);
      const installer = makeInstaller({ root, component });
      await installer.prepare(path, component);
      await installer.activate();
      await installer.commit();
      return component;
    }

    it('installs on an empty root: prepare, activate, commit', async () => {
      await install('1.0.0', 'one');
      expect(await kit.read(root)).toBe('one');
      expect(await leftovers(root)).toEqual([]);
    });

    it('changes nothing live before activate, switches at activate', async () => {
      await install('1.0.0', 'one');
      const { path, component } = await kit.artifact(dir, '2.0.0', 'two');
      const installer = makeInstaller({ root, component });
      await installer.prepare(path, component);
      expect(await kit.read(root)).toBe('one');
      await installer.activate();
      expect(await kit.read(root)).toBe('two');
      await installer.commit();
      expect(await kit.read(root)).toBe('two');
      expect(await leftovers(root)).toEqual([]);
    });

    it('rollback after activate leaves the old content intact', async () => {
      await install('1.0.0', 'one');
      const { path, component } = await kit.artifact(dir, '2.0.0', 'two');
      const installer = makeInstaller({ root, component });
      await installer.prepare(path, component);
      await installer.activate();
      await installer.rollback();
      expect(await kit.read(root)).toBe('one');
      expect(await leftovers(root)).toEqual([]);
    });

    it('rollback before activate only drops what was staged', async () => {
      await install('1.0.0', 'one');
      const { path, component } = await kit.artifact(dir, '2.0.0', 'two');
      const installer = makeInstaller({ root, component });
      await installer.prepare(path, component);
      await installer.rollback();
      expect(await kit.read(root)).toBe('one');
      expect(await leftovers(root)).toEqual([]);
    });

    it('rollback of a first install leaves nothing installed', async () => {
      const { path, component } = await kit.artifact(dir, '1.0.0', 'one');
      const installer = makeInstaller({ root, component });
      await installer.prepare(path, component);
      await installer.activate();
      expect(await kit.read(root)).toBe('one');
      await installer.rollback();
      expect(await kit.read(root)).toBeUndefined();
    });

    it('activation is idempotent, also when repeated by a restarted agent', async () => {
      await install('1.0.0', 'one');
      const { path, component } = await kit.artifact(dir, '2.0.0', 'two');
      const first = makeInstaller({ root, component });
      await first.prepare(path, component);
      await first.activate();
      await first.activate();
      // A restart in INSTALLING runs prepare and activate again on a new instance.
      const second = makeInstaller({ root, component });
      await second.prepare(path, component);
      await second.activate();
      expect(await kit.read(root)).toBe('two');
      // ...and the old version is still what rollback restores.
      await makeInstaller({ root, component }).rollback();
      expect(await kit.read(root)).toBe('one');
    });

    it('commit and rollback are safe to repeat', async () => {
      await install('1.0.0', 'one');
      const v2 = await install('2.0.0', 'two');
      const installer = makeInstaller({ root, component: v2 });
      await installer.commit();
      await installer.rollback();
      expect(await kit.read(root)).toBe('two');
    });
  });
}
