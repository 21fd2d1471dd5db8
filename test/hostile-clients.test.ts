import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decode, encode, indexFile, pb, topics } from '@otacast/shared';
import { openBrokerPersistence } from '../broker/src/mqtt/broker-persistence.js';
import { randomFile, useFixture } from './support/fixture.js';
import { connectRaw, nextMessage } from './support/mqtt-device.js';
import { RawMqttClient, packetHeader, publishPacket, type Will } from './support/raw-mqtt.js';
import { startServe } from './support/server.js';

const MiB = 1024 * 1024;

/**
 * Hole 1 of docs/security.md "Hostile clients": a device that stops reading
 * its socket while making the server publish to it must cost only itself.
 * Per-client rate limits are raised here so that what is checked is the
 * broker's delivery, not the limiter cutting the flood short.
 */
describe('hostile clients: a stalled device', () => {
  const ctx = useFixture(['--client-msgs-per-sec', '100000', '--client-bytes-per-sec', '1000000000', '--stall-timeout', '20']);

  it('does not freeze other devices or the admin API while it stops reading and floods', async () => {
    const image = join(ctx.root, 'stall-1.bin');
    await randomFile(image, 4 * MiB);
    const releaseId = await ctx.fx.publish('stall', '1.0.0', [`fw=${image}`]);
    const honestToken = await ctx.fx.addDevice('honest', 'stall');
    const malloryToken = await ctx.fx.addDevice('mallory', 'stall');
    const honest = ctx.fx.device('honest', honestToken, 'stall');

    const { client: mallory, returnCode } = await RawMqttClient.connect(ctx.fx.server.port, { clientId: 'mallory', username: 'mallory', password: malloryToken, clean: false });
    expect(returnCode).toBe(0);
    expect(await mallory.subscribe([{ topic: topics.deviceChunk('mallory'), qos: 0 }, { topic: topics.deviceCommand('mallory'), qos: 1 }])).toEqual([0, 1]);
    mallory.stopReading();

    const { chunks } = await indexFile(image);
    const ranges = chunks.slice(0, 64).map((c) => ({ digest: c.digest, offset: 0, length: 0 }));
    const request = encode(pb.ChunkRequest, { releaseId, ranges });
    for (let i = 0; i < 4; i++) mallory.send(publishPacket(topics.deviceRequest('mallory'), request));
    // Once the chunks have filled the socket buffers, every publish to it waits.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    // Each undecodable request makes the server publish an error on dev/mallory/cmd.
    for (let i = 0; i < 1_200; i++) mallory.send(publishPacket(topics.deviceRequest('mallory'), Buffer.from([0xff, 0xff, 0xff, i & 0xff])));
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const started = Date.now();
    const [update, devices] = await Promise.all([honest.once(), ctx.fx.admin(['devices'])]);
    const took = Date.now() - started;
    console.log(`honest update and admin call beside a stalled device: ${took} ms`);
    expect(update.code, update.stderr).toBe(0);
    expect(devices.code, devices.stderr).toBe(0);
    // Unfixed, both wait for Aedes' 60 s drain timeout on the stalled socket.
    expect(took).toBeLessThan(15_000);

    // The stalled client itself is dropped once it has not drained for --stall-timeout.
    const log = await ctx.fx.server.process.waitFor(/.*slow client disconnected.*/, 40_000);
    expect(log[0]).toMatch(/OTA_E_SLOW_CLIENT/);
    expect(log[0]).toMatch(/mallory/);
    mallory.destroy();
  });
});

