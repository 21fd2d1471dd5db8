import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComponentSpec } from '@otacast/shared';
import type { InstallerFactory } from '../src/install/index.js';

/** What an installer implementation gives the shared suite. */
export interface InstallerKit {
  factory: InstallerFactory;
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

/**
 * The contract every installer must keep (aedes-style abstract suite): the
 * live version changes only at activate, rollback restores it exactly, and
 * every step may be repeated — also by a fresh instance, as after a restart.
 */
export function installerSuite(name: string, kit: InstallerKit): void {
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
      const installer = kit.factory({ root, component });
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
      const installer = kit.factory({ root, component });
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
      const installer = kit.factory({ root, component });
      await installer.prepare(path, component);
      await installer.activate();
      await installer.rollback();
      expect(await kit.read(root)).toBe('one');
      expect(await leftovers(root)).toEqual([]);
    });

    it('rollback before activate only drops what was staged', async () => {
      await install('1.0.0', 'one');
      const { path, component } = await kit.artifact(dir, '2.0.0', 'two');
      const installer = kit.factory({ root, component });
      await installer.prepare(path, component);
      await installer.rollback();
      expect(await kit.read(root)).toBe('one');
      expect(await leftovers(root)).toEqual([]);
    });

    it('rollback of a first install leaves nothing installed', async () => {
      const { path, component } = await kit.artifact(dir, '1.0.0', 'one');
      const installer = kit.factory({ root, component });
      await installer.prepare(path, component);
      await installer.activate();
      expect(await kit.read(root)).toBe('one');
      await installer.rollback();
      expect(await kit.read(root)).toBeUndefined();
    });

    it('activation is idempotent, also when repeated by a restarted agent', async () => {
      await install('1.0.0', 'one');
      const { path, component } = await kit.artifact(dir, '2.0.0', 'two');
      const first = kit.factory({ root, component });
      await first.prepare(path, component);
      await first.activate();
      await first.activate();
      // A restart in INSTALLING runs prepare and activate again on a new instance.
      const second = kit.factory({ root, component });
      await second.prepare(path, component);
      await second.activate();
      expect(await kit.read(root)).toBe('two');
      // ...and the old version is still what rollback restores.
      await kit.factory({ root, component }).rollback();
      expect(await kit.read(root)).toBe('one');
    });

    it('commit and rollback are safe to repeat', async () => {
      await install('1.0.0', 'one');
      const v2 = await install('2.0.0', 'two');
      const installer = kit.factory({ root, component: v2 });
      await installer.commit();
      await installer.rollback();
      expect(await kit.read(root)).toBe('two');
    });
  });
}
