import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { verifyMosquittoHash } from '../broker/src/auth/mosquitto-auth.js';
import { SqliteRegistry } from '../broker/src/registry/sqlite-registry.js';
import { useFixture } from './support/fixture.js';
import { connectRaw, grantedQos } from './support/mqtt-device.js';
import { otacast } from './support/processes.js';
import { MosquittoBroker, mosquittoAvailable, requireMosquitto } from './support/mosquitto.js';

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function canConnect(url: string, id: string, token: string): Promise<boolean> {
  try {
    const client = await connectRaw(url, id, token);
    await client.endAsync();
    return true;
  } catch {
    return false;
  }
}

/** Every message a client receives, in order. */
function record(client: MqttClient): { topic: string; payload: string }[] {
  const seen: { topic: string; payload: string }[] = [];
  client.on('message', (topic, payload) => seen.push({ topic, payload: payload.toString() }));
  return seen;
}

/**
 * Device credentials and ACLs on a real Mosquitto: the files `otacast serve
 * --mosquitto-auth` keeps current (SIGHUP after each change) and
 * `otacast broker-auth mosquitto` writes.
 */
describe.runIf(mosquittoAvailable() || process.env['CI'])('credentials on an external Mosquitto', () => {
  const authRoot = mkdtempSync(join(tmpdir(), 'otacast-mosquitto-auth-'));
  const authDir = join(authRoot, 'auth');
  const pidFile = join(authRoot, 'mosquitto.pid');
  const ctx = useFixture(['--mosquitto-auth', authDir, '--mosquitto-pid-file', pidFile]);
  let broker: MosquittoBroker;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    requireMosquitto('the Mosquitto credential tests');
    // The server wrote the files at start; Mosquitto reads them from there.
    broker = await MosquittoBroker.start({ passwordFile: join(authDir, 'password_file'), aclFile: join(authDir, 'acl_file'), pidFile, allowAnonymous: false });
    for (const id of ['d1', 'd2']) tokens[id] = await ctx.fx.addDevice(id, 'cam');
    await until('both devices can connect (files rewritten, Mosquitto reloaded)', async () => (await canConnect(broker.url, 'd1', tokens['d1'] ?? '')) && (await canConnect(broker.url, 'd2', tokens['d2'] ?? '')));
  });
  afterAll(async () => {
    await broker?.close();
    await rm(authRoot, { recursive: true, force: true });
  });

  it('a device may publish to its own req but not to another device\'s, and subscribe only to its own and its product\'s topics', async () => {
    const worker = await mqtt.connectAsync(broker.url, { clientId: 'otacast-worker-1', username: 'admin', password: ctx.fx.server.adminToken, reconnectPeriod: 0 });
    const seen = record(worker);
    expect(await grantedQos(worker, '$share/otacast/otacast/v1/dev/+/req', 0)).toBe(0);
    const d1 = await connectRaw(broker.url, 'd1', tokens['d1'] ?? '');
    try {
      await d1.publishAsync('otacast/v1/dev/d1/req', 'own', { qos: 1 });
      await d1.publishAsync('otacast/v1/dev/d2/req', 'forged', { qos: 1 });
      await d1.publishAsync('otacast/v1/dev/d1/req', 'own again', { qos: 1 });
      // One connection delivers in order: once the last one is in, the forged one would have been too.
      await until('the last own request arrives', async () => seen.some((m) => m.payload === 'own again'));
      expect(seen).toEqual([
        { topic: 'otacast/v1/dev/d1/req', payload: 'own' },
        { topic: 'otacast/v1/dev/d1/req', payload: 'own again' },
      ]);
      // Mosquitto answers a forbidden MQTT 3.1.1 SUBSCRIBE with a grant and then delivers nothing on it.
      const received = record(d1);
      const topics = ['otacast/v1/dev/d2/chunk', 'otacast/v1/rel/other/stable', 'otacast/v1/api/admin/res', 'otacast/v1/rel/cam/stable', 'otacast/v1/dev/d1/chunk'];
      for (const topic of topics) await grantedQos(d1, topic, 0);
      for (const topic of topics) await worker.publishAsync(topic, `to ${topic}`, { qos: 1 });
      await until('the device\'s own chunk arrives', async () => received.some((m) => m.topic === 'otacast/v1/dev/d1/chunk'));
      expect(received.map((m) => m.topic)).toEqual(['otacast/v1/rel/cam/stable', 'otacast/v1/dev/d1/chunk']);
    } finally {
      await d1.endAsync();
      await worker.endAsync();
    }
    expect(await canConnect(broker.url, 'd1', tokens['d2'] ?? '')).toBe(false);
    expect(await canConnect(broker.url, 'nobody', tokens['d1'] ?? '')).toBe(false);
  });

  it('after device rotate-token the files are rewritten and Mosquitto reloaded: the old token is refused, the new one accepted', async () => {
    const old = tokens['d1'] ?? '';
    const rotated = await ctx.fx.admin(['device', 'rotate-token', 'd1']);
    expect(rotated.code, rotated.stderr).toBe(0);
    await until('the new token is accepted', () => canConnect(broker.url, 'd1', rotated.lastLine));
    expect(await canConnect(broker.url, 'd1', old)).toBe(false);
    tokens['d1'] = rotated.lastLine;
    expect(ctx.fx.server.process.stderr).toMatch(/mosquitto auth files rewritten/);
    expect(broker.log).toMatch(/Reloading config/);
  });

  it('after device remove its token is refused', async () => {
    const removed = await ctx.fx.admin(['device', 'remove', 'd2']);
    expect(removed.code, removed.stderr).toBe(0);
    await until('d2 is refused', async () => !(await canConnect(broker.url, 'd2', tokens['d2'] ?? '')));
    expect(await canConnect(broker.url, 'd1', tokens['d1'] ?? '')).toBe(true);
  });

  it('otacast broker-auth mosquitto writes the same files beside a running server, and names devices without a hash', async () => {
    // A device registered before broker hashes were kept: only its sha256 is in the registry.
    const registry = SqliteRegistry.open(join(ctx.fx.dataDir, 'registry.db'));
    await registry.upsertPrincipal({ name: 'legacy', role: 'device', tokenSha256: '0'.repeat(64), product: 'cam', channel: 'stable' });
    await registry.close();
    const out = join(authRoot, 'exported');
    const result = await otacast(['broker-auth', 'mosquitto', '--out', out, '--data', ctx.fx.dataDir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/device legacy: .*rotate the token/);
    expect(result.lastLine).toMatch(/\(2 principals\).*1 not exported/);
    const lines = (await readFile(join(out, 'password_file'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['admin', 'd1']);
    const d1Hash = lines[1]?.slice('d1:'.length) ?? '';
    expect(d1Hash).toMatch(/^\$7\$101\$[A-Za-z0-9+/=]{16}\$[A-Za-z0-9+/=]{88}$/);
    expect(verifyMosquittoHash(tokens['d1'] ?? '', d1Hash)).toBe(true);
    expect(verifyMosquittoHash('wrong', d1Hash)).toBe(false);
    const acl = await readFile(join(out, 'acl_file'), 'utf8');
    expect(acl).toContain('pattern write otacast/v1/dev/%u/req');
    expect(acl).toContain('user d1\ntopic read otacast/v1/rel/cam/+');
    expect(acl).not.toContain('user legacy');
    const usage = await otacast(['broker-auth', 'mosquitto', '--out', out, '--data', join(authRoot, 'nowhere')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^OTA_E_USAGE: /m);
  });

  it('reads hashes written by mosquitto_passwd itself (the same format both ways)', () => {
    const file = join(authRoot, 'by-mosquitto-passwd');
    execFileSync('mosquitto_passwd', ['-c', '-b', file, 'someone', 'their-token']);
    const hash = readFileSync(file, 'utf8').trim().slice('someone:'.length);
    expect(verifyMosquittoHash('their-token', hash)).toBe(true);
    expect(verifyMosquittoHash('their-tokeN', hash)).toBe(false);
  });
});
