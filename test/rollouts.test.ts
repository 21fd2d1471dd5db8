import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { MqttClient } from 'mqtt';
import { decode, encode, pb, topics } from '@otacast/shared';
import { randomFile, useFixture, type Fixture } from './support/fixture.js';
import { connectRaw } from './support/mqtt-device.js';

/**
 * A device as the server sees it over MQTT (real client, real broker): it
 * receives assignments on its own topic and reports outcomes the way the agent
 * does. The agent itself runs rollouts end to end in rollout-agents.test.ts.
 */
class ReportingDevice {
  private seq = 0;
  readonly assignments: { rolloutId: string; cancel: boolean; releaseId: string; hasManifest: boolean }[] = [];

  private constructor(
    readonly id: string,
    private client: MqttClient,
    private readonly url: string,
    private readonly token: string,
  ) {}

  static async connect(fx: Fixture, id: string, token: string): Promise<ReportingDevice> {
    const device = new ReportingDevice(id, await connectRaw(fx.server.url, id, token), fx.server.url, token);
    await device.listen();
    return device;
  }

  private async listen(): Promise<void> {
    this.client.on('message', (topic, payload) => {
      if (topic !== topics.deviceAssign(this.id) || payload.length === 0) return;
      const decoded = decode(pb.Assignment, payload, 1 << 20, 'assignment');
      if (!decoded.ok) return;
      const a = decoded.value;
      this.assignments.push({ rolloutId: a.rolloutId, cancel: a.cancel, releaseId: a.releaseId, hasManifest: a.signedManifest.length > 0 });
    });
    await this.client.subscribeAsync(topics.deviceAssign(this.id), { qos: 1 });
  }

  get offered(): boolean {
    return this.assignments.some((a) => !a.cancel && a.hasManifest);
  }

  get cancelled(): boolean {
    return this.assignments.some((a) => a.cancel);
  }

  async report(releaseId: string, outcome: number, installedVersion: string, errorCode = ''): Promise<void> {
    const status = { seq: ++this.seq, timestampMs: Date.now(), state: pb.AgentState.AGENT_STATE_IDLE, outcome, releaseId, installedVersion, errorCode };
    await this.client.publishAsync(topics.deviceStatus(this.id), encode(pb.DeviceStatus, status), { qos: 1 });
  }

  async disconnect(): Promise<void> {
    await this.client.endAsync();
  }

