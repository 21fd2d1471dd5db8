import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiClient } from '@otacast/broker';
import { encode, indexFile, pb, topics } from '@otacast/shared';
import { openBrokerPersistence } from '../../broker/src/mqtt/broker-persistence.js';
import { randomFile } from '../support/fixture.js';
import { connectRaw, nextMessage } from '../support/mqtt-device.js';
import { RawMqttClient, packetHeader, publishPacket, type Will } from '../support/raw-mqtt.js';
import { startServe } from '../support/server.js';
import { sleep } from './rig.js';
import { MiB, RssWatch, deferred, holdsBefore, logLines, timedUpdate, withServer, type HostileResult } from './hostile-rig.js';

/**
 * The hostile-client scenarios of `npm run reliability` (issue 11, docs/security.md):
 * each starts a real `otacast serve`, times an honest device's update (the real
 * agent, `--once`) unattacked and again under the attack, samples the server's
 * RSS, and says whether the attack was stopped. The pass/fail bounds are the
 * regression tests' (test/hostile-clients.test.ts, test/replay.test.ts); the
 * timings are figures only, never goals.
 */
export const HOSTILE_SCENARIOS = ['stall-flood', 'preamble-flood', 'will-abuse', 'replay'] as const;
export type HostileScenario = (typeof HOSTILE_SCENARIOS)[number];
export type { HostileResult };

/**
 * Hole 1: devices that stop reading their socket, ask for 4 × 64 whole chunks and
 * send 1,200 undecodable requests (each answered on their cmd topic), and do it
 * again each time they are dropped, while an honest device updates. Rate limits are
 * raised as in the regression test, so that what is measured is the broker's delivery.
 */