/** Hole 3: wills are publishes, checked against the ACL when set and again when a crashed server's wills are swept. */
describe('hostile clients: wills', () => {
  const ctx = useFixture();
  const forgedAck = encode(pb.Command, { ack: { seq: Number.MAX_SAFE_INTEGER } });
  const forgedRelease = Buffer.from('not a signed manifest');

  it('refuses a CONNECT whose will the device may not publish', async () => {
    const token = await ctx.fx.addDevice('willer', 'willa');
    const wills: Will[] = [
      { topic: topics.deviceCommand('victim'), payload: forgedAck, qos: 1, retain: false },
      { topic: topics.release('willb', 'stable'), payload: forgedRelease, qos: 1, retain: true },
      { topic: topics.deviceStatus('willer'), payload: Buffer.from('x'), qos: 1, retain: true },
    ];
    for (const will of wills) {
      const { client, returnCode } = await RawMqttClient.connect(ctx.fx.server.port, { clientId: 'willer', username: 'willer', password: token, clean: false, will });
      client.destroy();
      expect(returnCode, will.topic).toBe(5);
    }
    const { client, returnCode } = await RawMqttClient.connect(ctx.fx.server.port, {
      clientId: 'willer', username: 'willer', password: token, clean: false, will: { topic: topics.deviceStatus('willer'), payload: Buffer.from('x'), qos: 1, retain: false },
    });
    client.destroy();
    expect(returnCode).toBe(0);
  });

  it('does not deliver wills a killed server left behind when they break the ACL', async () => {
    const victimToken = await ctx.fx.addDevice('victim', 'willa');
    const watcherToken = await ctx.fx.addDevice('watcher', 'willb');
    await ctx.fx.addDevice('willer2', 'willa');
    await ctx.fx.server.process.stop('SIGKILL');
    // What an unfixed server stored at CONNECT, under a broker id that is now dead.
    const persistence = await openBrokerPersistence(join(ctx.fx.dataDir, 'broker'));
    const store = persistence.instance as { setup(broker: { id: string }): Promise<void>; putWill(client: { id: string }, packet: object): Promise<void> };
    await store.setup({ id: 'crashed-broker' });
    await store.putWill({ id: 'willer' }, { cmd: 'publish', topic: topics.deviceCommand('victim'), payload: forgedAck, qos: 1, retain: false, dup: false });
    await store.putWill({ id: 'willer2' }, { cmd: 'publish', topic: topics.release('willb', 'stable'), payload: forgedRelease, qos: 1, retain: true, dup: false });
    await persistence.close();

    ctx.fx.server = await startServe(ctx.fx.dataDir);
    const victim = await connectRaw(ctx.fx.server.url, 'victim', victimToken);
    const watcher = await connectRaw(ctx.fx.server.url, 'watcher', watcherToken);
    const seen: string[] = [];
    victim.on('message', (topic, payload) => seen.push(`${topic} ${payload.equals(forgedAck) ? 'forged ack' : 'other'}`));
    watcher.on('message', (topic, payload) => seen.push(`${topic} ${payload.equals(forgedRelease) ? 'forged release' : 'other'}`));
    await victim.subscribeAsync(topics.deviceCommand('victim'), { qos: 1 });
    await watcher.subscribeAsync(topics.release('willb', 'stable'), { qos: 1 });

    // Aedes sweeps dead brokers' wills 4 heartbeats (20 s) after start: wait until both were refused or delivered.
    const proc = ctx.fx.server.process;
    const swept = (): number => ((proc.stdout + proc.stderr).match(/will refused/g)?.length ?? 0) + seen.filter((s) => s.includes('forged')).length;
    for (const deadline = Date.now() + 45_000; swept() < 2 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 200));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const late = await connectRaw(ctx.fx.server.url, 'watcher', watcherToken);
    const retained = await Promise.all([late.subscribeAsync(topics.release('willb', 'stable'), { qos: 1 }), nextMessage(late, topics.release('willb', 'stable'), 2_000)]);
    await Promise.all([victim.endAsync(), watcher.endAsync(), late.endAsync()]);
    expect(seen.filter((s) => s.includes('forged'))).toEqual([]);
    expect(retained[1]).toBeUndefined();
  });
});

