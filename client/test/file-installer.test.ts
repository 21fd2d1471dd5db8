import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileInstaller } from '../src/install/index.js';
import { componentSpec as spec, installerSuite, readOrUndefined } from './suites/installer-suite.js';

installerSuite('file', (context) => new FileInstaller(context), {
  artifact: async (dir, version, content) => {
    const path = join(dir, `fw-${version}.bin`);
    await writeFile(path, content);
    return { path, component: spec('fw', version, 'file', Buffer.from(content)) };
  },
  read: (root) => readOrUndefined(join(root, 'fw')),
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
      expect((await stat(join(dir, 'root', 'bin', 'tool'))).mode & 0o777).toBe(0o755);
      expect(() => new FileInstaller({ root: dir, component: { ...component, options: { path: '../escape' } } })).toThrow(/not a path inside the root/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

