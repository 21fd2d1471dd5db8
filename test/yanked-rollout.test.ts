import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ApiClient, FleetClient } from '@otacast/broker';
import { decode, pb, topics } from '@otacast/shared';
import { randomFile, useFixture } from './support/fixture.js';
import { connectRaw, nextMessage } from './support/mqtt-device.js';
import { rolloutStatus, until } from './support/rollouts.js';

/**
 * Yanked releases and rollouts (docs/fleet.md, "Release lifecycle") against a
 * real `otacast serve`: a rollout of a yanked release is refused the same way
 * over the MQTT admin API (CLI), the SDK and REST, and nothing is started; a
 * rollout running when its release is yanked ends at once, saying why.
 */
describe('rollouts of yanked releases', () => {
  const ctx = useFixture(['--http-port', '0']);

  async function httpUrl(): Promise<string> {
    return (await ctx.fx.server.process.waitFor(/otacast http listening on (http:\/\/[\w.\-[\]:]+)/))[1] as string;
  }

  async function publishHidden(product: string, version: string): Promise<string> {
    const path = join(ctx.root, `${product}-${version}.bin`);
    await randomFile(path, 4096);
    return ctx.fx.publish(product, version, [`fw=${path}`], ['--no-announce']);
  }

  function postRollout(url: string, body: unknown): Promise<Response> {
    return fetch(`${url}/api/v1/rollouts`, { method: 'POST', headers: { authorization: `Bearer ${ctx.fx.server.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  }

  it('is refused with OTA_E_RELEASE_YANKED over the CLI (exit 1), the SDK and REST (409); no rollout exists afterwards', async () => {
    const { fx } = ctx;
    await fx.addDevice('yk-1', 'yk');
    const releaseId = await publishHidden('yk', '1.0.0');
    const yank = await fx.admin(['release', 'yank', releaseId]);
    expect(yank.code, yank.stderr).toBe(0);

    const cli = await fx.admin(['rollout', 'start', '--product', 'yk', '--version', '1.0.0']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/OTA_E_RELEASE_YANKED: .*publish a new version/);

    const api = await ApiClient.connect({ url: fx.server.url, token: fx.server.adminToken, timeoutMs: 10_000 });
    try {
      await expect(new FleetClient(api).startRollout({ product: 'yk', version: '1.0.0' })).rejects.toMatchObject({ code: 'OTA_E_RELEASE_YANKED' });
    } finally {
      await api.close();
    }

    const url = await httpUrl();
    const rest = await postRollout(url, { product: 'yk', version: '1.0.0' });
    expect(rest.status).toBe(409);
    expect(await rest.json()).toMatchObject({ code: 'OTA_E_RELEASE_YANKED' });

    const list = await fx.admin(['rollouts', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([]);

    // A kept release of the product still rolls out over REST (201, the CLI's JSON), so the refusal is about the yank.
    await publishHidden('yk', '1.1.0');
    const ok = await postRollout(url, { product: 'yk', version: '1.1.0', waves: [100] });
    expect(ok.status, await ok.clone().text()).toBe(201);
    const started = (await ok.json()) as { id: string; state: string; version: string };
    expect(started).toMatchObject({ state: 'running', version: '1.1.0' });
    const bad = await postRollout(url, { product: 'yk', version: 7 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'OTA_E_PROTOCOL' });
    expect((await fx.admin(['rollout', 'abort', started.id])).code).toBe(0);
  });

  it('a running rollout whose release is yanked is aborted at once with the reason in haltReason and its history; its devices get a cancel', async () => {
    const { fx } = ctx;
    const token = await fx.addDevice('yr-1', 'yr');
    await fx.addDevice('yr-2', 'yr');
    const releaseId = await publishHidden('yr', '2.0.0');
    const started = await fx.admin(['rollout', 'start', '--product', 'yr', '--version', '2.0.0', '--waves', '100']);
    expect(started.code, started.stderr).toBe(0);
    const id = started.lastLine;
    expect((await rolloutStatus(fx, id)).state).toBe('running');

    const device = await connectRaw(fx.server.url, 'yr-1', token);
    try {
      await device.subscribeAsync(topics.deviceAssign('yr-1'), { qos: 1 });
      const yank = await fx.admin(['release', 'yank', releaseId]);
      expect(yank.code, yank.stderr).toBe(0);
      expect(yank.lastLine).toBe(`yanked ${releaseId}; aborted rollout ${id}`);

      const after = await rolloutStatus(fx, id);
      expect(after.state).toBe('aborted');
      expect(after.haltReason).toBe('release 2.0.0 was yanked: no device is offered it any more');
      expect(after.history.map((h) => h.detail)).toContain('aborted: release 2.0.0 was yanked: no device is offered it any more');

      // The retained assignment the device holds is now the cancel of that release.
      await until('the retained cancel', async () => {
        await device.unsubscribeAsync(topics.deviceAssign('yr-1'));
        const retained = nextMessage(device, topics.deviceAssign('yr-1'), 2_000);
        await device.subscribeAsync(topics.deviceAssign('yr-1'), { qos: 1 });
        const payload = await retained;
        const decoded = payload === undefined ? undefined : decode(pb.Assignment, payload, 1 << 20, 'assignment');
        return decoded?.ok === true && decoded.value.cancel && decoded.value.releaseId === releaseId;
      }, 15_000);
    } finally {
      await device.endAsync();
    }
    const resume = await fx.admin(['rollout', 'resume', id]);
    expect(resume.code).toBe(1);
    expect(resume.stderr).toMatch(/OTA_E_ROLLOUT_STATE/);
  });
});
