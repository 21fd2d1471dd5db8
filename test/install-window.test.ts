import { describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomFile, useFixture } from './support/fixture.js';
import { Background, agentBin } from './support/processes.js';
import { installedVersion, rolloutStatus, until } from './support/rollouts.js';

/**
 * The agent's clock for the install window is shifted (a test-only variable)
 * so that its local time is `secondsBefore` seconds before 03:00: the window
 * 03:00-04:00 then opens that many seconds from now, in real time.
 */
function clockBefore3am(secondsBefore: number): { env: Record<string, string>; opensAtMs: number } {
  const target = new Date();
  target.setHours(2, 59, 60 - secondsBefore, 0);
  const now = Date.now();
  return { env: { OTACAST_INSTALL_WINDOW_CLOCK_OFFSET_MS: String(target.getTime() - now), OTACAST_LOG_LEVEL: 'info' }, opensAtMs: now + secondsBefore * 1000 };
}

interface DeviceJson {
  id: string;
  channel: string;
  state: string;
  targetVersion: string;
  online: boolean;
  progressPercent: number | null;
  statusMessage: string;
}

describe('otacast-agent --install-window', () => {
  const ctx = useFixture();

  it('downloads and verifies at once, waits (shown by devices, in progress for the rollout, never timed out), and installs when the window opens', async () => {
    const { fx, root } = ctx;
    const device = fx.device('win-1', await fx.addDevice('win-1', 'win'), 'win');
    await randomFile(join(root, 'w1.bin'), 64 * 1024);
    await fx.publish('win', '1.0.0', [`fw=${join(root, 'w1.bin')}`]);
    expect((await device.once()).code).toBe(0);
    await randomFile(join(root, 'w2.bin'), 64 * 1024);
    await fx.publish('win', '2.0.0', [`fw=${join(root, 'w2.bin')}`], ['--no-announce']);

    const clock = clockBefore3am(25);
    const agent = new Background(agentBin, device.args(['--install-window', '03:00-04:00']), clock.env);
    try {
      await agent.waitFor(/connected/);
      // The device waits ~25 s for its window: far past an 8 s --device-timeout counted from the assignment.
      const start = await fx.admin(['rollout', 'start', '--product', 'win', '--version', '2.0.0', '--waves', '100', '--device-timeout', '8']);
      expect(start.code, start.stderr).toBe(0);
      const id = start.lastLine;
      let waiting: DeviceJson | undefined;
      await until('the device waiting for its window', async () => {
        const list = JSON.parse((await fx.admin(['devices', '--json'])).stdout) as DeviceJson[];
        waiting = list.find((d) => d.id === device.id && d.statusMessage === 'waiting for install window');
        return waiting !== undefined;
      }, 20_000);
      expect(waiting).toMatchObject({ channel: 'stable', state: 'verifying', targetVersion: '2.0.0', online: true, progressPercent: 100 });
      const table = await fx.admin(['devices']);
      expect(table.stdout).toMatch(/^win-1\s+win\s+stable\s+1\.0\.0\s+2\.0\.0\s+verifying \(waiting for install window\)\s+100%\s+yes\s/m);
      expect(await installedVersion(device)).toBe('1.0.0');
      await new Promise((r) => setTimeout(r, 10_000)); // past --device-timeout, still waiting
      expect(Date.now()).toBeLessThan(clock.opensAtMs);
      expect((await rolloutStatus(fx, id)).counts).toMatchObject({ targeted: 1, inProgress: 1, failed: 0 });
      expect(await installedVersion(device)).toBe('1.0.0');

      await until('the install once the window opened', async () => (await installedVersion(device)) === '2.0.0', 60_000);
      expect(Date.now()).toBeGreaterThanOrEqual(clock.opensAtMs);
      await until('completion', async () => (await rolloutStatus(fx, id)).state === 'completed', 30_000);
      expect((await rolloutStatus(fx, id)).counts).toMatchObject({ succeeded: 1, failed: 0 });
      expect(agent.stderr).toContain('install window open');
    } finally {
      await agent.stop();
    }
  });

  it('with --once waits for the window, then installs and exits 0; a bad window is a usage error (exit 2)', async () => {
    const { fx } = ctx;
    const device = fx.device('win-2', await fx.addDevice('win-2', 'win'), 'win');
    await mkdir(device.rootDir, { recursive: true });
    const clock = clockBefore3am(6);
    const agent = new Background(agentBin, [...device.args(['--install-window', '03:00-04:00']), '--once'], clock.env);
    const code = await agent.exited;
    expect(code, agent.stderr).toBe(0);
    expect(Date.now()).toBeGreaterThanOrEqual(clock.opensAtMs);
    expect(agent.stderr).toContain('waiting for install window');
    expect(await installedVersion(device)).toBe('1.0.0');

    for (const bad of ['25:00-01:00', '02:00', '03:00-03:00']) {
      const refused = await device.once(['--install-window', bad]);
      expect(refused.code, bad).toBe(2);
      expect(refused.stderr).toContain('OTA_E_USAGE');
    }
  });
});
