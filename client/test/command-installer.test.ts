import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, readdir, readlink, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import type { ComponentSpec } from '@otacast/shared';
import { CommandInstaller } from '../src/install/index.js';
import { componentSpec, installerSuite, readOrUndefined, tarOf } from './suites/installer-suite.js';

function command(version: string, bytes: Buffer, options: Record<string, string> = {}): ComponentSpec {
  return componentSpec('wheels', version, 'command', bytes, options);
}

// The script copies its payload's value into the root; its rollback.sh restores the previous payload's (or removes it).
installerSuite('command', (context) => new CommandInstaller(context), {
  artifact: async (dir, version, content) => {
    const path = await tarOf(dir, version, {
      value: content,
      'install.sh': 'cp value "$OTACAST_ROOT/deployed"\n',
      'rollback.sh': 'if [ -n "$OTACAST_PREVIOUS_PAYLOAD" ]; then cp "$OTACAST_PREVIOUS_PAYLOAD/value" "$OTACAST_ROOT/deployed"; else rm -f "$OTACAST_ROOT/deployed"; fi\n',
    });
    return { path, component: componentSpec('pkgs', version, 'command', await readFile(path)) };
  },
  read: (root) => readOrUndefined(join(root, 'deployed')),
});

/** Command specifics beyond the shared installer contract. */
describe('command installer', () => {
  let dir: string;
  let root: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-command-'));
    root = join(dir, 'root');
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  async function payload(version: string, files: Record<string, string>): Promise<string> {
    const src = join(dir, `src-${version}`);
    for (const [name, content] of Object.entries(files)) {
      await mkdir(join(src, name, '..'), { recursive: true });
      await writeFile(join(src, name), content);
    }
    const out = join(dir, `wheels-${version}.tar`);
    await create({ cwd: src, file: out, portable: true }, ['.']);
    return out;
  }

  async function stage(path: string, version: string, options: Record<string, string> = {}): Promise<CommandInstaller> {
    const component = command(version, await readFile(path), options);
    const installer = new CommandInstaller({ root, component });
    await installer.prepare(path, component);
    return installer;
  }

  const read = (name: string) => readFile(join(root, name), 'utf8').catch(() => undefined);

  it('runs install.sh in the payload with the documented environment', async () => {
    const script = 'printf "%s|%s|%s|%s|%s" "$OTACAST_ACTION" "$OTACAST_COMPONENT" "$OTACAST_VERSION" "$(basename "$OTACAST_PAYLOAD")" "$OTACAST_PREVIOUS_PAYLOAD" > "$OTACAST_ROOT/env"\n';
    const v1 = await stage(await payload('1.0.0', { 'install.sh': script }), '1.0.0');
    await v1.activate();
    await v1.commit();
    expect(await read('env')).toBe('install|wheels|1.0.0|1.0.0|');
    const v2 = await stage(await payload('2.0.0', { 'install.sh': script }), '2.0.0');
    await v2.activate();
    expect(await read('env')).toBe(`install|wheels|2.0.0|2.0.0|${join(root, 'wheels', 'releases', '1.0.0')}`);
  });

  it('without a rollback.sh, rolls back by running the previous payload install again', async () => {
    const script = 'echo "$OTACAST_ACTION $(cat value)" > "$OTACAST_ROOT/deployed"\n';
    const v1 = await stage(await payload('1.0.0', { value: 'one', 'install.sh': script }), '1.0.0');
    await v1.activate();
    await v1.commit();
    const v2 = await stage(await payload('2.0.0', { value: 'two', 'install.sh': script }), '2.0.0');
    await v2.activate();
    expect(await read('deployed')).toBe('install two\n');
    await v2.rollback();
    expect(await read('deployed')).toBe('rollback one\n');
    expect(await readlink(join(root, 'wheels', 'current'))).toBe('releases/1.0.0');
    expect(await readdir(join(root, 'wheels', 'releases'))).toEqual(['1.0.0']);
  });

  it('a failing install command fails activation with OTA_E_INSTALL, switches nothing, and rollback undoes what it did', async () => {
    const v1 = await stage(await payload('1.0.0', { 'install.sh': 'echo one > "$OTACAST_ROOT/deployed"\n' }), '1.0.0');
    await v1.activate();
    await v1.commit();
    // Half done, then fails: the previous install runs again on rollback.
    const v2 = await stage(await payload('2.0.0', { 'install.sh': 'echo two > "$OTACAST_ROOT/deployed"; echo "pip: no matching distribution" >&2; exit 3\n' }), '2.0.0');
    await expect(v2.activate()).rejects.toMatchObject({ code: 'OTA_E_INSTALL', message: expect.stringMatching(/install command of wheels exited with code 3: pip: no matching distribution/) as unknown });
    expect(await readlink(join(root, 'wheels', 'current'))).toBe('releases/1.0.0');
    expect(await read('deployed')).toBe('two\n');
    await v2.rollback();
    expect(await read('deployed')).toBe('one\n');
  });

  it('kills a command that outlives its timeout option, with whatever it started', async () => {
    const path = await payload('1.0.0', { 'install.sh': 'sleep 30 & echo $! > "$OTACAST_ROOT/child"; wait\n' });
    const installer = await stage(path, '1.0.0', { timeout: '0.5' });
    const started = Date.now();
    await expect(installer.activate()).rejects.toMatchObject({ code: 'OTA_E_INSTALL', message: expect.stringMatching(/did not finish within 0.5 s/) as unknown });
    expect(Date.now() - started).toBeLessThan(5_000);
    const child = Number(await read('child'));
    await new Promise((r) => setTimeout(r, 100));
    // Gone, or a zombie nobody reaped yet (a container's init may not): either way no longer running.
    const state = await readFile(`/proc/${child}/stat`, 'utf8').then((s) => s.split(') ')[1]?.[0], () => 'gone');
    expect(['gone', 'Z', 'X']).toContain(state);
    expect(() => new CommandInstaller({ root, component: command('1.0.0', Buffer.from('x'), { timeout: 'soon' }) })).toThrow(/timeout/);
  });

  it('takes a single script as the artifact, and the command option instead of install.sh', async () => {
    const script = join(dir, 'migrate.sh');
    await writeFile(script, '#!/bin/sh\necho migrated > "$OTACAST_ROOT/db"\n');
    const single = await stage(script, '1.0.0');
    await single.activate();
    await single.commit();
    expect(await read('db')).toBe('migrated\n');
    const custom = await stage(await payload('2.0.0', { 'setup.py': 'x' }), '2.0.0', { command: 'ls > "$OTACAST_ROOT/listing"' });
    await custom.activate();
    expect(await read('listing')).toBe('setup.py\n');
    await custom.commit();
    const none = await stage(await payload('3.0.0', { 'README': 'x' }), '3.0.0');
    await expect(none.activate()).rejects.toMatchObject({ code: 'OTA_E_INSTALL', message: expect.stringMatching(/no install\.sh/) as unknown });
  });
});
