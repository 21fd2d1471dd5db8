import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomFile, tempDir } from './support/fixture.js';
import { Background, agent, otacast, otacastBin, type RunResult } from './support/processes.js';
import { MosquittoBroker, requireMosquitto } from './support/mosquitto.js';

/**
 * Stateless workers (`otacast serve --broker`) on real Mosquitto brokers
 * (docs/scale-out.md): requests are shared between the workers attached to a
 * broker, a worker killed mid-update costs re-requests, not devices, and
 * devices on two shards are served by workers attached to both.
 */
const DEVICES = 20;
const RELEASE_BYTES = 3 * 1024 * 1024;

class Worker {
  readonly process: Background;
  constructor(
    readonly name: string,
    dataDir: string,
    brokers: string[],
  ) {
    const args = ['serve', '--data', dataDir, '--shared-data', '--worker-id', name, '--patch-history', '0', '--http-port', '0', ...brokers.flatMap((b) => ['--broker', b])];
    this.process = new Background(otacastBin, args, { OTACAST_LOG_LEVEL: 'info' });
  }

  async started(): Promise<string> {
    return (await this.process.waitFor(/otacast http listening on (http:\/\/\S+)/))[1] ?? '';
  }

  /** A counter or gauge of this worker's /metrics (0 when absent). */
  async metric(name: string): Promise<number> {
    const http = await this.started();
    const text = await (await fetch(`${http}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
    return line === undefined ? 0 : Number(line.split(' ').at(-1));
  }
}

describe.skipIf(!requireMosquitto('the scale-out tests'))('scale-out: workers on external Mosquitto brokers', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let shardA: MosquittoBroker;
  let shardB: MosquittoBroker;
  let workers: Worker[] = [];
  let token = '';
  const dataDir = (): string => join(dir.path, 'data');
  const keys = (): string => join(dir.path, 'keys');
  const deviceTokens = new Map<string, string>();

  const admin = (args: string[], url = shardA.url): Promise<RunResult> => otacast([...args, '--url', url, '--token', token, '--client-id', 'admin']);

  async function startWorker(name: string, brokers: string[]): Promise<Worker> {
    const worker = new Worker(name, dataDir(), brokers);
    workers.push(worker);
    await worker.started();
    return worker;
  }

  async function publish(version: string): Promise<void> {
    const file = join(dir.path, `fw-${version}.bin`);
    await randomFile(file, RELEASE_BYTES);
    const result = await admin(['publish', '--product', 'fleet', '--version', version, '--key', join(keys(), 'signing.key'), `fw=${file}:file`]);
    expect(result.code, result.stderr).toBe(0);
  }

  function updateDevice(id: string, url: string): Promise<RunResult> {
    const root = join(dir.path, 'devices', id);
    const args = ['--url', url, '--id', id, '--token', deviceTokens.get(id) ?? '', '--product', 'fleet', '--trust', join(keys(), 'signing.pub'), '--state', join(root, 'state'), '--root', join(root, 'root'), '--once'];
    return mkdir(join(root, 'root'), { recursive: true }).then(() => agent(args, { timeoutMs: 180_000 }));
  }

  async function installed(id: string): Promise<Buffer> {
    return readFile(join(dir.path, 'devices', id, 'root', 'fw'));
  }

  const deviceIds = Array.from({ length: DEVICES }, (_, i) => `dev-${String(i).padStart(2, '0')}`);
  const served = (): Promise<number[]> => Promise.all(workers.map((w) => w.metric('otacast_chunk_bytes_sent_total')));

  beforeAll(async () => {
    dir = await tempDir('otacast-scale-');
    // Anonymous (no password file), quiet log, room queued for many devices.
    const shard = { logTypes: 'default', extraConfig: ['max_queued_messages 100000'] } as const;
    shardA = await MosquittoBroker.start(shard);
    shardB = await MosquittoBroker.start(shard);
    expect((await otacast(['keygen', '--out', keys()])).code).toBe(0);
    // The first worker creates the registry and admin.token; the second shares them.
    await startWorker('w1', [shardA.url]);
    token = (await readFile(join(dataDir(), 'admin.token'), 'utf8')).trim();
    await startWorker('w2', [shardA.url]);
    for (const id of deviceIds) {
      const added = await admin(['device', 'add', id, '--product', 'fleet']);
      expect(added.code, added.stderr).toBe(0);
      deviceTokens.set(id, added.lastLine);
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.process.stop()));
    await shardA?.close();
    await shardB?.close();
    await dir?.cleanup();
  });

  let baseline = { bytes: 0, ms: 0 };

  it('two workers on one Mosquitto update 20 real agents and share the requests', async () => {
    await publish('1.0.0');
    const before = await served();
    const started = Date.now();
    const results = await Promise.all(deviceIds.map((id) => updateDevice(id, shardA.url)));
    baseline = { ms: Date.now() - started, bytes: 0 };
    for (const r of results) expect(r.lastLine, r.stderr.slice(-2000)).toMatch(/^installed fleet 1\.0\.0/);
    const firmware = await readFile(join(dir.path, 'fw-1.0.0.bin'));
    for (const id of deviceIds) expect((await installed(id)).equals(firmware)).toBe(true);
    const after = await served();
    const perWorker = after.map((bytes, i) => bytes - (before[i] ?? 0));
    baseline.bytes = perWorker.reduce((a, b) => a + b, 0);
    console.log(`20 devices x ${RELEASE_BYTES} B: ${baseline.ms} ms, served ${perWorker.join(' + ')} B by w1 + w2`);
    // Shared subscriptions: each worker answered a real part of the requests.
    for (const bytes of perWorker) expect(bytes).toBeGreaterThan(baseline.bytes * 0.2);
    expect(await workers[0]?.metric('otacast_worker_info')).toBe(1);
  }, 240_000);

  it('kill -9 of one worker mid-update: every device still finishes', async () => {
    await publish('2.0.0');
    const [victim, survivor] = workers;
    if (!victim || !survivor) throw new Error('two workers expected');
    const [victimBefore = 0, survivorBefore = 0] = await served();
    const started = Date.now();
    const updates = Promise.all(deviceIds.map((id) => updateDevice(id, shardA.url)));
    // Kill once the victim has sent about a tenth of the whole update: devices are mid-download.
    let victimSent = 0;
    while (victimSent < baseline.bytes / 10) {
      await new Promise((r) => setTimeout(r, 20));
      victimSent = (await victim.metric('otacast_chunk_bytes_sent_total')) - victimBefore;
    }
    victim.process.child.kill('SIGKILL');
    const killedAtMs = Date.now() - started;
    const results = await updates;
    const ms = Date.now() - started;
    for (const r of results) expect(r.lastLine, r.stderr.slice(-2000)).toMatch(/^installed fleet 2\.0\.0/);
    const firmware = await readFile(join(dir.path, 'fw-2.0.0.bin'));
    for (const id of deviceIds) expect((await installed(id)).equals(firmware)).toBe(true);
    const survivorSent = (await survivor.metric('otacast_chunk_bytes_sent_total')) - survivorBefore;
    // At least what the victim sent before it died; what it had in flight is not counted anywhere.
    const total = victimSent + survivorSent;
    console.log(`failover: killed w1 at ${killedAtMs} ms after ${victimSent} B; done in ${ms} ms (baseline ${baseline.ms} ms), served ${total} B (baseline ${baseline.bytes} B, extra ${total - baseline.bytes} B)`);
    await victim.process.exited;
    workers = workers.filter((w) => w !== victim);
  }, 240_000);

  it('two shards, devices split across them, both workers attached to both', async () => {
    // Replace the single-shard worker by two attached to both shards.
    const old = workers;
    workers = [];
    const w3 = await startWorker('w3', [shardA.url, shardB.url]);
    const w4 = await startWorker('w4', [shardA.url, shardB.url]);
    await Promise.all(old.map((w) => w.process.stop()));
    // Committed through shard B: the announcement is retained on both shards.
    const file = join(dir.path, 'fw-3.0.0.bin');
    await randomFile(file, RELEASE_BYTES);
    const published = await admin(['publish', '--product', 'fleet', '--version', '3.0.0', '--key', join(keys(), 'signing.key'), `fw=${file}:file`], shardB.url);
    expect(published.code, published.stderr).toBe(0);
    const before = await served();
    const results = await Promise.all(deviceIds.map((id, i) => updateDevice(id, i % 2 === 0 ? shardA.url : shardB.url)));
    for (const r of results) expect(r.lastLine, r.stderr.slice(-2000)).toMatch(/^installed fleet 3\.0\.0/);
    const firmware = await readFile(file);
    for (const id of deviceIds) expect((await installed(id)).equals(firmware)).toBe(true);
    const perWorker = (await served()).map((bytes, i) => bytes - (before[i] ?? 0));
    console.log(`two shards: served ${perWorker.join(' + ')} B by w3 + w4`);
    for (const bytes of perWorker) expect(bytes).toBeGreaterThan(0);
    expect(workers).toEqual([w3, w4]);
  }, 240_000);

  it('a shard restarted empty gets the retained announcement again from the workers', async () => {
    if (workers.length === 0) throw new Error('a worker expected');
    const seen = workers.map((w) => w.process.stderr.length);
    await shardB.restart('SIGKILL');
    // The workers reconnect with backoff; the first back finds no sentinel and publishes its ledger again
    // (the one after it then finds the sentinel that one left): either may do it.
    const deadline = Date.now() + 30_000;
    const refilled = () => workers.some((w, i) => /no retained control state[^\n]*"messages":[1-9]/.test(w.process.stderr.slice(seen[i])));
    while (!refilled()) {
      if (Date.now() > deadline) throw new Error(`no refill logged:\n${workers.map((w, i) => w.process.stderr.slice(seen[i])).join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const fresh = 'dev-late';
    const added = await admin(['device', 'add', fresh, '--product', 'fleet']);
    expect(added.code, added.stderr).toBe(0);
    deviceTokens.set(fresh, added.lastLine);
    const result = await updateDevice(fresh, shardB.url);
    expect(result.lastLine, result.stderr.slice(-2000)).toMatch(/^installed fleet 3\.0\.0/);
  }, 120_000);
});
