import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { randomFile, useFixture, type Device } from './support/fixture.js';
import { FaultProxy } from './support/fault-proxy.js';
import { Background, agentBin } from './support/processes.js';
import { installedVersion, rolloutStatus as rolloutState, until } from './support/rollouts.js';

/** Real agents (daemon mode) following a rollout: the assignment beats the channel, a halt reaches a download in progress. */
describe('rollouts with real agents', () => {
  const ctx = useFixture();

  async function fleet(product: string, count: number): Promise<Device[]> {
    const devices: Device[] = [];
    for (let i = 0; i < count; i++) devices.push(ctx.fx.device(`${product}-${i}`, await ctx.fx.addDevice(`${product}-${i}`, product), product));
    return devices;
  }

  it('installs wave by wave while the channel stays on the old release', async () => {
    const { fx, root } = ctx;
    const devices = await fleet('agents', 3);
    await randomFile(join(root, 'v1.bin'), 64 * 1024);
    await fx.publish('agents', '1.0.0', [`fw=${join(root, 'v1.bin')}`]);
    for (const d of devices) expect((await d.once()).code).toBe(0);

    const agents = devices.map((d) => new Background(agentBin, d.args()));
    try {
      await Promise.all(agents.map((a) => a.waitFor(/connected/)));
      await randomFile(join(root, 'v2.bin'), 64 * 1024);
      await fx.publish('agents', '2.0.0', [`fw=${join(root, 'v2.bin')}`], ['--no-announce']);
      const start = await fx.admin(['rollout', 'start', '--product', 'agents', '--version', '2.0.0', '--waves', '34,100', '--min-sample', '5']);
      expect(start.code, start.stderr).toBe(0);
      const id = start.lastLine;
      await until('the first wave installed', async () => (await Promise.all(devices.map(installedVersion))).filter((v) => v === '2.0.0').length >= 1);
      await until('completion', async () => (await rolloutState(fx, id)).state === 'completed');
      expect(await Promise.all(devices.map(installedVersion))).toEqual(['2.0.0', '2.0.0', '2.0.0']);
      expect((await rolloutState(fx, id)).counts).toMatchObject({ targeted: 3, succeeded: 3, failed: 0 });
      // The channel still announces 1.0.0: nothing reached the devices but the rollout.
      const releases = JSON.parse((await fx.admin(['releases', '--product', 'agents', '--json'])).stdout) as { version: string }[];
      expect(releases.map((r) => r.version).sort()).toEqual(['1.0.0', '2.0.0']);
    } finally {
      await Promise.all(agents.map((a) => a.stop()));
    }
  });

  it('halts on failed health checks and stops a device that is still downloading', async () => {
    const { fx, root } = ctx;
    const devices = await fleet('halting', 3);
    await randomFile(join(root, 'h1.bin'), 4096);
    await fx.publish('halting', '1.0.0', [`fw=${join(root, 'h1.bin')}`]);
    for (const d of devices) expect((await d.once()).code).toBe(0);
    const [failA, failB, slow] = devices as [Device, Device, Device];

    // The slow device downloads 24 MiB through a 512 KiB/s link: it is mid-transfer when the others fail.
    const proxy = await new FaultProxy({ targetHost: '127.0.0.1', targetPort: fx.server.port, bandwidth: 512 * 1024 }).start();
    const failing = ['--health-cmd', 'exit 7'];
    const agents = [
      new Background(agentBin, failA.args(failing)),
      new Background(agentBin, failB.args(failing)),
      new Background(agentBin, slow.args().map((a) => (a === fx.server.url ? proxy.url : a))),
    ];
    try {
      await Promise.all(agents.map((a) => a.waitFor(/connected/)));
      await randomFile(join(root, 'h2.bin'), 24 * 1024 * 1024);
      await fx.publish('halting', '2.0.0', [`fw=${join(root, 'h2.bin')}`], ['--no-announce']);
      const start = await fx.admin(['rollout', 'start', '--product', 'halting', '--version', '2.0.0', '--waves', '100', '--min-sample', '2', '--max-failure-rate', '0.5']);
      const id = start.lastLine;
      await until('the halt', async () => (await rolloutState(fx, id)).state === 'halted', 90_000);
      expect((await rolloutState(fx, id)).haltReason).toContain('2 of 2');
      // The slow device hears the cancel and drops the download; it stays on 1.0.0.
      await (agents[2] as Background).waitFor(/OTA_E_CANCELLED/, 30_000);
      expect(await installedVersion(slow)).toBe('1.0.0');
      expect(await installedVersion(failA)).toBe('1.0.0');
    } finally {
      await Promise.all(agents.map((a) => a.stop()));
      await proxy.close();
    }
  });
});
