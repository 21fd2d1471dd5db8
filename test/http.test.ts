import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { randomFile, useFixture } from './support/fixture.js';
import { connectRaw } from './support/mqtt-device.js';

/** `otacast serve --http-port 0`: the HTTP routes of docs/operations.md against a real server process. */
describe('HTTP: /healthz, /api/v1, /metrics', () => {
  const ctx = useFixture(['--http-port', '0']);
  let base: string | undefined;

  async function httpUrl(): Promise<string> {
    base ??= (await ctx.fx.server.process.waitFor(/otacast http listening on (http:\/\/[\w.\-[\]:]+)/))[1] as string;
    return base;
  }

  async function get(path: string, token?: string): Promise<Response> {
    return fetch(`${await httpUrl()}${path}`, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
  }

  async function cliJson(args: string[]): Promise<unknown> {
    const result = await ctx.fx.admin([...args, '--json']);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout);
  }

  it('prints the HTTP URL and answers /healthz', async () => {
    expect(await httpUrl()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('refuses the API without a token, with a wrong or malformed one, with a coded error', async () => {
    for (const path of ['/api/v1/devices', '/api/v1/releases', '/api/v1/rollouts']) {
      for (const headers of [{}, { authorization: 'Bearer wrong-token' }, { authorization: ctx.fx.server.adminToken }, { authorization: `Basic ${ctx.fx.server.adminToken}` }]) {
        const res = await fetch(`${await httpUrl()}${path}`, { headers });
        expect(res.status, `${path} ${JSON.stringify(headers)}`).toBe(401);
        expect(res.headers.get('www-authenticate')).toBe('Bearer');
        const body = (await res.json()) as { code: string; message: string };
        expect(body.code).toBe('OTA_E_AUTH');
        expect(body.message.length).toBeGreaterThan(0);
      }
    }
    // A token one character off is as wrong as any other.
    const token = ctx.fx.server.adminToken;
    const offByOne = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await get('/api/v1/devices', offByOne)).status).toBe(401);
  });

  it('lists devices and releases with the fields and order of `otacast devices|releases --json`', async () => {
    await ctx.fx.addDevice('http-b', 'lamp');
    await ctx.fx.addDevice('http-a', 'lamp', 'beta');
    await randomFile(join(ctx.root, 'lamp.bin'), 4096);
    await ctx.fx.publish('lamp', '1.0.0', [`fw=${join(ctx.root, 'lamp.bin')}`]);
    await ctx.fx.publish('clock', '2.0.0', [`fw=${join(ctx.root, 'lamp.bin')}`]);
    const token = ctx.fx.server.adminToken;

    const devices = await get('/api/v1/devices', token);
    expect(devices.status).toBe(200);
    expect(devices.headers.get('content-type')).toMatch(/^application\/json/);
    const deviceList = (await devices.json()) as { id: string }[];
    expect(deviceList.map((d) => d.id)).toEqual(['http-a', 'http-b']);
    expect(deviceList).toEqual(await cliJson(['devices']));

    const releases = await get('/api/v1/releases', token);
    expect(releases.status).toBe(200);
    const releaseList = (await releases.json()) as { product: string }[];
    expect(releaseList.map((r) => r.product)).toEqual(['clock', 'lamp']);
    expect(releaseList).toEqual(await cliJson(['releases']));
    expect(await (await get('/api/v1/releases?product=lamp', token)).json()).toEqual(await cliJson(['releases', '--product', 'lamp']));
    const bad = await get('/api/v1/releases?product=no%20spaces', token);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe('OTA_E_PROTOCOL');

    const rollouts = await get('/api/v1/rollouts', token);
    expect(rollouts.status).toBe(200);
    expect(await rollouts.json()).toEqual(((await cliJson(['rollouts'])) as { history: unknown }[]).map((r) => ({ ...r, history: [] })));
  });

  it('serves an OpenAPI 3 document whose schemas match the answers field for field', async () => {
    const res = await get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, { get?: { security?: unknown[]; responses: Record<string, unknown> } }>;
      components: { schemas: Record<string, { required: string[]; properties: Record<string, { type: string; nullable?: boolean }> }> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths).sort()).toEqual(['/api/v1/devices', '/api/v1/openapi.json', '/api/v1/releases', '/api/v1/rollouts', '/healthz', '/metrics']);
    for (const path of ['/api/v1/devices', '/api/v1/releases', '/api/v1/rollouts']) {
      expect(doc.paths[path]?.get?.security, path).toEqual([{ bearer: [] }]);
      expect(Object.keys(doc.paths[path]?.get?.responses ?? {}), path).toContain('401');
    }

    await ctx.fx.addDevice('http-schema', 'lamp');
    const token = ctx.fx.server.adminToken;
    const jsonType = (v: unknown): string => (Number.isInteger(v) ? 'integer' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v);
    for (const [path, schemaName] of [['/api/v1/devices', 'Device'], ['/api/v1/releases', 'Release']] as const) {
      const schema = doc.components.schemas[schemaName];
      if (schema === undefined) throw new Error(`no ${schemaName} schema`);
      const items = (await (await get(path, token)).json()) as Record<string, unknown>[];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        // Both directions: every documented field is there, and nothing undocumented is.
        expect(Object.keys(item).sort(), schemaName).toEqual([...schema.required].sort());
        expect(Object.keys(schema.properties).sort(), schemaName).toEqual([...schema.required].sort());
        for (const [field, value] of Object.entries(item)) {
          const property = schema.properties[field];
          // OpenAPI 3.0: null is a value only of a property marked nullable.
          if (value === null && property?.nullable === true) continue;
          expect(jsonType(value), `${schemaName}.${field}`).toBe(property?.type);
        }
      }
    }
  });

  it('answers unknown routes with a coded 404', async () => {
    const res = await get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('OTA_E_NOT_FOUND');
  });

  it('serves Prometheus metrics with the documented names', async () => {
    const res = await get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    for (const name of [
      'otacast_devices_connected',
      'otacast_devices_by_version',
      'otacast_devices_by_state',
      'otacast_chunk_requests_total',
      'otacast_chunk_errors_total',
      'otacast_chunk_bytes_sent_total',
      'otacast_status_lag_seconds',
      'nodejs_eventloop_lag_seconds',
      'process_resident_memory_bytes',
    ]) {
      expect(text, name).toMatch(new RegExp(`^# TYPE ${name} `, 'm'));
    }
    // Devices registered above and never seen: counted, by state "unknown".
    expect(text).toMatch(/^otacast_devices_by_state\{state="unknown"\} [1-9]/m);
  });

  it('counts connected devices, not other clients', async () => {
    const scrape = async () => (await (await get('/metrics')).text()).match(/^otacast_devices_connected (\d+)$/m)?.[1];
    const token = await ctx.fx.addDevice('http-online', 'lamp');
    expect(await scrape()).toBe('0');
    const device = await connectRaw(ctx.fx.server.url, 'http-online', token);
    const admin = await connectRaw(ctx.fx.server.url, 'admin', ctx.fx.server.adminToken);
    try {
      expect(await scrape()).toBe('1');
    } finally {
      await device.endAsync();
      await admin.endAsync();
    }
    for (let i = 0; i < 50 && (await scrape()) !== '0'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await scrape()).toBe('0');
  });

  it('passes `promtool check metrics` (skipped without promtool, except in CI)', async (test) => {
    const text = await (await get('/metrics')).text();
    const promtool = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
    if (promtool.error !== undefined) {
      if (process.env['CI'] === 'true') throw new Error(`promtool is not installed (${promtool.error.message}); .ci/run installs Debian's prometheus package`);
      console.warn('\n*** SKIPPED: promtool not found, /metrics NOT checked. Install it (apt-get install prometheus) to run this check. ***\n');
      test.skip('promtool not found');
    }
    const check = (input: string) => spawnSync('promtool', ['check', 'metrics'], { input, encoding: 'utf8' });
    // The tool does lint: a counter without _total is refused, so a pass below means something.
    expect(check('# HELP bad_bytes x\n# TYPE bad_bytes counter\nbad_bytes 1\n').status).not.toBe(0);
    const result = check(text);
    expect(`${result.stdout}${result.stderr}`).toBe('');
    expect(result.status).toBe(0);
  });
});
