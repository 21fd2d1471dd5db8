// One process of the simulated fleet (forked by bench/scenarios/fleet.mjs):
// hundreds of devices on their own MQTT connections. Mode "ota": SimDevices
// updating from the otacast server; mode "raw": plain subscribers of a raw
// Aedes fan-out that hash what they receive; mode "rollout": SimDevices that
// follow their assignments (bench/scenarios/rollout.mjs). Talks to the parent
// over IPC: init -> ready, go -> done (per device) ... finished, [stop,] exit.
import { createHash } from 'node:crypto';
import mqtt from 'mqtt';
import { loadTrustedKey } from '@otacast/shared';
import { SimDevice } from './sim-device.mjs';

const CONNECT_CONCURRENCY = 20;

function rawSubscriber({ url, id, topic, bytes, digest, onDone }) {
  const hash = createHash('sha256');
  let client;
  let received = 0;
  let settled = false;
  const done = (err) => {
    if (settled) return;
    settled = true;
    onDone(err, received);
  };
  return {
    // The client is made here, not earlier: a 'connect' that fired before anyone listened would be lost.
    connect() {
      client = mqtt.connect(url, { clientId: id, reconnectPeriod: 0, connectTimeout: 30_000, keepalive: 60 });
      client.on('message', (_topic, payload) => {
        hash.update(payload);
        received += payload.length;
        if (received >= bytes) done(hash.digest('hex') === digest ? undefined : new Error('fan-out delivered different bytes'));
      });
      client.on('error', (err) => done(err));
      client.on('close', () => done(new Error(`connection closed after ${received} bytes`)));
      return new Promise((resolve, reject) => client.once('connect', resolve).once('error', reject));
    },
    start: () => client.subscribeAsync(topic, { qos: 0 }),
    close: () => client?.end(true),
  };
}

async function inBatches(items, size, fn) {
  for (let i = 0; i < items.length; i += size) await Promise.allSettled(items.slice(i, i + size).map(fn));
}

let devices = [];
let pending = 0;
let deadline;

function report(id, error, bytes, retries = 0, { started = bytes > 0, castBytes = 0 } = {}) {
  process.send({ type: 'done', id, ok: !error, error: error ? String(error.message ?? error) : undefined, bytes, retries, started, castBytes });
  if (--pending === 0) finish();
}

function finish() {
  clearTimeout(deadline);
  process.send({ type: 'finished' });
}

process.on('message', async (message) => {
  if (message.type === 'init') {
    const trusted = message.mode !== 'raw' ? [await loadTrustedKey(message.trustPath)] : [];
    const settled = new Set();
    // A device's own `url` (its broker shard) wins over the worker's.
    devices = message.devices.map(({ id, token, url = message.url }) => {
      const onDone = (err, bytes, retries, info) => {
        if (settled.has(id)) return;
        settled.add(id);
        report(id, err, bytes, retries, info);
      };
      const device =
        message.mode !== 'raw'
          ? new SimDevice({ url, id, token, product: message.product, trusted, onDone, cast: message.cast === true, ...(message.mode === 'rollout' ? { rollout: { version: message.version, fail: message.failIds.includes(id) } } : {}) })
          : rawSubscriber({ url, id, topic: message.topic, bytes: message.bytes, digest: message.digest, onDone });
      device.fail = (err) => onDone(err, 0);
      return device;
    });
    pending = devices.length;
    let connected = 0;
    await inBatches(devices, message.connectConcurrency ?? CONNECT_CONCURRENCY, async (d) => {
      await d.connect();
      connected++;
    });
    // Raw subscribers subscribe before "ready": the publisher starts on go.
    if (message.mode === 'raw') await Promise.allSettled(devices.map((d) => d.start().catch((err) => d.fail(err))));
    process.send({ type: 'ready', connected });
  } else if (message.type === 'go') {
    deadline = setTimeout(() => {
      for (const d of devices) d.fail(new Error('deadline passed'));
      for (const d of devices) d.close();
    }, message.deadlineMs);
    if (message.mode !== 'raw') await inBatches(devices, 100, (d) => d.start().catch((err) => d.fail(err)));
    // Every device of this worker has its subscriptions (or failed): the ten-thousand bench measures idle connections from here.
    process.send({ type: 'subscribed' });
  } else if (message.type === 'stop') {
    // The rollout is over: devices it never offered the release end here.
    for (const d of devices) d.fail(new Error('not offered'));
  } else if (message.type === 'exit') {
    for (const d of devices) d.close();
    setTimeout(() => process.exit(0), 200);
  }
});

// An orphan (the bench was killed) ends itself instead of waiting for its deadline.
process.on('disconnect', () => process.exit(0));
