import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createTar, randomFile, useFixture } from './support/fixture.js';

/** Publisher → embedded broker → device, through the real CLIs. */
describe('release path: publish, install, update', () => {
  const ctx = useFixture();

  async function appBundle(version: string): Promise<string> {
    const src = join(ctx.root, `app-${version}`);
    await mkdir(join(src, 'lib'), { recursive: true });
    await writeFile(join(src, 'main.py'), `print("hello from app ${version}")\n`);
    await writeFile(join(src, 'lib', 'VERSION'), `${version}\n`);
    const tar = join(ctx.root, `app-${version}.tar`);
    await createTar(src, tar);
    return tar;
  }

  it('installs v1, updates to v2, keeps the previous release, and reports current after that', async () => {
    const token = await ctx.fx.addDevice('cam-001', 'camera');
    const device = ctx.fx.device('cam-001', token, 'camera');

    const fw1 = await randomFile(join(ctx.root, 'fw-1.bin'), 3 * 1024 * 1024 + 17);
    const app1 = await appBundle('1.0.0');
    const release1 = await ctx.fx.publish('camera', '1.0.0', [`fw=${join(ctx.root, 'fw-1.bin')}:file`, `app=${app1}:archive`]);
    expect(release1).toMatch(/^[0-9a-f]{32}$/);

    const first = await device.once();
    expect(first.code, first.stderr).toBe(0);
    expect(first.lastLine).toMatch(/^installed camera 1\.0\.0/);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(fw1)).toBe(true);
    expect(await readFile(join(device.rootDir, 'app', 'current', 'main.py'), 'utf8')).toContain('app 1.0.0');

    // v2: a slightly edited firmware (most chunks reused) and a new bundle.
    const fw2 = Buffer.from(fw1);
    fw2.write('patched region', 1_000_000);
    await writeFile(join(ctx.root, 'fw-2.bin'), fw2);
    const app2 = await appBundle('2.0.0');
    const release2 = await ctx.fx.publish('camera', '2.0.0', [`fw=${join(ctx.root, 'fw-2.bin')}:file`, `app=${app2}:archive`]);
    expect(release2).not.toBe(release1);

    const second = await device.once();
    expect(second.code, second.stderr).toBe(0);
    expect(second.lastLine).toMatch(/^installed camera 2\.0\.0/);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(fw2)).toBe(true);
    expect(await readFile(join(device.rootDir, 'app', 'current', 'lib', 'VERSION'), 'utf8')).toBe('2.0.0\n');
    expect(await readlink(join(device.rootDir, 'app', 'current'))).toMatch(/releases\/2\.0\.0$/);
    // The previous release stays on disk for rollback.
    expect((await stat(join(device.rootDir, 'app', 'releases', '1.0.0', 'main.py'))).isFile()).toBe(true);

    const third = await device.once();
    expect(third.code, third.stderr).toBe(0);
    expect(third.lastLine).toMatch(/^current camera 2\.0\.0/);
  });

  it('re-publishing the same files uploads no blob twice', async () => {
    const file = join(ctx.root, 'same.bin');
    await randomFile(file, 2 * 1024 * 1024);
    const first = await ctx.fx.admin(['publish', '--product', 'repub', '--version', '1.0.0', '--key', ctx.fx.key, `blob=${file}`]);
    expect(first.code, first.stderr).toBe(0);
    const again = await ctx.fx.admin(['publish', '--product', 'repub', '--channel', 'beta', '--version', '1.0.0', '--key', ctx.fx.key, `blob=${file}`]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/uploaded 0 of \d+ blobs/);
  });

  it('lists devices with their reported version and state', async () => {
    const result = await ctx.fx.admin(['devices', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const devices = JSON.parse(result.stdout) as { id: string; installedVersion: string; state: string; lastSeenMs: number }[];
    const camera = devices.find((d) => d.id === 'cam-001');
    expect(camera?.installedVersion).toBe('2.0.0');
    expect(camera?.state).toBe('idle');
    expect(camera?.lastSeenMs).toBeGreaterThan(0);
    const table = await ctx.fx.admin(['devices']);
    expect(table.stdout).toMatch(/cam-001\s+camera\s+stable\s+2\.0\.0\s+2\.0\.0\s+idle\s+-\s+no\s/);
  });
});
