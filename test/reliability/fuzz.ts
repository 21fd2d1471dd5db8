import { connect as connectTcp } from 'node:net';
import { join } from 'node:path';
import type { MqttClient } from 'mqtt';
import { encode, pb, topics } from '@otacast/shared';
import { fileIntact } from '../support/kill-harness.js';
import { connectRaw } from '../support/mqtt-device.js';
import { Rig, sleep } from './rig.js';
import { prng } from '../support/prng.js';

/**
 * Malformed and random messages on every topic a device may use (and some it
 * may not), from an authenticated device, plus raw TCP garbage, while another
 * device updates. The server must stay up and serve the bystander as usual.
 */
export interface FuzzOptions {
  messages: number;
  rawConnections?: number;
  seed?: number;
  imageBytes?: number;
}

export interface FuzzResult {
  ok: boolean;
  sent: number;
  byKind: Record<string, number>;
  rawConnections: number;
  /** The attacker's connection was closed by the server and opened again. */
  reconnects: number;
  serverAlive: boolean;
  /** Server log lines with OTA_E_INTERNAL (a handler that threw). */
  internalErrors: number;
  bystanderOk: boolean;
  /** The channel still announces the real release afterwards. */
  announcementIntact: boolean;
}

type Message = { kind: string; topic: string; payload: Buffer; qos: 0 | 1; retain: boolean };

function generator(random: () => number, releaseId: string, self: string) {
  const int = (n: number) => Math.floor(random() * n);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const text = () => pick(['', 'x', '1.0.0', '\u0000\uffff', 'é'.repeat(int(300)), bytes(int(40)).toString('latin1')]);
  const bigNumber = () => pick([0, 1, int(2 ** 31), 2 ** 32, Number.MAX_SAFE_INTEGER, int(2 ** 52)]);
  const range = () => ({ digest: pick([bytes(32), bytes(int(40)), Buffer.alloc(0)]), offset: bigNumber(), length: pick([0, int(70_000), 2 ** 32 - 1]) });
  const request = () =>
    encode(pb.ChunkRequest, {
      releaseId: pick([releaseId, bytes(16).toString('hex'), text()]),
      ranges: Array.from({ length: pick([0, 1, int(8), 64, 65, int(200)]) }, range),
      patches: Array.from({ length: int(3) }, () => ({ fromSha256: bytes(pick([0, 32])), toSha256: bytes(pick([0, 32])) })),
    });
  const status = () =>
    encode(pb.DeviceStatus, {
      seq: bigNumber(),
      timestampMs: bigNumber(),
      state: int(12),
      outcome: int(12),
      releaseId: text(),
      targetVersion: text(),
      installedVersion: text(),
      components: Object.fromEntries(Array.from({ length: int(20) }, () => [text(), text()])),
      errorCode: pick(['', 'OTA_E_NOPE', 'OTA_E_DIGEST', text()]),
      message: text(),
      bytesDone: bigNumber(),
      bytesTotal: bigNumber(),
      hardware: text(),
    });
  const own = [topics.deviceRequest(self), topics.deviceStatus(self)];
  // Topics a device may not publish on: denied and dropped, never acted on.
  const forbidden = [
    topics.deviceChunk(self),
    topics.deviceCommand(self),
    topics.deviceStatus('fuzz-bystander'),
    topics.deviceRequest('fuzz-bystander'),
    topics.release('fuzz', 'stable'),
    `otacast/v1/cast/fuzz/1.0.0`,
    `otacast/v1/api/${self}/req`,
    'otacast/v1/other',
    '$SYS/otacast/x',
  ];
  return (): Message => {
    const roll = random();
    const qos = int(2) as 0 | 1;
    const retain = random() < 0.05;
    if (roll < 0.25) return { kind: 'random bytes', topic: pick(own), payload: bytes(int(600)), qos, retain };
    if (roll < 0.45) return { kind: 'chunk request', topic: topics.deviceRequest(self), payload: request(), qos, retain };
    if (roll < 0.62) return { kind: 'device status', topic: topics.deviceStatus(self), payload: status(), qos, retain };
    if (roll < 0.75) {
      const whole = random() < 0.5 ? request() : status();
      return { kind: 'truncated', topic: pick(own), payload: whole.subarray(0, int(whole.length)), qos, retain };
    }
    if (roll < 0.78) return { kind: 'oversized', topic: pick(own), payload: bytes(65 * 1024 + int(200 * 1024)), qos, retain };
    if (roll < 0.8) return { kind: 'empty', topic: pick(own), payload: Buffer.alloc(0), qos, retain };
    return { kind: 'forbidden topic', topic: pick(forbidden), payload: random() < 0.5 ? request() : bytes(int(300)), qos, retain };
  };
}

