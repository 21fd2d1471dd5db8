// Baselines measured in the same run as our figures: what a user would use
// instead of otacast to move the same bytes.
import { createServer as createTcpServer } from 'node:net';
import { createServer as createHttpServer, get as httpGet } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Aedes } from 'aedes';
import mqtt from 'mqtt';
import { track } from './children.mjs';

const MESSAGE_BYTES = 64 * 1024;

/** Sends `totalBytes` as 64 KiB QoS 0 messages from one client to another through `url`. */
export async function mqttTransfer(url, totalBytes) {
  const subscriber = mqtt.connect(url, { clientId: `bench-sub-${process.pid}`, reconnectPeriod: 0 });
  const publisher = mqtt.connect(url, { clientId: `bench-pub-${process.pid}`, reconnectPeriod: 0 });
  await Promise.all([once(subscriber, 'connect'), once(publisher, 'connect')]);
  await subscriber.subscribeAsync('bench/data', { qos: 0 });
  const payload = Buffer.alloc(MESSAGE_BYTES, 7);
  const count = Math.ceil(totalBytes / MESSAGE_BYTES);
  let received = 0;
  const done = new Promise((resolve) => {
    subscriber.on('message', (_topic, message) => {
      received += message.length;
      if (received >= count * MESSAGE_BYTES) resolve();
    });
  });
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) {
    // Respect back-pressure the way a real sender must: a QoS 0 publish resolves once its socket took it.
    await publisher.publishAsync('bench/data', payload, { qos: 0 });
  }
  await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await Promise.all([subscriber.endAsync(), publisher.endAsync()]);
  return { bytes: received, seconds };
}

/** A plain Aedes broker on a free loopback port: the raw MQTT baseline. */
export async function startRawAedes() {
  const broker = await Aedes.createBroker();
  const server = createTcpServer(broker.handle);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  return {
    url: `mqtt://127.0.0.1:${port}`,
    close: async () => {
      await new Promise((r) => server.close(r));
      await new Promise((r) => broker.close(r));
    },
  };
}

/** Downloads a file over HTTP from a Node static server: the "just use HTTP" baseline. */
export async function httpDownload(path) {
  const size = statSync(path).size;
  const server = createHttpServer((_req, res) => {
    res.writeHead(200, { 'content-length': size });
    createReadStream(path).pipe(res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  const started = process.hrtime.bigint();
  const bytes = await new Promise((resolve, reject) => {
    httpGet(`http://127.0.0.1:${port}/`, (res) => {
      let n = 0;
      res.on('data', (d) => (n += d.length));
      res.on('end', () => resolve(n));
      res.on('error', reject);
    }).on('error', reject);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await new Promise((r) => server.close(r));
  return { bytes, seconds };
}

/** Raw Aedes in a child process; `pid` lets the bench read its RSS and CPU. */
export async function startAedesProcess() {
  const child = track(spawn(process.execPath, [new URL('./aedes-broker.mjs', import.meta.url).pathname], { stdio: ['ignore', 'pipe', 'inherit'] }));
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const match = out.match(/listening (\d+)/);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`aedes broker exited ${code}`)));
  });
  return {
    url: `mqtt://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/**
 * The bytes of `path`, published as 64 KiB QoS 0 messages to one subscriber
 * that checks the sha256 of what it received (ours verifies every chunk too).
 */
export async function mqttTransferFile(url, path) {
  const data = readFileSync(path);
  const expected = createHash('sha256').update(data).digest('hex');
  const subscriber = mqtt.connect(url, { clientId: `bench-sub-${process.pid}`, reconnectPeriod: 0 });
  const publisher = mqtt.connect(url, { clientId: `bench-pub-${process.pid}`, reconnectPeriod: 0 });
  await Promise.all([once(subscriber, 'connect'), once(publisher, 'connect')]);
  await subscriber.subscribeAsync('bench/data', { qos: 0 });
  const hash = createHash('sha256');
  let received = 0;
  const done = new Promise((resolve) => {
    subscriber.on('message', (_topic, message) => {
      hash.update(message);
      received += message.length;
      if (received >= data.length) resolve();
    });
  });
  const started = process.hrtime.bigint();
  for (let offset = 0; offset < data.length; offset += MESSAGE_BYTES) {
    const payload = data.subarray(offset, offset + MESSAGE_BYTES);
    await publisher.publishAsync('bench/data', payload, { qos: 0 });
  }
  await done;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const verified = hash.digest('hex') === expected;
  await Promise.all([subscriber.endAsync(), publisher.endAsync()]);
  if (!verified) throw new Error('raw MQTT transfer delivered different bytes');
  return { bytes: received, seconds };
}

/** A Node static server for the files of `dir` (the HTTP baseline when nginx is absent). */
export async function serveDirectory(dir) {
  const server = createHttpServer((req, res) => {
    const path = `${dir}/${decodeURIComponent(req.url.slice(1)).replace(/\.\.+/g, '')}`;
    try {
      res.writeHead(200, { 'content-length': statSync(path).size });
      createReadStream(path).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  return { port, baseUrl: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(r)) };
}

/** GETs `url` and counts the body bytes (no decoding): the client side of a wire-bytes measurement. */
export function httpGetBytes(url) {
  return new Promise((resolve, reject) => {
    httpGet(url, (res) => {
      let n = 0;
      res.on('data', (d) => (n += d.length));
      res.on('end', () => (res.statusCode === 200 ? resolve(n) : reject(new Error(`HTTP ${res.statusCode} for ${url}`))));
      res.on('error', reject);
    }).on('error', reject);
  });
}
