import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { ArchiveInstaller } from '../src/install/index.js';
import { componentSpec as spec, installerSuite, readOrUndefined, tarOf } from './suites/installer-suite.js';

installerSuite('archive', (context) => new ArchiveInstaller(context), {
  artifact: async (dir, version, content) => {
    const path = await tarOf(dir, version, { 'lib/VERSION': content }, version.startsWith('2'));
    return { path, component: spec('app', version, 'archive', await readFile(path)) };
  },
  read: (root) => readOrUndefined(join(root, 'app', 'current', 'lib', 'VERSION')),
});

describe('archive installer specifics', () => {
  it('switches a relative current symlink and keeps only the current and previous releases', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-archive-'));
    const root = join(dir, 'root');
    try {
      for (const version of ['1.0.0', '2.0.0', '3.0.0']) {
        const path = await tarOf(dir, version, { 'main.py': `print("${version}")` });
        const component = spec('app', version, 'archive', await readFile(path));
        const installer = new ArchiveInstaller({ root, component });
        await installer.prepare(path, component);
        await installer.activate();
        await installer.commit();
      }
      expect(await readlink(join(root, 'app', 'current'))).toBe('releases/3.0.0');
      expect((await readdir(join(root, 'app', 'releases'))).sort()).toEqual(['2.0.0', '3.0.0']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('never unpacks over the live directory when the same version comes with other content', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-archive-'));
    const root = join(dir, 'root');
    try {
      for (const content of ['first', 'second']) {
        const path = await tarOf(dir, `1.0.0-${content}`, { VERSION: content });
        const component = spec('app', '1.0.0', 'archive', await readFile(path));
        const installer = new ArchiveInstaller({ root, component });
        await installer.prepare(path, component);
        await installer.activate();
        await installer.rollback();
        await installer.prepare(path, component);
        await installer.activate();
        await installer.commit();
        expect(await readFile(join(root, 'app', 'current', 'VERSION'), 'utf8')).toBe(content);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses an archive with entries escaping the target, and changes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-archive-'));
    const root = join(dir, 'root');
    try {
      await mkdir(join(dir, 'evil', 'inner'), { recursive: true });
      await writeFile(join(dir, 'evil', 'escaped.txt'), 'gotcha');
      const path = join(dir, 'evil.tar');
      await create({ cwd: join(dir, 'evil', 'inner'), file: path, preservePaths: true }, ['../escaped.txt']);
      const component = spec('app', '1.0.0', 'archive', await readFile(path));
      const installer = new ArchiveInstaller({ root, component });
      await expect(installer.prepare(path, component)).rejects.toMatchObject({ code: 'OTA_E_INSTALL' });
      expect(await readOrUndefined(join(root, 'escaped.txt'))).toBeUndefined();
      expect(await readOrUndefined(join(root, 'app', 'escaped.txt'))).toBeUndefined();
      expect(await readdir(join(root, 'app', 'releases'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
