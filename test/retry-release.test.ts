import { describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useFixture } from './support/fixture.js';

/** A release rolled back on a device is not tried again, unless --retry-release names it (issue 13). */
describe('--retry-release', () => {
  const ctx = useFixture();

  it('a rolled-back release stays refused until --retry-release tries it once more', async () => {
    const { fx, root } = ctx;
    const token = await fx.addDevice('dev-r', 'pump');
    const device = fx.device('dev-r', token, 'pump');
    await writeFile(join(root, 'fw.bin'), 'firmware 1');
    const releaseId = await fx.publish('pump', '1.0.0', [`fw=${join(root, 'fw.bin')}`]);
    // The health check needs a file the device does not have yet: the install rolls back.
    const marker = join(root, 'healthy');
    const health = ['--health-cmd', `test -f ${marker}`, '--wait-release', '10'];

    const first = await device.once(health);
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^OTA_E_HEALTH: /m);

    const again = await device.once(health);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/this release was rolled back on this device; not applying it again/);

    await writeFile(marker, '');
    const retried = await device.once([...health, '--retry-release', releaseId]);
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.lastLine).toBe(`installed pump 1.0.0 ${releaseId}`);
  });
});
