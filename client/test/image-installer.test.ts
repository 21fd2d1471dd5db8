import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComponentSpec } from '@otacast/shared';
import { ImageInstaller, commandBootHook, type BootHookContext, type ImageConfig } from '../src/install/index.js';
import { componentSpec, installerSuite, readOrUndefined } from './suites/installer-suite.js';

function image(version: string, bytes: Buffer, options: Record<string, string> = {}): ComponentSpec {
  return componentSpec('rootfs', version, 'image', bytes, options);
}

installerSuite('image', (context) => new ImageInstaller(context), {
  artifact: async (dir, version, content) => {
    const path = join(dir, `rootfs-${version}.img`);
    await writeFile(path, content);
    return { path, component: componentSpec('rootfs', version, 'image', Buffer.from(content)) };
  },
  // What the device boots: the slot recorded as active.
  read: async (root) => {
    const active = await readOrUndefined(join(root, 'rootfs', 'active'));
    return active === undefined ? undefined : readOrUndefined(join(root, 'rootfs', `slot-${active}.img`));
  },
});

/** A/B specifics beyond the shared installer contract. */
describe('image installer (A/B slots)', () => {
  let dir: string;
  let root: string;
  let calls: Omit<BootHookContext, 'root'>[];
  const recordingHook = (context: BootHookContext): Promise<void> => {
    const { root: _root, ...rest } = context;
    calls.push(rest);
    return Promise.resolve();
  };

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-image-'));
    root = join(dir, 'root');
    calls = [];
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  async function artifact(version: string, content: string | Buffer): Promise<{ path: string; bytes: Buffer }> {
    const path = join(dir, `rootfs-${version}.img`);
    const bytes = Buffer.from(content);
    await writeFile(path, bytes);
    return { path, bytes };
  }

  async function install(version: string, content: string | Buffer, config: ImageConfig, options: Record<string, string> = {}, commit = true): Promise<ImageInstaller> {
    const { path, bytes } = await artifact(version, content);
    const component = image(version, bytes, options);
    const installer = new ImageInstaller({ root, component }, config);
    await installer.prepare(path, component);
    await installer.activate();
    if (commit) await installer.commit();
    return installer;
  }

  it('writes the inactive slot only, switches through the boot hook, marks the new slot good on commit', async () => {
    const config = { bootHook: recordingHook };
    await install('1.0.0', 'factory-replacement', config);
    expect(await readFile(join(root, 'rootfs', 'active'), 'utf8')).toBe('b');
    const v2 = await install('2.0.0', 'second', config, {}, false);
    // The slot in use was not touched; the new image went to the other one.
    expect(await readFile(v2.slots.b, 'utf8')).toBe('factory-replacement');
    expect(await readFile(v2.slots.a, 'utf8')).toBe('second');
    await v2.commit();
    expect(calls.map((c) => `${c.action}:${c.slot}`)).toEqual(['switch:b', 'commit:b', 'switch:a', 'commit:a']);
    expect(calls[2]).toMatchObject({ component: 'rootfs', version: '2.0.0', slotPath: v2.slots.a });
  });

  it('falls back to the old slot on rollback, and a file slot never keeps a longer old tail', async () => {
    const config = { bootHook: recordingHook };
    await install('1.0.0', 'x'.repeat(10_000), config);
    await install('2.0.0', 'y'.repeat(20_000), config);
    const v3 = await install('3.0.0', 'short', config, {}, false);
    expect((await stat(v3.slots.b)).size).toBe(5);
    await v3.rollback();
    expect(await readFile(join(root, 'rootfs', 'active'), 'utf8')).toBe('a');
    expect(calls.at(-1)).toMatchObject({ action: 'rollback', slot: 'a' });
    expect(await readFile(v3.slots.a, 'utf8')).toBe('y'.repeat(20_000));
  });

  it('takes slot paths from the manifest options, else the agent config, relative to the root or absolute', async () => {
    const absolute = join(dir, 'disk', 'p2.img');
    const fromOptions = await install('1.0.0', 'one', {}, { slot_a: 'slots/p1.img', slot_b: absolute });
    expect(fromOptions.slots).toEqual({ a: join(root, 'slots', 'p1.img'), b: absolute });
    expect(await readFile(absolute, 'utf8')).toBe('one');
    const fromConfig = new ImageInstaller({ root, component: image('2.0.0', Buffer.from('x')) }, { slotA: 'cfg-a', slotB: join(dir, 'cfg-b') });
    expect(fromConfig.slots).toEqual({ a: join(root, 'cfg-a'), b: join(dir, 'cfg-b') });
    expect(() => new ImageInstaller({ root, component: image('1.0.0', Buffer.from('x'), { slot_a: 's', slot_b: 's' }) })).toThrow(/same path/);
    expect(() => new ImageInstaller({ root, component: image('1.0.0', Buffer.from('x'), { slot_a: '../out' }) })).toThrow(/not a path inside the root/);
  });

  it('a repeated prepare after the switch was recorded never overwrites the slot now in use', async () => {
    await install('1.0.0', 'one', {});
    const { path, bytes } = await artifact('2.0.0', 'two');
    const component = image('2.0.0', bytes);
    const first = new ImageInstaller({ root, component });
    await first.prepare(path, component);
    await first.activate();
    // As if the agent died after recording the new slot but before dropping the staged marker.
    await writeFile(join(root, 'rootfs', '.otacast-staged'), 'a');
    const second = new ImageInstaller({ root, component });
    await second.prepare(path, component);
    await second.activate();
    expect(await readFile(second.slots.a, 'utf8')).toBe('two');
    expect(await readFile(second.slots.b, 'utf8')).toBe('one');
    await second.rollback();
    expect(await readFile(join(root, 'rootfs', 'active'), 'utf8')).toBe('b');
  });

  it('a failing boot hook fails activation with OTA_E_INSTALL and rollback switches back', async () => {
    const log = join(dir, 'hook.log');
    const hook = commandBootHook(`echo "$OTACAST_BOOT_ACTION $OTACAST_SLOT $OTACAST_COMPONENT $OTACAST_VERSION" >> ${log}; test "$OTACAST_BOOT_ACTION $OTACAST_VERSION" != "switch 2.0.0" || { echo "fw_setenv: cannot write"; exit 4; }`, 5_000);
    await install('1.0.0', 'one', { bootHook: hook });
    const { path, bytes } = await artifact('2.0.0', 'two');
    const component = image('2.0.0', bytes);
    const installer = new ImageInstaller({ root, component }, { bootHook: hook });
    await installer.prepare(path, component);
    await expect(installer.activate()).rejects.toMatchObject({ code: 'OTA_E_INSTALL', message: expect.stringMatching(/boot hook.*exited with code 4: fw_setenv: cannot write/) as unknown });
    await installer.rollback();
    expect(await readFile(join(root, 'rootfs', 'active'), 'utf8')).toBe('b');
    expect((await readFile(log, 'utf8')).trim().split('\n')).toEqual(['switch b rootfs 1.0.0', 'commit b rootfs 1.0.0', 'switch a rootfs 2.0.0', 'rollback b rootfs 2.0.0']);
  });

  it('refuses an artifact that does not match the manifest size', async () => {
    const { path } = await artifact('1.0.0', 'abc');
    const component = { ...image('1.0.0', Buffer.from('abc')), size: 4 };
    await expect(new ImageInstaller({ root, component }).prepare(path, component)).rejects.toMatchObject({ code: 'OTA_E_INSTALL' });
  });
});