/** Raw TCP: bytes that are not MQTT, a header announcing a huge packet, a CONNECT cut short. */
async function rawGarbage(port: number, random: () => number): Promise<void> {
  const variants = [
    () => Buffer.from(Array.from({ length: 1 + Math.floor(random() * 400) }, () => Math.floor(random() * 256))),
    () => Buffer.from([0x30, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3]),
    () => Buffer.from([0x10, 0x20, 0x00, 0x04, 0x4d, 0x51, 0x54, 0x54, 0x04, 0xc2]),
    () => Buffer.from([0xe0, 0x00, 0xc0, 0x00, 0x82, 0x00]),
  ];
  const payload = (variants[Math.floor(random() * variants.length)] as () => Buffer)();
  await new Promise<void>((resolve) => {
    const socket = connectTcp(port, '127.0.0.1', () => socket.end(payload));
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    socket.on('data', () => undefined);
    setTimeout(() => socket.destroy(), 2_000).unref();
  });
}

export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const random = prng(options.seed ?? 7);
  const rig = await Rig.create();
  try {
    const attacker = await rig.device('fuzz-attacker', 'fuzz');
    const bystander = await rig.device('fuzz-bystander', 'fuzz');
    const release = await rig.publish('fuzz', '1.0.0', options.imageBytes ?? 2 * 1024 * 1024);
    // The bystander's update runs through the storm on a slow link.
    const proxy = await rig.proxy({ bandwidth: 512 * 1024 });
    const update = rig.agent(bystander, proxy, ['--wait-release', '60']).exit(300_000);

    const next = generator(random, release.releaseId, attacker.id);
    const byKind: Record<string, number> = {};
    let client: MqttClient | undefined;
    let reconnects = 0;
    let sent = 0;
    const ensureClient = async (): Promise<MqttClient> => {
      if (client && client.connected) return client;
      if (client) {
        reconnects++;
        client.end(true);
      }
      client = await connectRaw(rig.fx.server.url, attacker.id, attacker.token);
      client.on('error', () => undefined);
      await client.subscribeAsync(topics.deviceCommand(attacker.id), { qos: 1 }).catch(() => undefined);
      return client;
    };
    while (sent < options.messages) {
      const c = await ensureClient();
      const batch: Promise<unknown>[] = [];
      for (let i = 0; i < 50 && sent < options.messages; i++, sent++) {
        const message = next();
        byKind[message.kind] = (byKind[message.kind] ?? 0) + 1;
        batch.push(c.publishAsync(message.topic, message.payload, { qos: message.qos, retain: message.retain }).catch(() => undefined));
      }
      // QoS 1 publishes settle on PUBACK; a closed connection rejects them (caught) and is reopened.
      await Promise.race([Promise.all(batch), sleep(5_000)]);
    }
    const rawConnections = options.rawConnections ?? 50;
    for (let i = 0; i < rawConnections; i++) await rawGarbage(rig.fx.server.port, random);
    client?.end(true);

    const bystanderRun = await update;
    const bystanderOk = bystanderRun.code === 0 && (await fileIntact(join(bystander.rootDir, 'fw'), undefined, release.fwDigest)) === 'new';
    // A device starting now must still get the real, signed announcement.
    const late = await rig.device('fuzz-late', 'fuzz');
    const lateRun = await rig.agent(late, undefined).exit();
    const announcementIntact = lateRun.code === 0 && lateRun.stdout.includes(release.releaseId);
    const serverAlive = rig.fx.server.process.child.exitCode === null && rig.fx.server.process.child.signalCode === null;
    const internalErrors = rig.fx.server.process.stderr.split('\n').filter((l) => l.includes('OTA_E_INTERNAL')).length;
    return {
      ok: serverAlive && internalErrors === 0 && bystanderOk && announcementIntact,
      sent,
      byKind,
      rawConnections,
      reconnects,
      serverAlive,
      internalErrors,
      bystanderOk,
      announcementIntact,
    };
  } finally {
    await rig.close();
  }
}