/** Smaller holes: retain on a device's own topics, and per-client publish limits. */
describe('hostile clients: retain and publish limits', () => {
  const ctx = useFixture();

  it('refuses a retained publish on a device’s own status topic', async () => {
    const token = await ctx.fx.addDevice('retainer', 'ret');
    const device = await connectRaw(ctx.fx.server.url, 'retainer', token);
    await device.publishAsync(topics.deviceStatus('retainer'), Buffer.from('kept for ever?'), { qos: 1, retain: true });
    const line = await ctx.fx.server.process.waitFor(/.*publish refused.*dev\/retainer\/status.*/, 5_000);
    expect(line[0]).toMatch(/OTA_E_FORBIDDEN/);
    await device.endAsync();
  });

  it('tells a device that floods past its message rate why, then disconnects it', async () => {
    const token = await ctx.fx.addDevice('flooder', 'ret');
    const device = await connectRaw(ctx.fx.server.url, 'flooder', token);
    const codes: string[] = [];
    device.on('message', (_topic, payload) => {
      const command = decode(pb.Command, payload, 64 * 1024, 'command');
      if (command.ok && command.value.error) codes.push(command.value.error.code ?? '');
    });
    await device.subscribeAsync(topics.deviceCommand('flooder'), { qos: 1 });
    const closed = new Promise<void>((resolve) => device.once('close', () => resolve()));
    // Defaults: 500 messages/s with bursts of 2 s; 3,000 at once is over them.
    for (let i = 0; i < 3_000 && device.connected; i++) device.publish(topics.deviceRequest('flooder'), Buffer.from([0xff, i & 0xff]), { qos: 0 });
    const outcome = await Promise.race([closed.then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still connected'), 10_000))]);
    device.end(true);
    expect(outcome).toBe('closed');
    expect(codes).toContain('OTA_E_RATE_LIMIT');
  });
});

/** Resident memory of a process in bytes (Linux /proc). */
async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (kib === undefined) throw new Error(`no VmRSS for ${pid}`);
  return Number(kib) * 1024;
}

/** Hole 4: memory and connections without credentials. */
describe('hostile clients: before CONNECT', () => {
  const ctx = useFixture();

  it('cuts sockets announcing a 4 MiB CONNECT at their header and still lets devices in', async () => {
    const token = await ctx.fx.addDevice('early', 'pre');
    const pid = ctx.fx.server.process.child.pid as number;
    const before = await rssBytes(pid);
    // Each announces a CONNECT just under the 4 MiB packet limit and sends most of it.
    const announced = 4 * MiB - 64;
    const body = Buffer.alloc(Math.floor(announced * 0.9), 0x61);
    const flood = await Promise.all(Array.from({ length: 150 }, () => RawMqttClient.open(ctx.fx.server.port)));
    const started = Date.now();
    for (const socket of flood) {
      socket.send(packetHeader(0x10, announced));
      socket.send(body);
    }
    const honest = await connectRaw(ctx.fx.server.url, 'early', token);
    await honest.endAsync();
    const allClosed = await Promise.race([Promise.all(flood.map((s) => s.closed)).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 10_000))]);
    const cutAfter = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 500));
    const after = await rssBytes(pid);
    for (const socket of flood) socket.destroy();
    console.log(`preamble flood: 150 sockets closed after ${cutAfter} ms; server RSS ${(before / MiB).toFixed(1)} → ${(after / MiB).toFixed(1)} MiB (+${((after - before) / MiB).toFixed(1)})`);
    expect(allClosed).toBe(true);
    // Unfixed, each socket's CONNECT is buffered whole: ~600 MiB for 150.
    expect(after - before).toBeLessThan(64 * MiB);
  });
});

describe('hostile clients: connection caps', () => {
  const ctx = useFixture(['--max-connections-per-address', '3', '--connect-timeout', '2']);

  it('refuses connections past the per-address cap and closes those that never CONNECT', async () => {
    const token = await ctx.fx.addDevice('capped', 'caps');
    const idle = await Promise.all([0, 1, 2].map(() => RawMqttClient.open(ctx.fx.server.port)));
    const extra = await RawMqttClient.open(ctx.fx.server.port);
    const timeout = (ms: number) => new Promise<string>((resolve) => setTimeout(() => resolve('open'), ms));
    // At once, not after the connect timeout.
    expect(await Promise.race([extra.closed.then(() => 'closed'), timeout(500)])).toBe('closed');
    // --connect-timeout 2: the idle ones are dropped, which frees their places.
    expect(await Promise.race([Promise.all(idle.map((s) => s.closed)).then(() => 'closed'), timeout(6_000)])).toBe('closed');
    // The server counts a connection out on its own 'close', which may come just after the peer saw it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const device = await connectRaw(ctx.fx.server.url, 'capped', token);
    await device.endAsync();
    expect(ctx.fx.server.process.stdout + ctx.fx.server.process.stderr).toMatch(/OTA_E_CONNECTION_LIMIT/);
  });
});
