import { describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { sha256, type ComponentSpec, type ComponentType } from '@otacast/shared';
import { ArchiveInstaller, CommandInstaller, FileInstaller, ImageInstaller } from '../src/install/index.js';
import { installerSuite } from './installer-suite.js';

function spec(name: string, version: string, type: ComponentType, bytes: Buffer, options: Record<string, string> = {}): ComponentSpec {
  return { name, version, type, size: bytes.length, sha256: sha256(bytes), indexDigest: sha256(Buffer.alloc(0)), indexSize: 0, requires: {}, options };
}

async function readOrUndefined(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

async function tarOf(dir: string, version: string, files: Record<string, string>, gzip = false): Promise<string> {
  const src = join(dir, `src-${version}-${Math.random().toString(16).slice(2)}`);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(src, name, '..'), { recursive: true });
    await writeFile(join(src, name), content);
  }
  const out = join(dir, `app-${version}.tar${gzip ? '.gz' : ''}`);
  await create({ cwd: src, file: out, gzip, portable: true }, ['.']);
  return out;
}

installerSuite('file', {
  factory: (context) => new FileInstaller(context),
  artifact: async (dir, version, content) => {
    const path = join(dir, `fw-${version}.bin`);
    await writeFile(path, content);
    return { path, component: spec('fw', version, 'file', Buffer.from(content)) };
  },
  read: (root) => readOrUndefined(join(root, 'fw')),
});

installerSuite('archive', {
  factory: (context) => new ArchiveInstaller(context),
  artifact: async (dir, version, content) => {
    const path = await tarOf(dir, version, { 'lib/VERSION': content }, version.startsWith('2'));
    return { path, component: spec('app', version, 'archive', await readFile(path)) };
  },
  read: (root) => readOrUndefined(join(root, 'app', 'current', 'lib', 'VERSION')),
});

installerSuite('image', {
  factory: (context) => new ImageInstaller(context),
  artifact: async (dir, version, content) => {
    const path = join(dir, `rootfs-${version}.img`);
    await writeFile(path, content);
    return { path, component: spec('rootfs', version, 'image', Buffer.from(content)) };
  },
  // What the device boots: the slot recorded as active.
  read: async (root) => {
    const active = await readOrUndefined(join(root, 'rootfs', 'active'));
    return active === undefined ? undefined : readOrUndefined(join(root, 'rootfs', `slot-${active}.img`));
  },
});

// The script copies its payload's value into the root; its rollback.sh restores the previous payload's (or removes it).
installerSuite('command', {
  factory: (context) => new CommandInstaller(context),
  artifact: async (dir, version, content) => {
    const path = await tarOf(dir, version, {
      value: content,
      'install.sh': 'cp value "$OTACAST_ROOT/deployed"\n',
      'rollback.sh': 'if [ -n "$OTACAST_PREVIOUS_PAYLOAD" ]; then cp "$OTACAST_PREVIOUS_PAYLOAD/value" "$OTACAST_ROOT/deployed"; else rm -f "$OTACAST_ROOT/deployed"; fi\n',
    });
    return { path, component: spec('pkgs', version, 'command', await readFile(path)) };
  },
  read: (root) => readOrUndefined(join(root, 'deployed')),
});

describe('file installer specifics', () => {
  it('installs at options.path, with its mode, and refuses paths outside the root', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-file-'));
    try {
      const artifact = join(dir, 'a.bin');
      await writeFile(artifact, '#!/bin/sh\n');
      const component = spec('tool', '1.0.0', 'file', Buffer.from('#!/bin/sh\n'), { path: 'bin/tool', mode: '0755' });
      const installer = new FileInstaller({ root: join(dir, 'root'), component });
      await installer.prepare(artifact, component);
      await installer.activate();
      await installer.commit();
      expect(await readFile(join(dir, 'root', 'bin', 'tool'), 'utf8')).toBe('#!/bin/sh\n');
      const { stat } = await import('node:fs/promises');
      expect((await stat(join(dir, 'root', 'bin', 'tool'))).mode & 0o777).toBe(0o755);
      expect(() => new FileInstaller({ root: dir, component: { ...component, options: { path: '../escape' } } })).toThrow(/not a path inside the root/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
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
