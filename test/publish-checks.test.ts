import { describe, expect, it } from 'vitest';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTar, useFixture } from './support/fixture.js';

/** `otacast publish` refuses likely mistakes unless --force, warns about a product no device runs, and takes install paths. */
describe('publish checks', () => {
  const ctx = useFixture();

  it('refuses an archive that is not a tar (nothing stored); --force publishes it with a warning', async () => {
    const { fx, root } = ctx;
    await fx.addDevice('dev-a', 'lamp');
    await writeFile(join(root, 'app.tar'), 'not a tar at all');
    const refused = await fx.admin(['publish', '--product', 'lamp', '--version', '1.0.0', '--key', fx.key, `app=${join(root, 'app.tar')}`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^OTA_E_BAD_RELEASE: component app is typed archive but .*app\.tar is not a tar or tar\.gz: .*publish it as app=PATH:file \(--force publishes anyway\)$/m);
    expect(JSON.parse((await fx.admin(['releases', '--product', 'lamp', '--json'])).stdout)).toEqual([]);

    const forced = await fx.admin(['publish', '--product', 'lamp', '--version', '1.0.0', '--key', fx.key, '--force', `app=${join(root, 'app.tar')}`]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/^warning: OTA_E_BAD_RELEASE: component app is typed archive/m);
  });

  it('refuses a version lower than the current one unless --rollback (or --force)', async () => {
    const { fx, root } = ctx;
    await fx.addDevice('dev-b', 'fan');
    await mkdir(join(root, 'fan-2'), { recursive: true });
    await writeFile(join(root, 'fan-2', 'VERSION'), '2\n');
    await createTar(join(root, 'fan-2'), join(root, 'fan-2.tar'));
    await fx.publish('fan', '2.0.0', [`app=${join(root, 'fan-2.tar')}`]);
    const lower = await fx.admin(['publish', '--product', 'fan', '--version', '1.5.0', '--key', fx.key, `app=${join(root, 'fan-2.tar')}`]);
    expect(lower.code).toBe(1);
    expect(lower.stderr).toMatch(/^OTA_E_DOWNGRADE: fan 1\.5\.0 is lower than 2\.0\.0, current on stable: .*pass --rollback/m);
    const rollback = await fx.admin(['publish', '--product', 'fan', '--version', '1.5.0', '--key', fx.key, '--rollback', `app=${join(root, 'fan-2.tar')}`]);
    expect(rollback.code, rollback.stderr).toBe(0);
  });

  it('warns (and publishes) when no device is registered for the product, naming those that are', async () => {
    const { fx, root } = ctx;
    await writeFile(join(root, 'x.bin'), 'x');
    const result = await fx.admin(['publish', '--product', 'lmap', '--version', '1.0.0', '--key', fx.key, `fw=${join(root, 'x.bin')}`]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: OTA_E_NOT_FOUND: no device is registered for product lmap \(devices are registered for fan, lamp\): check --product/m);
  });

  it('a file component takes its install path from NAME=PATH:file@DEST', async () => {
    const { fx, root } = ctx;
    const token = await fx.addDevice('dev-c', 'heater');
    await writeFile(join(root, 'app.toml'), 'mode = "eco"\n');
    await fx.publish('heater', '1.0.0', [`cfg=${join(root, 'app.toml')}:file@etc/heater/app.toml`]);
    const device = fx.device('dev-c', token, 'heater');
    const applied = await device.once();
    expect(applied.code, applied.stderr).toBe(0);
    expect(await readFile(join(device.rootDir, 'etc', 'heater', 'app.toml'), 'utf8')).toBe('mode = "eco"\n');

    const outside = await fx.admin(['publish', '--product', 'heater', '--version', '1.0.1', '--key', fx.key, `cfg=${join(root, 'app.toml')}:file@/etc/app.toml`]);
    expect(outside.code).toBe(1);
    expect(outside.stderr).toMatch(/^OTA_E_BAD_RELEASE: component .* install path "\/etc\/app\.toml" must be relative to the agent's --root/);
  });
});
