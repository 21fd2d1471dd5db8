import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ApiClient, type AuditEntryInfo, type PrincipalInfo, type ReleaseInfo } from '@otacast/broker';
import { randomFile, useFixture } from './support/fixture.js';
import { otacast, type RunResult } from './support/processes.js';

/**
 * Principals with roles (docs/security.md, "Principals and roles") against a
 * real `otacast serve` and real CLI processes: what each role may do over
 * MQTT and REST, revocation and rotation dropping live sessions, and the
 * audit log recording each change and each refusal.
 */
describe('principals: roles, revocation, audit log', () => {
  const ctx = useFixture(['--http-port', '0']);
  let base: string | undefined;

  async function httpUrl(): Promise<string> {
    base ??= (await ctx.fx.server.process.waitFor(/otacast http listening on (http:\/\/[\w.\-[\]:]+)/))[1] as string;
    return base;
  }

  /** A CLI command as principal `name` with `token`. */
  function as(name: string, token: string, args: string[]): Promise<RunResult> {
    return otacast([...args, '--url', ctx.fx.server.url, '--principal', name, '--token', token]);
  }

  async function addPrincipal(name: string, role: string, extra: string[] = []): Promise<string> {
    const result = await ctx.fx.admin(['principal', 'add', name, '--role', role, ...extra]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toMatch(/^[A-Za-z0-9_-]{43}$/);
    return result.lastLine;
  }

  async function component(name: string): Promise<string> {
    const path = join(ctx.root, `${name}.bin`);
    await randomFile(path, 8192);
    return `fw=${path}`;
  }

  function publish(name: string, token: string, product: string, version: string, extra: string[] = []): Promise<RunResult> {
    return component(`${product}-${version}`).then((fw) => as(name, token, ['publish', '--product', product, '--version', version, '--key', ctx.fx.key, ...extra, fw]));
  }

  async function releases(product: string): Promise<ReleaseInfo[]> {
    const result = await ctx.fx.admin(['releases', '--product', product, '--json']);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as ReleaseInfo[];
  }

  async function audit(): Promise<AuditEntryInfo[]> {
    const result = await ctx.fx.admin(['audit', '--json', '--limit', '1000']);
    expect(result.code, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as AuditEntryInfo[];
  }

  function rest(path: string, token: string, init: RequestInit = {}): Promise<Response> {
    return httpUrl().then((url) => fetch(`${url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) } }));
  }

  it('a publisher for product A publishes A and is refused B with OTA_E_FORBIDDEN naming its products; nothing of B is stored', async () => {
    const token = await addPrincipal('ci-a', 'publisher', ['--product', 'prod-a']);
    const ok = await publish('ci-a', token, 'prod-a', '1.0.0');
    expect(ok.code, ok.stderr).toBe(0);
    expect((await releases('prod-a')).map((r) => r.version)).toEqual(['1.0.0']);

    const refused = await publish('ci-a', token, 'prod-b', '1.0.0');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/OTA_E_FORBIDDEN: .*prod-a/);
    expect(await releases('prod-b')).toEqual([]);
    // It lists releases of its own product only.
    const listed = await as('ci-a', token, ['releases', '--json']);
    expect((JSON.parse(listed.stdout) as ReleaseInfo[]).every((r) => r.product === 'prod-a')).toBe(true);

    const entries = await audit();
    expect(entries.find((e) => e.action === 'commitRelease' && e.target === 'prod-a/stable@1.0.0')).toMatchObject({ principal: 'ci-a', role: 'publisher', result: 'ok' });
    expect(entries.find((e) => e.action === 'commitRelease' && e.target === 'prod-b/stable@1.0.0')).toMatchObject({ principal: 'ci-a', result: 'OTA_E_FORBIDDEN' });
  });

  it('an operator adds a device and starts and pauses a rollout, but cannot publish or add principals', async () => {
    const token = await addPrincipal('ops', 'operator');
    const device = await as('ops', token, ['device', 'add', 'ops-dev', '--product', 'opsprod']);
    expect(device.code, device.stderr).toBe(0);
    const stored = await publish('admin', ctx.fx.server.adminToken, 'opsprod', '2.0.0', ['--no-announce']);
    expect(stored.code, stored.stderr).toBe(0);

    const start = await as('ops', token, ['rollout', 'start', '--product', 'opsprod', '--version', '2.0.0']);
    expect(start.code, start.stderr).toBe(0);
    const rolloutId = start.lastLine;
    const pause = await as('ops', token, ['rollout', 'pause', rolloutId]);
    expect(pause.code, pause.stderr).toBe(0);
    const status = await as('ops', token, ['rollout', 'status', rolloutId, '--json']);
    expect((JSON.parse(status.stdout) as { state: string }).state).toBe('paused');

    const publishRefused = await publish('ops', token, 'opsprod', '3.0.0');
    expect(publishRefused.code).toBe(1);
    expect(publishRefused.stderr).toMatch(/OTA_E_FORBIDDEN/);
    expect((await releases('opsprod')).map((r) => r.version)).toEqual(['2.0.0']);
    const principalRefused = await as('ops', token, ['principal', 'add', 'sneaky', '--role', 'admin']);
    expect(principalRefused.code).toBe(1);
    expect(principalRefused.stderr).toMatch(/OTA_E_FORBIDDEN/);

    const entries = await audit();
    const mine = entries.filter((e) => e.principal === 'ops');
    expect(mine.find((e) => e.action === 'addDevice')).toMatchObject({ target: 'ops-dev', result: 'ok' });
    expect(mine.find((e) => e.action === 'startRollout')).toMatchObject({ target: 'opsprod/stable@2.0.0', result: 'ok', detail: `rollout ${rolloutId}` });
    expect(mine.find((e) => e.action === 'rolloutAction.pause')).toMatchObject({ target: rolloutId, result: 'ok' });
    expect(mine.find((e) => e.action === 'addPrincipal')).toMatchObject({ target: 'sneaky', result: 'OTA_E_FORBIDDEN' });
    expect(mine.every((e) => e.from.startsWith('mqtt:'))).toBe(true);
  });

  it('a viewer lists, but every write is refused over MQTT and with 403 over REST', async () => {
    const token = await addPrincipal('watcher', 'viewer');
    for (const args of [['devices', '--json'], ['releases', '--json'], ['rollouts', '--json']]) {
      const listed = await as('watcher', token, args);
      expect(listed.code, `${args.join(' ')}: ${listed.stderr}`).toBe(0);
    }
    for (const path of ['/api/v1/devices', '/api/v1/releases', '/api/v1/rollouts']) expect((await rest(path, token)).status, path).toBe(200);

    const writes = [
      ['device', 'add', 'viewer-dev', '--product', 'vp'],
      ['device', 'label', 'ops-dev', 'ring=0'],
      ['device', 'remove', 'ops-dev'],
      ['rollout', 'start', '--product', 'opsprod', '--version', '2.0.0', '--supersede'],
      ['release', 'yank', 'no-such-release'],
      ['principal', 'add', 'viewer-friend', '--role', 'viewer'],
      ['principal', 'list'],
      ['audit'],
    ];
    for (const args of writes) {
      const refused = await as('watcher', token, args);
      expect(refused.code, args.join(' ')).toBe(1);
      expect(refused.stderr, args.join(' ')).toMatch(/OTA_E_FORBIDDEN/);
    }
    const published = await publish('watcher', token, 'vp', '1.0.0');
    expect(published.stderr).toMatch(/OTA_E_FORBIDDEN/);

    const post = await rest('/api/v1/principals', token, { method: 'POST', body: JSON.stringify({ name: 'viewer-friend', role: 'admin' }) });
    expect(post.status).toBe(403);
    expect(((await post.json()) as { code: string }).code).toBe('OTA_E_FORBIDDEN');
    expect((await rest('/api/v1/principals', token)).status).toBe(403);
    expect((await rest('/api/v1/audit', token)).status).toBe(403);

    const entries = await audit();
    expect(entries.find((e) => e.principal === 'watcher' && e.action === 'addPrincipal' && e.from.startsWith('http:'))).toMatchObject({ result: 'OTA_E_FORBIDDEN', target: 'viewer-friend' });
    expect(entries.some((e) => e.principal === 'watcher' && e.action === 'removeDevice' && e.result === 'OTA_E_FORBIDDEN')).toBe(true);
    // The device the viewer tried to remove is still there.
    const devices = await ctx.fx.admin(['devices', '--json']);
    expect((JSON.parse(devices.stdout) as { id: string }[]).some((d) => d.id === 'ops-dev')).toBe(true);
  });

  it('principal remove drops a connected admin-API client at once and its token stops working', async () => {
    const token = await addPrincipal('backend', 'operator');
    const client = await ApiClient.connect({ url: ctx.fx.server.url, principal: 'backend', token, timeoutMs: 10_000 });
    try {
      expect(Array.isArray(await client.listDevices())).toBe(true);
      const removed = await ctx.fx.admin(['principal', 'remove', 'backend']);
      expect(removed.code, removed.stderr).toBe(0);
      // Dropped by the server, not timed out: the next request fails with a connection error at once.
      const started = Date.now();
      await expect(client.listDevices()).rejects.toMatchObject({ code: 'OTA_E_CONNECT' });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await client.close();
    }
    const again = await as('backend', token, ['devices']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/OTA_E_AUTH/);
    expect((await rest('/api/v1/devices', token)).status).toBe(401);
    const list = await ctx.fx.admin(['principal', 'list', '--json']);
    expect((JSON.parse(list.stdout) as PrincipalInfo[]).map((p) => p.name)).not.toContain('backend');
  });

  it('rotate-token: the old token is refused over MQTT and HTTP, the new one works, a live session is dropped', async () => {
    const old = await addPrincipal('rotor', 'viewer');
    const client = await ApiClient.connect({ url: ctx.fx.server.url, principal: 'rotor', token: old, timeoutMs: 10_000 });
    try {
      const rotated = await ctx.fx.admin(['principal', 'rotate-token', 'rotor']);
      expect(rotated.code, rotated.stderr).toBe(0);
      const fresh = rotated.lastLine;
      expect(fresh).not.toBe(old);
      await expect(client.listDevices()).rejects.toMatchObject({ code: 'OTA_E_CONNECT' });

      expect((await as('rotor', old, ['devices'])).stderr).toMatch(/OTA_E_AUTH/);
      expect((await rest('/api/v1/devices', old)).status).toBe(401);
      const works = await as('rotor', fresh, ['devices', '--json']);
      expect(works.code, works.stderr).toBe(0);
      expect((await rest('/api/v1/devices', fresh)).status).toBe(200);
    } finally {
      await client.close();
    }
  });

  it('principal add refuses an existing name without --force, and lists principals without tokens', async () => {
    const token = await addPrincipal('dup', 'publisher', ['--product', 'x,y', '--product', 'z']);
    const again = await ctx.fx.admin(['principal', 'add', 'dup', '--role', 'viewer']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/OTA_E_EXISTS/);
    const forced = await ctx.fx.admin(['principal', 'add', 'dup', '--role', 'publisher', '--product', 'x', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect((await as('dup', token, ['releases'])).stderr).toMatch(/OTA_E_AUTH/);
    expect((await ctx.fx.admin(['principal', 'add', 'admin', '--role', 'viewer', '--force'])).stderr).toMatch(/OTA_E_FORBIDDEN/);
    expect((await ctx.fx.admin(['principal', 'add', 'ops-dev', '--role', 'viewer'])).stderr).toMatch(/OTA_E_EXISTS/);

    const list = await ctx.fx.admin(['principal', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).not.toContain(forced.lastLine);
    const principals = JSON.parse(list.stdout) as PrincipalInfo[];
    expect(principals.find((p) => p.name === 'dup')).toMatchObject({ role: 'publisher', products: ['x'] });
    expect(principals.find((p) => p.name === 'admin')).toMatchObject({ role: 'admin', products: [] });
    expect(principals.every((p) => p.createdAtMs > 0)).toBe(true);
    expect(principals.some((p) => p.name === 'ops-dev')).toBe(false);

    // REST: the admin adds a principal and reads the audit log.
    const post = await rest('/api/v1/principals', ctx.fx.server.adminToken, { method: 'POST', body: JSON.stringify({ name: 'from-http', role: 'viewer' }) });
    expect(post.status).toBe(201);
    const created = (await post.json()) as { token: string };
    expect((await rest('/api/v1/devices', created.token)).status).toBe(200);
    const listed = (await (await rest('/api/v1/principals', ctx.fx.server.adminToken)).json()) as PrincipalInfo[];
    expect(listed.map((p) => p.name)).toContain('from-http');
    const entries = (await (await rest('/api/v1/audit?limit=5', ctx.fx.server.adminToken)).json()) as AuditEntryInfo[];
    expect(entries.length).toBeLessThanOrEqual(5);
    expect(entries[0]).toMatchObject({ principal: 'admin', action: 'addPrincipal', target: 'from-http', result: 'ok' });
    // And the server logged each entry as a structured line.
    await ctx.fx.server.process.waitFor(/"action":"addPrincipal".*"message":"audit"|"message":"audit".*"action":"addPrincipal"/);
  });
});
