import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { randomFile, useFixture } from './support/fixture.js';
import { connectRaw } from './support/mqtt-device.js';
import { installedVersion } from './support/rollouts.js';

/**
 * `otacast device rotate-token` on the embedded broker (docs/security.md):
 * the device's live MQTT session is dropped at once, its old token is refused
 * from then on, and the agent given the new token connects and updates.
 */
describe('device token rotation', () => {
  const ctx = useFixture();

  it('drops the live session at once, refuses the old token, and the agent with the new token updates', async () => {
    const { fx, root } = ctx;
    const old = await fx.addDevice('rot-1', 'rot');
    await randomFile(join(root, 'rot.bin'), 16 * 1024);
    await fx.publish('rot', '1.0.0', [`fw=${join(root, 'rot.bin')}`]);

    const live = await connectRaw(fx.server.url, 'rot-1', old);
    const closed = new Promise<number>((resolve) => live.once('close', () => resolve(Date.now())));
    const rotatedAt = Date.now();
    const rotated = await fx.admin(['device', 'rotate-token', 'rot-1']);
    expect(rotated.code, rotated.stderr).toBe(0);
    const fresh = rotated.lastLine;
    expect(fresh).not.toBe(old);
    // Closed by the server while the CLI ran, not by a keepalive timeout (60 s).
    expect((await closed) - rotatedAt).toBeLessThan(10_000);
    live.end(true);

    await expect(connectRaw(fx.server.url, 'rot-1', old)).rejects.toThrow(/[Nn]ot authorized|[Bb]ad user ?name or password/);
    const refused = await fx.device('rot-1', old, 'rot').once();
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/OTA_E_AUTH/);

    const device = fx.device('rot-1', fresh, 'rot');
    const updated = await device.once();
    expect(updated.code, updated.stderr).toBe(0);
    expect(await installedVersion(device)).toBe('1.0.0');
  });
});
