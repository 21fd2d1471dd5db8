import { describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTar, useFixture, type Device } from './support/fixture.js';
import type { RunResult } from './support/processes.js';

interface ComponentEntry {
  name: string;
  version?: string;
  type: 'file' | 'archive' | 'image' | 'command';
  /** File content, or the files of a tar. */
  content: string | Record<string, string>;
  requires?: Record<string, string>;
  options?: Record<string, string>;
}

/**
 * Multi-component releases through the real CLIs: `requires` checked by the
 * publisher and by the agent before any download, one release of all four
 * installer types activated, committed and rolled back together, and the A/B
 * image switch with its boot hook.
 */
describe('multi-component releases', () => {
  const ctx = useFixture();

  /** Writes the component files and a release file; returns the `otacast publish` result. */
  async function publish(product: string, version: string, components: ComponentEntry[]): Promise<RunResult> {
    const base = join(ctx.root, 'releases', `${product}-${version}`);
    await mkdir(base, { recursive: true });
    const entries = [];
    for (const c of components) {
      let path = join(base, `${c.name}.bin`);
      if (typeof c.content === 'string') await writeFile(path, c.content);
      else {
        const src = join(base, `${c.name}.src`);
        for (const [name, content] of Object.entries(c.content)) {
          await mkdir(join(src, name, '..'), { recursive: true });
          await writeFile(join(src, name), content);
        }
        path = join(base, `${c.name}.tar`);
        await createTar(src, path);
      }
      entries.push({ name: c.name, type: c.type, path, ...(c.version ? { version: c.version } : {}), requires: c.requires ?? {}, options: c.options ?? {} });
    }
    const file = join(base, 'release.json');
    await writeFile(file, JSON.stringify({ product, version, components: entries }));
    return ctx.fx.admin(['publish', '--key', ctx.fx.key, '--release', file]);
  }

  async function published(product: string, version: string, components: ComponentEntry[]): Promise<string> {
    const result = await publish(product, version, components);
    expect(result.code, result.stderr).toBe(0);
    return result.lastLine;
  }

  async function device(id: string, product: string): Promise<Device> {
    return ctx.fx.device(id, await ctx.fx.addDevice(id, product), product);
  }

  async function record(id: string): Promise<Record<string, unknown> | undefined> {
    const devices = JSON.parse((await ctx.fx.admin(['devices', '--json'])).stdout) as { id: string }[];
    return devices.find((d) => d.id === id);
  }

  const errorLine = (result: RunResult) => result.stderr.split('\n').find((l) => /^OTA_E_[A-Z_]+: /.test(l)) ?? '';

  it('the publisher refuses a release whose own requires cannot be met, naming the constraint', async () => {
    const result = await publish('compat-pub', '1.0.0', [
      { name: 'runtime', version: '3.10.4', type: 'archive', content: { 'bin/python3': 'rt' } },
      { name: 'app', version: '2.1.0', type: 'archive', content: { 'main.py': 'app' }, requires: { runtime: '>=3.11 <3.13' } },
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('OTA_E_INCOMPATIBLE: constraint app requires runtime ">=3.11 <3.13": the release has runtime 3.10.4');
  });

  it('the agent refuses, before downloading, a release whose requires the resulting set does not meet; unchanged components are not touched', async () => {
    const d = await device('compat-1', 'compat');
    const runtime310: ComponentEntry = { name: 'runtime', version: '3.10.4', type: 'archive', content: { 'bin/python3': 'python 3.10' } };
    const cfg: ComponentEntry = { name: 'cfg', version: '1.0.0', type: 'file', content: 'mode=fast\n' };
    await published('compat', '1.0.0', [runtime310, { name: 'app', version: '2.0.0', type: 'archive', content: { 'main.py': 'v2.0' } }, cfg]);
    expect((await d.once()).code).toBe(0);
    const cfgBefore = await stat(join(d.rootDir, 'cfg'));

    // The release carries app alone; the publisher leaves the runtime constraint to the device.
    const app21: ComponentEntry = { name: 'app', version: '2.1.0', type: 'archive', content: { 'main.py': 'v2.1' }, requires: { runtime: '>=3.11 <3.13' } };
    const refusedId = await published('compat', '1.1.0', [app21]);
    const refused = await d.once();
    expect(refused.code).toBe(1);
    expect(errorLine(refused)).toBe('OTA_E_INCOMPATIBLE: app 2.1.0 requires runtime >=3.11 <3.13, resulting set has runtime 3.10.4');
    expect(refused.stderr).not.toMatch(/"message":"downloading"/);
    await expect(stat(join(d.stateDir, 'downloads', refusedId))).rejects.toThrow();
    expect(await record('compat-1')).toMatchObject({ installedVersion: '1.0.0', outcome: 'incompatible', lastError: expect.stringContaining('requires runtime >=3.11 <3.13') as unknown });

    // With the runtime it needs, and the config unchanged: installed, the config file left alone.
    await published('compat', '1.2.0', [{ ...runtime310, version: '3.12.1', content: { 'bin/python3': 'python 3.12' } }, app21, cfg]);
    const ok = await d.once();
    expect(ok.code, ok.stderr).toBe(0);
    expect(await readFile(join(d.rootDir, 'runtime', 'current', 'bin', 'python3'), 'utf8')).toBe('python 3.12');
    const cfgAfter = await stat(join(d.rootDir, 'cfg'));
    expect([cfgAfter.ino, cfgAfter.mtimeMs]).toEqual([cfgBefore.ino, cfgBefore.mtimeMs]);
  });

  it('a failing health check rolls back every component of the release: file, archive, image and command', async () => {
    const d = await device('all-1', 'all');
    const release = (v: string): ComponentEntry[] => [
      { name: 'cfg', type: 'file', content: `cfg ${v}\n` },
      { name: 'app', type: 'archive', content: { VERSION: v } },
      { name: 'rootfs', type: 'image', content: `rootfs ${v}` },
      { name: 'pkgs', type: 'command', content: { VERSION: v, 'install.sh': 'cp VERSION "$OTACAST_ROOT/pkgs-installed"\n' } },
    ];
    await published('all', '1.0.0', release('1.0.0'));
    expect((await d.once()).code).toBe(0);
    await published('all', '2.0.0', release('2.0.0'));
    // The health check sees every new component in place, then declares the release unhealthy.
    const check = 'grep -q 2.0.0 cfg && grep -q 2.0.0 app/current/VERSION && grep -q 2.0.0 pkgs-installed && exit 9';
    const result = await d.once(['--health-cmd', check]);
    expect(errorLine(result)).toBe('OTA_E_HEALTH: health check exited with code 9');
    expect(await readFile(join(d.rootDir, 'cfg'), 'utf8')).toBe('cfg 1.0.0\n');
    expect(await readFile(join(d.rootDir, 'app', 'current', 'VERSION'), 'utf8')).toBe('1.0.0');
    const active = (await readFile(join(d.rootDir, 'rootfs', 'active'), 'utf8')).trim();
    expect(await readFile(join(d.rootDir, 'rootfs', `slot-${active}.img`), 'utf8')).toBe('rootfs 1.0.0');
    expect(await readFile(join(d.rootDir, 'pkgs-installed'), 'utf8')).toBe('1.0.0');
    expect(await record('all-1')).toMatchObject({ installedVersion: '1.0.0', outcome: 'rolled_back' });
  });

  it('A/B image: writes the inactive slot, switches with the boot hook, falls back when unhealthy', async () => {
    const d = await device('ab-1', 'ab');
    const hookLog = join(ctx.root, 'ab-boot.log');
    const slots = join(ctx.root, 'ab-disk');
    const args = ['--boot-hook', `echo "$OTACAST_BOOT_ACTION $OTACAST_SLOT $(basename "$OTACAST_SLOT_PATH")" >> ${hookLog}`, '--slot-a', join(slots, 'p2'), '--slot-b', join(slots, 'p3')];
    const image = (v: string): ComponentEntry[] => [{ name: 'os', type: 'image', content: `os image ${v}`.repeat(1000) }];
    for (const v of ['1.0.0', '2.0.0']) {
      await published('ab', v, image(v));
      const result = await d.once(args);
      expect(result.code, result.stderr).toBe(0);
    }
    expect(await readFile(join(slots, 'p3'), 'utf8')).toBe('os image 1.0.0'.repeat(1000));
    expect(await readFile(join(slots, 'p2'), 'utf8')).toBe('os image 2.0.0'.repeat(1000));
    await published('ab', '3.0.0', image('3.0.0'));
    const bad = await d.once([...args, '--health-cmd', 'exit 1']);
    expect(errorLine(bad)).toMatch(/^OTA_E_HEALTH: /);
    // 3.0.0 went to the inactive slot B; the device is back on slot A with 2.0.0 intact.
    expect(await readFile(join(slots, 'p3'), 'utf8')).toBe('os image 3.0.0'.repeat(1000));
    expect(await readFile(join(slots, 'p2'), 'utf8')).toBe('os image 2.0.0'.repeat(1000));
    expect((await readFile(join(d.rootDir, 'os', 'active'), 'utf8')).trim()).toBe('a');
    expect((await readFile(hookLog, 'utf8')).trim().split('\n')).toEqual(['switch b p3', 'commit b p3', 'switch a p2', 'commit a p2', 'switch b p3', 'rollback a p2']);
    expect((await readdir(join(d.rootDir, 'os'))).sort()).toEqual(['active']);
  });
});