async function stallFlood(quick: boolean): Promise<HostileResult> {
  const attackers = quick ? 1 : 3;
  const stallS = quick ? 10 : 20;
  const limits = ['--client-msgs-per-sec', '100000', '--client-bytes-per-sec', '1000000000', '--stall-timeout', String(stallS)];
  return withServer('stall', (quick ? 4 : 8) * MiB, limits, async ({ fx, root, honest, image, releaseId }) => {
    const unattacked = await timedUpdate(honest[0], image);
    const { chunks } = await indexFile(join(root, 'stall-1.bin'));
    const request = encode(pb.ChunkRequest, { releaseId, ranges: chunks.slice(0, 64).map((c) => ({ digest: c.digest, offset: 0, length: 0 })) });
    const ids = Array.from({ length: attackers }, (_, i) => `stall-mallory-${i + 1}`);
    const tokens = await Promise.all(ids.map((id) => fx.addDevice(id, 'stall')));
    const rss = new RssWatch(() => fx.server.process.child.pid);
    const before = await rss.now();
    let stop = false;
    let rounds = 0;
    const roundsOf: Record<string, number> = {};
    let cutByServer = 0;
    const open: RawMqttClient[] = [];
    const attack = async (id: string, token: string, flooded: () => void): Promise<void> => {
      while (!stop) {
        const { client, returnCode } = await RawMqttClient.connect(fx.server.port, { clientId: id, username: id, password: token, clean: false });
        if (returnCode !== 0) return client.destroy();
        open.push(client);
        await client.subscribe([{ topic: topics.deviceChunk(id), qos: 0 }, { topic: topics.deviceCommand(id), qos: 1 }]);
        client.stopReading();
        for (let i = 0; i < 4; i++) client.send(publishPacket(topics.deviceRequest(id), request));
        await sleep(2_000); // the chunks fill the socket buffers first
        for (let i = 0; i < 1_200; i++) client.send(publishPacket(topics.deviceRequest(id), Buffer.from([0xff, 0xff, 0xff, i & 0xff])));
        roundsOf[id] = (roundsOf[id] ?? 0) + 1;
        rounds++;
        flooded();
        // The server must drop it; once the honest update is over, within the stall timeout and a margin.
        // Its log says so: a socket that stopped reading never sees the server's FIN.
        const cuts = (): number => logLines(fx, 'slow client disconnected', 'OTA_E_SLOW_CLIENT', `"${id}"`).length;
        if (await holdsBefore(() => cuts() >= (roundsOf[id] ?? 0), () => stop, (stallS + 15) * 1000)) cutByServer++;
        client.destroy();
      }
    };
    const firstFloods = ids.map(() => deferred());
    const attacks = ids.map((id, i) => attack(id, tokens[i] as string, () => firstFloods[i]?.resolve()));
    await Promise.all(firstFloods.map((f) => f.promise));
    const adminStarted = Date.now();
    const [attacked, adminS] = await Promise.all([timedUpdate(honest[1], image), fx.admin(['devices']).then((r) => (r.code === 0 ? (Date.now() - adminStarted) / 1000 : NaN))]);
    stop = true;
    await Promise.all(attacks);
    for (const client of open) client.destroy();
    await sleep(1_000);
    const after = await rss.now();
    rss.stop();
    const cutLines = logLines(fx, 'slow client disconnected', 'OTA_E_SLOW_CLIENT');
    const everyAttackerCut = ids.every((id) => cutLines.some((l) => l.includes(`"${id}"`)));
    const reasons = [...new Set(cutLines.map((l) => /"reason":"([^"]+)"/.exec(l)?.[1] ?? '?'))].join(', ');
    return {
      scenario: 'stall-flood',
      attack: `${attackers} stalled device(s) flooding their cmd topic, ${rounds} rounds`,
      unattackedS: unattacked.seconds,
      attackedS: attacked.seconds,
      honestOk: unattacked.ok && attacked.ok,
      rssMiB: { before, peak: rss.peak, after },
      stopped: everyAttackerCut && cutByServer === rounds,
      evidence: `${cutByServer}/${rounds} attacker connections dropped by the server (${cutLines.length} OTA_E_SLOW_CLIENT lines: ${reasons}); admin call beside it ${adminS.toFixed(1)} s`,
    };
  });
}

/** Hole 4: waves of sockets announcing a ~4 MiB CONNECT and sending 90% of it, without credentials, during an honest update. */
async function preambleFlood(quick: boolean): Promise<HostileResult> {
  const perWave = quick ? 150 : 300;
  return withServer('pre', (quick ? 1 : 4) * MiB, [], async ({ fx, honest, image }) => {
    const unattacked = await timedUpdate(honest[0], image);
    const rss = new RssWatch(() => fx.server.process.child.pid);
    const before = await rss.now();
    const announced = 4 * MiB - 64;
    const body = Buffer.alloc(Math.floor(announced * 0.9), 0x61);
    let stop = false;
    let sockets = 0;
    let closedInTime = 0;
    let slowestMs = 0;
    const wave = async (): Promise<void> => {
      const flood = await Promise.all(Array.from({ length: perWave }, () => RawMqttClient.open(fx.server.port)));
      const started = Date.now();
      for (const socket of flood) {
        socket.send(packetHeader(0x10, announced));
        socket.send(body);
      }
      sockets += flood.length;
      await Promise.all(flood.map((s) => Promise.race([s.closed.then(() => {
        closedInTime++;
        slowestMs = Math.max(slowestMs, Date.now() - started);
      }), sleep(10_000)])));
      for (const socket of flood) socket.destroy();
    };
    const waves = (async () => {
      do await wave();
      while (!stop);
    })();
    await sleep(200);
    const attacked = await timedUpdate(honest[1], image);
    stop = true;
    await waves;
    await sleep(500);
    const after = await rss.now();
    rss.stop();
    const refused = logLines(fx, 'connection refused before CONNECT', 'OTA_E_CONNECTION_LIMIT').length;
    return {
      scenario: 'preamble-flood',
      attack: `${sockets} unauthenticated sockets in waves of ${perWave}, each announcing a 4 MiB CONNECT`,
      unattackedS: unattacked.seconds,
      attackedS: attacked.seconds,
      honestOk: unattacked.ok && attacked.ok,
      rssMiB: { before, peak: rss.peak, after },
      // The regression test's bound: unfixed, 150 such sockets kept ~600 MiB.
      stopped: closedInTime === sockets && after - before < 64,
      evidence: `${closedInTime}/${sockets} cut by the server (slowest ${slowestMs} ms after sending), ${refused} OTA_E_CONNECTION_LIMIT lines, RSS +${(after - before).toFixed(1)} MiB (bound 64)`,
    };
  });
}

/**
 * Hole 3: a device's will on another device's cmd (a forged ack with seq 2^53−1) and a
 * retained will on another product's channel: first at CONNECT, then planted as an
 * unfixed server stored them before a kill -9, swept after the restart.
 */
async function willAbuse(quick: boolean): Promise<HostileResult> {
  return withServer('will', (quick ? 1 : 4) * MiB, [], async ({ fx, args, honest, image }) => {
    const unattacked = await timedUpdate(honest[0], image);
    const victimToken = await fx.addDevice('will-victim', 'will');
    const watcherToken = await fx.addDevice('willb-watch', 'willb');
    const malloryToken = await fx.addDevice('will-mallory', 'will');
    await fx.addDevice('will-mallory2', 'will');
    const forgedAck = encode(pb.Command, { ack: { seq: Number.MAX_SAFE_INTEGER } });
    const forgedRelease = Buffer.from('not a signed manifest');
    const wills: Will[] = [
      { topic: topics.deviceCommand('will-victim'), payload: forgedAck, qos: 1, retain: false },
      { topic: topics.release('willb', 'stable'), payload: forgedRelease, qos: 1, retain: true },
    ];
    const rss = new RssWatch(() => fx.server.process.child.pid);
    const before = await rss.now();
    let refusedAtConnect = 0;
    for (const will of wills) {
      const { client, returnCode } = await RawMqttClient.connect(fx.server.port, { clientId: 'will-mallory', username: 'will-mallory', password: malloryToken, clean: false, will });
      client.destroy();
      if (returnCode === 5) refusedAtConnect++;
    }
    const port = fx.server.port;
    await fx.server.process.stop('SIGKILL');
    const persistence = await openBrokerPersistence(join(fx.dataDir, 'broker'));
    const store = persistence.instance as { setup(broker: { id: string }): Promise<void>; putWill(client: { id: string }, packet: object): Promise<void> };
    await store.setup({ id: 'crashed-broker' });
    for (const [i, will] of wills.entries()) await store.putWill({ id: i === 0 ? 'will-mallory' : 'will-mallory2' }, { cmd: 'publish', dup: false, ...will });
    await persistence.close();
    fx.server = await startServe(fx.dataDir, [...args, '--port', String(port)]);
    const victim = await connectRaw(fx.server.url, 'will-victim', victimToken);
    const watcher = await connectRaw(fx.server.url, 'willb-watch', watcherToken);
    let forged = 0;
    victim.on('message', (_t, payload) => (forged += payload.equals(forgedAck) ? 1 : 0));
    watcher.on('message', (_t, payload) => (forged += payload.equals(forgedRelease) ? 1 : 0));
    await victim.subscribeAsync(topics.deviceCommand('will-victim'), { qos: 1 });
    await watcher.subscribeAsync(topics.release('willb', 'stable'), { qos: 1 });
    // The honest update runs on the restarted server while its sweep of the dead server's wills is due (20 s after start).
    const attacked = await timedUpdate(honest[1], image);
    const swept = (): number => logLines(fx, 'will refused').length + forged;
    for (const deadline = Date.now() + 45_000; swept() < 2 && Date.now() < deadline; ) await sleep(200);
    await sleep(1_000);
    const late = await connectRaw(fx.server.url, 'willb-watch', watcherToken);
    const [, retained] = await Promise.all([late.subscribeAsync(topics.release('willb', 'stable'), { qos: 1 }), nextMessage(late, topics.release('willb', 'stable'), 2_000)]);
    await Promise.all([victim.endAsync(), watcher.endAsync(), late.endAsync()]);
    const after = await rss.now();
    rss.stop();
    const sweptRefused = logLines(fx, 'will refused', 'OTA_E_FORBIDDEN').length;
    return {
      scenario: 'will-abuse',
      attack: 'wills on another device’s cmd and another product’s channel, at CONNECT and planted before kill -9 + restart',
      unattackedS: unattacked.seconds,
      attackedS: attacked.seconds,
      honestOk: unattacked.ok && attacked.ok,
      rssMiB: { before, peak: rss.peak, after },
      stopped: refusedAtConnect === wills.length && sweptRefused >= wills.length && forged === 0 && retained === undefined,
      evidence: `CONNACK 5 for ${refusedAtConnect}/${wills.length} at CONNECT; after the restart ${sweptRefused} swept wills refused (OTA_E_FORBIDDEN), ${forged} delivered, ${retained === undefined ? 'none' : 'one'} retained (RSS after is the restarted server's)`,
    };
  });
}

/** Hole 2: an admin (no signing key) re-commits the stored bytes of an old rollback-signed release. */
async function replay(quick: boolean): Promise<HostileResult> {
  const imageBytes = (quick ? 0.25 : 4) * MiB;
  return withServer('rep', imageBytes, [], async ({ fx, root, honest, image: v105 }) => {
    const old = await fx.publish('rep', '1.0.5', [`fw=${join(root, 'rep-1.bin')}`], ['--rollback']);
    for (const device of honest) if (!(await timedUpdate(device, v105)).ok) throw new Error(`replay: ${device.id} did not install 1.0.5`);
    const v2Path = join(root, 'rep-2.bin');
    const v2 = await randomFile(v2Path, imageBytes);
    await fx.publish('rep', '2.0.0', [`fw=${v2Path}`]);
    const unattacked = await timedUpdate(honest[0], v2);
    const rss = new RssWatch(() => fx.server.process.child.pid);
    const before = await rss.now();
    const db = new Database(join(fx.dataDir, 'registry.db'), { readonly: true });
    const row = db.prepare<[string], { signed_manifest: Buffer }>('SELECT signed_manifest FROM releases WHERE release_id = ?').get(old);
    db.close();
    const api = await ApiClient.connect({ url: fx.server.url, token: fx.server.adminToken });
    const code = await api.commitRelease(Buffer.from(row?.signed_manifest ?? Buffer.alloc(0))).then(
      () => 'accepted',
      (err: unknown) => (err as { code?: string }).code ?? String(err),
    );
    await api.close();
    const attacked = await timedUpdate(honest[1], v2);
    const stayed = await timedUpdate(honest[0], v2);
    const after = await rss.now();
    rss.stop();
    return {
      scenario: 'replay',
      attack: 'admin re-commit of the stored 1.0.5 rollback manifest while the channel is on 2.0.0',
      unattackedS: unattacked.seconds,
      attackedS: attacked.seconds,
      honestOk: unattacked.ok && attacked.ok,
      rssMiB: { before, peak: rss.peak, after },
      stopped: code === 'OTA_E_REPLAYED_MANIFEST' && stayed.ok,
      evidence: `re-commit answered ${code}; the device on 2.0.0 ran again and ${stayed.ok ? 'stayed on 2.0.0' : 'LEFT 2.0.0'}; the device on 1.0.5 went to 2.0.0`,
    };
  }, false);
}

const RUNS: Record<HostileScenario, (quick: boolean) => Promise<HostileResult>> = {
  'stall-flood': stallFlood,
  'preamble-flood': preambleFlood,
  'will-abuse': willAbuse,
  replay,
};

export function runHostile(scenario: HostileScenario, quick: boolean): Promise<HostileResult> {
  return RUNS[scenario](quick);
}

/** The hostile scenarios' own table (rendered by long-run.ts): what the honest device saw, and the server's memory. */
export const HOSTILE_HEAD = ['scenario', 'honest unattacked s', 'attacked s', 'ratio', 'RSS before / peak / after MiB', 'stopped'];

export function hostileCells(r: HostileResult): string[] {
  return [
    r.scenario,
    r.unattackedS.toFixed(2),
    r.attackedS.toFixed(2),
    (r.attackedS / r.unattackedS).toFixed(2),
    `${r.rssMiB.before.toFixed(0)} / ${r.rssMiB.peak.toFixed(0)} / ${r.rssMiB.after.toFixed(0)}`,
    `${r.stopped ? 'yes' : 'NO'}: ${r.evidence}`,
  ];
}
