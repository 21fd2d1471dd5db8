// Baselines measured in the same run as our figures: what a user would use
// instead of otacast to move the same bytes.
import { createServer as createTcpServer } from 'node:net';
import { createServer as createHttpServer, get as httpGet } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { Aedes } from 'aedes';
import mqtt from 'mqtt';

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
    // Respect back-pressure the way a real sender must.
    if (!publisher.publish('bench/data', payload, { qos: 0 })) await new Promise((r) => setImmediate(r));
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
