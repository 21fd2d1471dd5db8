import { describe, expect, it } from 'vitest';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { decode, pb, topics, verifySignedManifest, loadTrustedKey } from '@otacast/shared';
import { randomFile, useFixture } from './support/fixture.js';
import { FaultProxy } from './support/fault-proxy.js';
import { otacast } from './support/processes.js';
import { startServe } from './support/server.js';
import { connectRaw, grantedQos, nextMessage } from './support/mqtt-device.js';

/** Blob files currently in the server's content-addressed store. */
async function blobFiles(dataDir: string): Promise<Set<string>> {
  const out = new Set<string>();
  const root = join(dataDir, 'blobs');
  for (const prefix of await readdir(root)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of await readdir(join(root, prefix))) out.add(join(root, prefix, name));
  }
  return out;
}

describe('security: signatures, digests, authentication, access control', () => {
  const ctx = useFixture();

  /** Publishes v1 of `product` and installs it on a new device. */
  async function installedDevice(product: string) {
    const token = await ctx.fx.addDevice(`${product}-dev`, product);
    const device = ctx.fx.device(`${product}-dev`, token, product);
    const v1 = await randomFile(join(ctx.root, `${product}-1.bin`), 1024 * 1024);
    await ctx.fx.publish(product, '1.0.0', [`fw=${join(ctx.root, `${product}-1.bin`)}`]);
    const result = await device.once();
    expect(result.code, result.stderr).toBe(0);
    return { device, v1 };
  }

  it('refuses a release signed by an untrusted key and keeps the installed version', async () => {
    const { device, v1 } = await installedDevice('untrusted');
    const rogueKeys = join(ctx.root, 'rogue');
    expect((await otacast(['keygen', '--out', rogueKeys])).code).toBe(0);
    await randomFile(join(ctx.root, 'untrusted-2.bin'), 1024 * 1024);
    const published = await ctx.fx.admin(['publish', '--product', 'untrusted', '--version', '2.0.0', '--key', join(rogueKeys, 'signing.key'), `fw=${join(ctx.root, 'untrusted-2.bin')}`]);
    expect(published.code, published.stderr).toBe(0);

    const result = await device.once();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_UNTRUSTED_KEY/);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v1)).toBe(true);
  });

  it('refuses a manifest tampered with on the server', async () => {
    const { device, v1 } = await installedDevice('tampered');
    await randomFile(join(ctx.root, 'tampered-2.bin'), 1024 * 1024);
    await ctx.fx.publish('tampered', '2.0.0', [`fw=${join(ctx.root, 'tampered-2.bin')}`]);

    // A compromised server edits the stored manifest (2.0.0 → 9.0.0) and announces it.
    await ctx.fx.server.stop();
    const db = new Database(join(ctx.fx.dataDir, 'registry.db'));
    const rows = db.prepare('SELECT rowid, signed_manifest FROM releases WHERE product = ?').all('tampered') as { rowid: number; signed_manifest: Buffer }[];
    for (const row of rows) {
      const bytes = Buffer.from(row.signed_manifest);
      const at = bytes.indexOf('2.0.0');
      if (at >= 0) bytes.write('9', at);
      db.prepare('UPDATE releases SET signed_manifest = ? WHERE rowid = ?').run(bytes, row.rowid);
    }
    db.close();
    ctx.fx.server = await startServe(ctx.fx.dataDir);

    const result = await device.once();
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_SIGNATURE/);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v1)).toBe(true);
  });

  it('refuses chunks corrupted in the server store and keeps the installed version', async () => {
    const { device, v1 } = await installedDevice('rotten');
    const before = await blobFiles(ctx.fx.dataDir);
    await randomFile(join(ctx.root, 'rotten-2.bin'), 1024 * 1024);
    await ctx.fx.publish('rotten', '2.0.0', [`fw=${join(ctx.root, 'rotten-2.bin')}`]);

    // Flip one byte in every blob v2 added, then restart so no cache hides it.
    await ctx.fx.server.stop();
    for (const file of await blobFiles(ctx.fx.dataDir)) {
      if (before.has(file)) continue;
      const bytes = await readFile(file);
      bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0xff;
      await writeFile(file, bytes);
    }
    ctx.fx.server = await startServe(ctx.fx.dataDir);

    const result = await device.once();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_DIGEST/);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v1)).toBe(true);
  });

  it('drops chunks corrupted in transit, fetches them again and installs the right bytes', async () => {
    const { device } = await installedDevice('transit');
    const v2 = await randomFile(join(ctx.root, 'transit-2.bin'), 2 * 1024 * 1024);
    await ctx.fx.publish('transit', '2.0.0', [`fw=${join(ctx.root, 'transit-2.bin')}`]);

    let corrupted = 0;
    const proxy = await new FaultProxy({
      targetHost: '127.0.0.1',
      targetPort: ctx.fx.server.port,
      rewriteDownstream: (topic, payload) => {
        if (topic !== topics.deviceChunk(device.id) || corrupted >= 3 || payload.length < 4096) return undefined;
        corrupted++;
        payload[payload.length >> 1] = (payload[payload.length >> 1] as number) ^ 0x5a;
        return payload;
      },
    }).start();
    try {
      const args = device.args().map((a) => (a === ctx.fx.server.url ? proxy.url : a));
      const { agent } = await import('./support/processes.js');
      const result = await agent([...args, '--once']);
      expect(result.code, result.stderr).toBe(0);
      expect(corrupted).toBe(3);
      expect((await readFile(join(device.rootDir, 'fw'))).equals(v2)).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  it('refuses a wrong token with a coded error', async () => {
    await ctx.fx.addDevice('liar', 'camera');
    const device = ctx.fx.device('liar', 'not-the-token', 'camera');
    const result = await device.once();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_AUTH/);
  });

  it("denies a device another device's topics and publishing releases", async () => {
    const { device } = await installedDevice('acl');
    const client = await connectRaw(ctx.fx.server.url, device.id, device.token);
    try {
      expect(await grantedQos(client, topics.deviceChunk('someone-else'), 0)).toBe(128);
      expect(await grantedQos(client, topics.deviceCommand('someone-else'), 1)).toBe(128);
      expect(await grantedQos(client, topics.release('camera', 'stable'), 1)).toBe(128);
      expect(await grantedQos(client, 'otacast/v1/dev/#', 0)).toBe(128);
      expect(await grantedQos(client, topics.deviceChunk(device.id), 0)).toBe(0);

      // A forged release must not replace the retained one.
      // The server may drop the packet or the connection: either way nothing is stored.
      await Promise.race([
        client.publishAsync(topics.release('acl', 'stable'), Buffer.from('forged'), { qos: 1, retain: true }).catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 2_000)),
      ]);
      const observer = await connectRaw(ctx.fx.server.url, device.id, device.token);
      try {
        const retained = nextMessage(observer, topics.release('acl', 'stable'));
        await observer.subscribeAsync(topics.release('acl', 'stable'), { qos: 1 });
        const payload = await retained;
        expect(payload).toBeDefined();
        const verified = verifySignedManifest(payload as Buffer, [await loadTrustedKey(ctx.fx.trust)]);
        expect(verified.manifest.version).toBe('1.0.0');
      } finally {
        await observer.endAsync();
      }
    } finally {
      await client.endAsync(true).catch(() => undefined);
    }
    expect(ctx.fx.server.process.stderr).toMatch(/OTA_E_FORBIDDEN/);
  });

  it('answers malformed and oversized messages with coded errors and keeps serving others', async () => {
    const { device: victim } = await installedDevice('robust');
    const attacker = await connectRaw(ctx.fx.server.url, victim.id, victim.token);
    const cmd = nextMessage(attacker, topics.deviceCommand(victim.id));
    await attacker.subscribeAsync(topics.deviceCommand(victim.id), { qos: 1 });
    await attacker.publishAsync(topics.deviceRequest(victim.id), Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), { qos: 0 });
    const reply = await cmd;
    expect(reply).toBeDefined();
    const command = decode(pb.Command, reply as Buffer, 65536, 'command');
    expect(command.ok && command.value.error?.code).toBe('OTA_E_DECODE');
    await attacker.publishAsync(topics.deviceStatus(victim.id), Buffer.from('not protobuf at all \xff\xff'), { qos: 1 });

    // A 6 MiB packet is refused before it is buffered: the connection is closed.
    const closed = new Promise<void>((resolve) => attacker.once('close', () => resolve()));
    attacker.publish(topics.deviceStatus(victim.id), Buffer.alloc(6 * 1024 * 1024), { qos: 0 });
    await closed;
    await attacker.endAsync(true).catch(() => undefined);

    // Random garbage on every topic a device may publish to.
    const fuzzer = await connectRaw(ctx.fx.server.url, victim.id, victim.token);
    for (let i = 0; i < 200; i++) {
      const topic = i % 2 === 0 ? topics.deviceRequest(victim.id) : topics.deviceStatus(victim.id);
      await fuzzer.publishAsync(topic, Buffer.from(Array.from({ length: i }, () => Math.floor(Math.random() * 256))), { qos: 1 });
    }
    await fuzzer.endAsync();

    expect(ctx.fx.server.process.stderr).toMatch(/OTA_E_DECODE/);
    expect(ctx.fx.server.process.stderr).toMatch(/OTA_E_TOO_LARGE/);
    expect(ctx.fx.server.process.child.exitCode).toBeNull();

    // Another device still updates normally.
    const { device: other } = await installedDevice('bystander');
    await randomFile(join(ctx.root, 'bystander-2.bin'), 512 * 1024);
    await ctx.fx.publish('bystander', '2.0.0', [`fw=${join(ctx.root, 'bystander-2.bin')}`]);
    const result = await other.once();
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toMatch(/^installed bystander 2\.0\.0/);
  });
});