  async reconnect(): Promise<void> {
    this.client = await connectRaw(this.url, this.id, this.token);
    await this.listen();
  }
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function status(fx: Fixture, id: string): Promise<{ state: string; wave: number; counts: Record<string, number>; haltReason: string; waves: { percent: number; devices: number }[] }> {
  const result = await fx.admin(['rollout', 'status', id, '--json']);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as never;
}

const INSTALLED = pb.Outcome.OUTCOME_INSTALLED;
const ROLLED_BACK = pb.Outcome.OUTCOME_ROLLED_BACK;

describe('rollouts', () => {
  const ctx = useFixture();

  async function setUp(product: string, count: number, labels: (i: number) => string[] = () => []): Promise<{ devices: ReportingDevice[]; releaseId: string }> {
    const { fx, root } = ctx;
    const devices: ReportingDevice[] = [];
    for (let i = 0; i < count; i++) {
      const id = `${product}-${i}`;
      const add = await fx.admin(['device', 'add', id, '--product', product, ...labels(i).flatMap((l) => ['--label', l])]);
      expect(add.code, add.stderr).toBe(0);
      devices.push(await ReportingDevice.connect(fx, id, add.lastLine));
    }
    await randomFile(join(root, `${product}.bin`), 4096);
    const releaseId = await fx.publish(product, '2.0.0', [`fw=${join(root, `${product}.bin`)}`], ['--no-announce']);
    return { devices, releaseId };
  }

  it('publish --no-announce announces nothing; a rollout offers wave by wave and completes', async () => {
    const { fx } = ctx;
    const { devices, releaseId } = await setUp('waves', 4);
    // Nothing on the channel topic: the release is stored, not announced.
    const releases = await fx.admin(['releases', '--product', 'waves', '--json']);
    expect(JSON.parse(releases.stdout)).toHaveLength(1);

    const start = await fx.admin(['rollout', 'start', '--product', 'waves', '--version', '2.0.0', '--waves', '25,100', '--min-sample', '10']);
    expect(start.code, start.stderr).toBe(0);
    const id = start.lastLine;
    expect(id).toMatch(/^ro-/);
    await until('the first wave', () => devices.filter((d) => d.offered).length === 1);
    const first = await status(fx, id);
    expect(first).toMatchObject({ state: 'running', wave: 1, waves: [{ percent: 25, devices: 1 }, { percent: 100, devices: 3 }] });
    expect(first.counts).toMatchObject({ targeted: 4, inProgress: 1, pending: 3, succeeded: 0, failed: 0 });

    const wave1 = devices.find((d) => d.offered) as ReportingDevice;
    await wave1.report(releaseId, INSTALLED, '2.0.0');
    await until('the second wave', () => devices.every((d) => d.offered));
    for (const d of devices) if (d !== wave1) await d.report(releaseId, INSTALLED, '2.0.0');
    await until('completion', async () => (await status(fx, id)).state === 'completed');
    expect((await status(fx, id)).counts).toMatchObject({ targeted: 4, succeeded: 4, failed: 0 });
    for (const d of devices) await d.disconnect();
  });

  it('halts above the failure rate, withdraws open assignments, and resume acknowledges the failures', async () => {
    const { fx } = ctx;
    const { devices, releaseId } = await setUp('halt', 4);
    const start = await fx.admin(['rollout', 'start', '--product', 'halt', '--version', '2.0.0', '--waves', '100', '--min-sample', '2', '--max-failure-rate', '0.4']);
    const id = start.lastLine;
    await until('every device offered', () => devices.every((d) => d.offered));
    const [a, b, c, d] = devices as [ReportingDevice, ReportingDevice, ReportingDevice, ReportingDevice];
    await a.report(releaseId, ROLLED_BACK, '1.0.0', 'OTA_E_HEALTH');
    await b.report(releaseId, ROLLED_BACK, '1.0.0', 'OTA_E_HEALTH');
    await until('the halt', async () => (await status(fx, id)).state === 'halted');
    const halted = await status(fx, id);
    expect(halted.haltReason).toContain('2 of 2');
    // The halt reaches devices still working on it.
    await until('cancels', () => c.cancelled && d.cancelled);
    expect(a.cancelled).toBe(false);

    const resume = await fx.admin(['rollout', 'resume', id]);
    expect(resume.code, resume.stderr).toBe(0);
    await until('re-offer after resume', () => c.assignments.filter((x) => !x.cancel).length === 2);
    expect((await status(fx, id)).state).toBe('running');
    const abort = await fx.admin(['rollout', 'abort', id]);
    expect(abort.lastLine).toBe(`${id} aborted`);
    expect((await status(fx, id)).state).toBe('aborted');
    // A finished rollout takes no more commands: a coded error, nothing changed.
    const late = await fx.admin(['rollout', 'resume', id]);
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('OTA_E_ROLLOUT_STATE');
    expect((await status(fx, id)).state).toBe('aborted');
    for (const x of devices) await x.disconnect();
  });

  it('selects by label, refuses a second active rollout, reaches an offline device on reconnect, and survives a server restart', async () => {
    const { fx } = ctx;
    const { devices, releaseId } = await setUp('sel', 3, (i) => [`region=${i === 2 ? 'us' : 'eu'}`]);
    const [eu0, eu1, us] = devices as [ReportingDevice, ReportingDevice, ReportingDevice];
    await eu1.disconnect();
    const start = await fx.admin(['rollout', 'start', '--product', 'sel', '--version', '2.0.0', '--select', 'region=eu', '--waves', '100', '--min-sample', '10']);
    const id = start.lastLine;
    await until('the online eu device', () => eu0.offered);
    expect((await status(fx, id)).counts).toMatchObject({ targeted: 2, inProgress: 1, pending: 1 });

    const nobody = await fx.admin(['rollout', 'start', '--product', 'sel', '--version', '2.0.0', '--select', 'region=mars', '--supersede']);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain('OTA_E_NOT_FOUND');
    expect((await status(fx, id)).state).toBe('running'); // the refused start superseded nothing
    const second = await fx.admin(['rollout', 'start', '--product', 'sel', '--version', '2.0.0']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('OTA_E_ROLLOUT_ACTIVE');

    await eu1.reconnect();
    await until('the retained assignment after reconnect', () => eu1.offered);
    expect(us.offered).toBe(false);

    await eu0.report(releaseId, INSTALLED, '2.0.0');
    await until('eu0 succeeded', async () => (await status(fx, id)).counts['succeeded'] === 1);
    for (const x of devices) await x.disconnect();
    await fx.server.stop();
    const { startServe } = await import('./support/server.js');
    fx.server = await startServe(fx.dataDir);
    const after = await status(fx, id);
    expect(after).toMatchObject({ state: 'running', counts: { targeted: 2, succeeded: 1 } });
  });

  it('device add refuses an existing id without --force; labels appear in devices --json', async () => {
    const { fx } = ctx;
    const first = await fx.admin(['device', 'add', 'dup-1', '--product', 'dup', '--label', 'ring=canary']);
    expect(first.code).toBe(0);
    const again = await fx.admin(['device', 'add', 'dup-1', '--product', 'dup']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('OTA_E_EXISTS');
    const forced = await fx.admin(['device', 'add', 'dup-1', '--product', 'dup', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.lastLine).not.toBe(first.lastLine);
    const label = await fx.admin(['device', 'label', 'dup-1', 'region=eu']);
    expect(label.lastLine).toBe('ring=canary region=eu');
    const list = JSON.parse((await fx.admin(['devices', '--json'])).stdout) as { id: string; labels: Record<string, string> }[];
    expect(list.find((d) => d.id === 'dup-1')?.labels).toEqual({ ring: 'canary', region: 'eu' });
    const bad = await fx.admin(['rollout', 'start', '--product', 'dup', '--version', '2.0.0', '--waves', '50,20']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('OTA_E_USAGE');
  });
});
