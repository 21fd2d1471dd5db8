import { describe, expect, it } from 'vitest';
import { encode, pb, topics } from '@otacast/shared';
import { useFixture } from './support/fixture.js';
import { connectRaw } from './support/mqtt-device.js';
import { until } from './support/rollouts.js';

interface DeviceJson {
  id: string;
  state: string;
  online: boolean;
  progressPercent: number | null;
}

/**
 * The download percent of a device while it downloads (docs/operations.md):
 * `otacast devices --json`, GET /api/v1/devices and the dashboard show the
 * same number (registry/device-activity.ts downloadPercent), against a real
 * server with a device reporting over real MQTT.
 */
describe('download percent', () => {
  const ctx = useFixture(['--http-port', '0']);

  it('is the same in otacast devices --json, REST and the dashboard while downloading, and null in all once idle', async () => {
    const { fx } = ctx;
    const base = (await fx.server.process.waitFor(/otacast http listening on (http:\/\/[\w.\-[\]:]+)/))[1] as string;
    const token = await fx.addDevice('dp-1', 'dp');
    const device = await connectRaw(fx.server.url, 'dp-1', token);
    let seq = 0;
    const report = (state: number, bytesDone: number, bytesTotal: number) =>
      device.publishAsync(topics.deviceStatus('dp-1'), encode(pb.DeviceStatus, { seq: ++seq, timestampMs: Date.now(), state, outcome: 0, installedVersion: '1.0.0', targetVersion: '1.1.0', bytesDone, bytesTotal }), { qos: 1 });
    const cli = async (): Promise<DeviceJson | undefined> => (JSON.parse((await fx.admin(['devices', '--json'])).stdout) as DeviceJson[]).find((d) => d.id === 'dp-1');
    const rest = async (): Promise<DeviceJson | undefined> => {
      const res = await fetch(`${base}/api/v1/devices`, { headers: { authorization: `Bearer ${fx.server.adminToken}` } });
      expect(res.status).toBe(200);
      return ((await res.json()) as DeviceJson[]).find((d) => d.id === 'dp-1');
    };
    const login = await fetch(`${base}/login`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `token=${encodeURIComponent(fx.server.adminToken)}` });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const dashboard = async (): Promise<string> => {
      const page = await (await fetch(`${base}/?product=dp`, { headers: { cookie } })).text();
      const row = /<tr data-device="dp-1">[\s\S]*?<\/tr>/.exec(page)?.[0] ?? '';
      return /<span class="pct">([^<]*)<\/span>/.exec(row)?.[1] ?? 'no row';
    };
    try {
      // 2 of 3 bytes: 66.67 %, shown rounded down everywhere.
      await report(pb.AgentState.AGENT_STATE_DOWNLOADING, 2_000, 3_000);
      await until('the CLI shows the download', async () => (await cli())?.progressPercent === 66, 15_000);
      expect(await rest()).toMatchObject({ state: 'downloading', online: true, progressPercent: 66 });
      expect(await dashboard()).toBe('66%');

      await report(pb.AgentState.AGENT_STATE_IDLE, 0, 0);
      await until('the CLI shows no download', async () => (await cli())?.progressPercent === null, 15_000);
      expect((await rest())?.progressPercent).toBeNull();
      expect(await dashboard()).toBe('');
    } finally {
      await device.endAsync();
    }
  });
});
