import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomFile, useFixture, type Device } from './support/fixture.js';
import { Background, agentBin } from './support/processes.js';
import { installedVersion, rolloutStatus, until } from './support/rollouts.js';
import { startServe } from './support/server.js';

/**
 * One fleet of real agents (daemons) through several rollouts in a row,
 * each scenario starting from where the one before left the fleet:
 * a failing release halts after its first wave, pause holds a wave, abort
 * stops between waves, a device labelled later joins, an offline device
 * completes later, and a kill -9 of the server resumes the rollout.
 * The health check fails while FAIL_FLAG exists, so one fleet serves both
 * good and bad releases.
 */
const PRODUCT = 'scen';
const FLEET = 8;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('rollout scenarios with 8+ real agents', () => {
  const ctx = useFixture();
  const devices: Device[] = [];
  const agents = new Map<string, Background>();
  let failFlag = '';
  let late: Device;

  function startAgent(d: Device): void {
    agents.set(d.id, new Background(agentBin, d.args(['--health-cmd', `test ! -f '${failFlag}'`]), { OTACAST_LOG_LEVEL: 'info' }));
  }

  /** Whether the agent's log shows it entering DOWNLOADING for this release (state log lines carry the release id). */
  function downloaded(id: string, releaseId: string): boolean {
    const log = agents.get(id)?.stderr ?? '';
    return log.split('\n').some((line) => line.includes('"message":"state DOWNLOADING"') && line.includes(releaseId));
  }

  async function publish(version: string): Promise<string> {
    const file = join(ctx.root, `${PRODUCT}-${version}.bin`);
    await randomFile(file, 8 * 1024);
    return ctx.fx.publish(PRODUCT, version, [`fw=${file}`], ['--no-announce']);
  }

  async function start(version: string, flags: string[]): Promise<string> {
    const result = await ctx.fx.admin(['rollout', 'start', '--product', PRODUCT, '--version', version, ...flags]);
    expect(result.code, result.stderr).toBe(0);
    return result.lastLine;
  }

  const versionsOf = (list: readonly Device[]) => Promise.all(list.map(installedVersion));
  const byId = (id: string) => devices.find((d) => d.id === id) as Device;

  beforeAll(async () => {
    const { fx, root } = ctx;
    failFlag = join(root, 'health-fails');
    for (let i = 0; i < FLEET; i++) {
      const id = `${PRODUCT}-${i}`;
      const d = fx.device(id, await fx.addDevice(id, PRODUCT), PRODUCT);
      await mkdir(d.rootDir, { recursive: true });
      devices.push(d);
    }
    const v1 = join(root, 'v1.bin');
    await randomFile(v1, 8 * 1024);
    await fx.publish(PRODUCT, '1.0.0', [`fw=${v1}`]);
    for (const d of devices) startAgent(d);
    await until('the fleet on 1.0.0 from the channel', async () => (await versionsOf(devices)).every((v) => v === '1.0.0'), 90_000);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...agents.values()].map((a) => a.stop()));
  });

  it('a release whose health check fails halts after its first wave: only that wave tried it', async () => {
    const { fx } = ctx;
    await writeFile(failFlag, '');
    const releaseId = await publish('2.0.0');
    const id = await start('2.0.0', ['--waves', '25,100', '--min-sample', '2', '--max-failure-rate', '0.4']);
    await until('the halt', async () => (await rolloutStatus(fx, id)).state === 'halted', 90_000);
    const halted = await rolloutStatus(fx, id);
    const first = halted.targets.filter((t) => t.wave === 1).map((t) => t.deviceId).sort();
    expect(first).toHaveLength(2);
    expect(halted.haltReason).toContain('2 of 2');
    expect(halted.targets.filter((t) => t.wave === 1).every((t) => t.phase === 'failed' && t.reason === 'OTA_E_HEALTH')).toBe(true);
    expect(halted.targets.filter((t) => t.wave === 2).every((t) => t.phase === 'waiting')).toBe(true);
    // A moment more: nothing else is offered once halted.
    await sleep(2_000);
    const tried = devices.filter((d) => downloaded(d.id, releaseId)).map((d) => d.id).sort();
    expect(tried).toEqual(first);
    expect(await versionsOf(devices)).toEqual(devices.map(() => '1.0.0'));
    expect((await fx.admin(['rollout', 'abort', id])).code).toBe(0);
    await rm(failFlag);
  });

  it('pause holds the next wave; resume completes', async () => {
    const { fx } = ctx;
    const releaseId = await publish('3.0.0');
    // The wave wait leaves time to pause before wave 2 could start on its own.
    const id = await start('3.0.0', ['--waves', '25,100', '--min-sample', '10', '--wave-wait', '4']);
    expect((await fx.admin(['rollout', 'pause', id])).code).toBe(0);
    await until('wave 1 installed while paused', async () => (await rolloutStatus(fx, id)).counts.succeeded === 2, 60_000);
    await sleep(6_000); // past the wave wait: a running rollout would have started wave 2 by now
    const paused = await rolloutStatus(fx, id);
    expect(paused).toMatchObject({ state: 'paused', wave: 1, counts: { succeeded: 2 } });
    const second = paused.targets.filter((t) => t.wave === 2).map((t) => t.deviceId);
    expect(second).toHaveLength(6);
    expect(second.some((d) => downloaded(d, releaseId))).toBe(false);

    expect((await fx.admin(['rollout', 'resume', id])).code).toBe(0);
    await until('completion after resume', async () => (await rolloutStatus(fx, id)).state === 'completed', 90_000);
    expect((await rolloutStatus(fx, id)).counts).toMatchObject({ targeted: 8, succeeded: 8, failed: 0 });
    expect(await versionsOf(devices)).toEqual(devices.map(() => '3.0.0'));
  });

  it('abort between waves: the next wave is never offered', async () => {
    const { fx } = ctx;
    const releaseId = await publish('4.0.0');
    const id = await start('4.0.0', ['--waves', '25,100', '--min-sample', '10', '--wave-wait', '60']);
    await until('wave 1 installed', async () => (await rolloutStatus(fx, id)).counts.succeeded === 2, 60_000);
    const abort = await fx.admin(['rollout', 'abort', id]);
    expect(abort.lastLine).toBe(`${id} aborted`);
    await sleep(2_000);
    const aborted = await rolloutStatus(fx, id);
    expect(aborted).toMatchObject({ state: 'aborted', wave: 1 });
    for (const t of aborted.targets) {
      expect(await installedVersion(byId(t.deviceId))).toBe(t.wave === 1 ? '4.0.0' : '3.0.0');
      expect(downloaded(t.deviceId, releaseId)).toBe(t.wave === 1);
    }
  });

  it('a device labelled later joins, and a device offline at the start completes the rollout when it comes back', async () => {
    const { fx } = ctx;
    for (const d of devices.slice(0, 2)) expect((await fx.admin(['device', 'label', d.id, 'ring=beta'])).code).toBe(0);
    const add = await fx.admin(['device', 'add', `${PRODUCT}-late`, '--product', PRODUCT, '--label', 'ring=beta']);
    expect(add.code, add.stderr).toBe(0);
    late = fx.device(`${PRODUCT}-late`, add.lastLine, PRODUCT);
    await mkdir(late.rootDir, { recursive: true });
    const outside = devices[3] as Device;
    const outsideVersion = await installedVersion(outside);
    await publish('5.0.0');
    const id = await start('5.0.0', ['--select', 'ring=beta', '--waves', '100', '--min-sample', '10']);
    await until('the online beta devices', async () => (await rolloutStatus(fx, id)).counts.succeeded === 2, 60_000);
    // The offline device holds nothing back but keeps the rollout open.
    expect(await rolloutStatus(fx, id)).toMatchObject({ state: 'running', counts: { targeted: 3, succeeded: 2, pending: 1 } });

    const joiner = devices[2] as Device;
    expect((await fx.admin(['device', 'label', joiner.id, 'ring=beta'])).code).toBe(0);
    await until('the device labelled later', async () => (await installedVersion(joiner)) === '5.0.0', 60_000);
    expect(await rolloutStatus(fx, id)).toMatchObject({ state: 'running', counts: { targeted: 4, succeeded: 3 } });
    expect(await installedVersion(outside)).toBe(outsideVersion);

    startAgent(late);
    await until('completion once the offline device is back', async () => (await rolloutStatus(fx, id)).state === 'completed', 90_000);
    expect((await rolloutStatus(fx, id)).counts).toMatchObject({ targeted: 4, succeeded: 4, failed: 0 });
    expect(await installedVersion(late)).toBe('5.0.0');
  });

  it('the server killed with kill -9 mid-rollout resumes it where it was', async () => {
    const { fx } = ctx;
    const fleet = [...devices, late];
    const releaseId = await publish('6.0.0');
    const id = await start('6.0.0', ['--waves', '25,100', '--min-sample', '10', '--wave-wait', '20']);
    await until('wave 1 installed', async () => (await rolloutStatus(fx, id)).counts.succeeded === 3, 60_000);
    const before = await rolloutStatus(fx, id);
    expect(before).toMatchObject({ state: 'running', wave: 1 });

    const port = fx.server.port;
    await fx.server.process.stop('SIGKILL');
    fx.server = await startServe(fx.dataDir, ['--port', String(port)]);
    const after = await rolloutStatus(fx, id);
    expect(after).toMatchObject({ state: 'running', wave: 1, counts: { targeted: 9, succeeded: 3 } });
    expect(after.targets).toEqual(before.targets);

    await until('completion after the restart', async () => (await rolloutStatus(fx, id)).state === 'completed', 90_000);
    expect((await rolloutStatus(fx, id)).counts).toMatchObject({ targeted: 9, succeeded: 9, failed: 0 });
    expect(await versionsOf(fleet)).toEqual(fleet.map(() => '6.0.0'));
    // Wave 1 was not offered again after the restart: each of its devices downloaded the release once.
    for (const t of before.targets.filter((x) => x.wave === 1)) {
      const log = agents.get(t.deviceId)?.stderr ?? '';
      expect(log.split('\n').filter((l) => l.includes('"message":"state DOWNLOADING"') && l.includes(releaseId))).toHaveLength(1);
    }
  });
});
