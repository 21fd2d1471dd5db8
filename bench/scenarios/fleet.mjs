// 2. Fleet fan-out: N simulated devices (SimDevice, hundreds per worker
// process) update to one release from one server, beside a raw Aedes fan-out
// of the same bytes to N plain subscribers in the same worker processes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mqtt from 'mqtt';
import { benchServer } from '../lib/otacast-setup.mjs';
import { startAedesProcess } from '../lib/baselines.mjs';
import { addDevices, runFleet } from '../lib/fleet.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { row } from '../lib/report.mjs';

export const title = 'N simulated devices update to one release vs a raw Aedes fan-out';

const MESSAGE_BYTES = 64 * 1024;

/** The raw baseline's sender: the file as 64 KiB QoS 0 messages, paced by the broker's back-pressure. */
export async function publishFile(url, topic, data) {
  const client = mqtt.connect(url, { clientId: `fanout-pub-${process.pid}`, reconnectPeriod: 0 });
  await new Promise((resolve, reject) => client.once('connect', resolve).once('error', reject));
  for (let offset = 0; offset < data.length; offset += MESSAGE_BYTES) {
    await client.publishAsync(topic, data.subarray(offset, offset + MESSAGE_BYTES), { qos: 0 });
  }
  await client.endAsync();
}

/** Devices, release size, worker processes and deadline of the fleet rows; fleet-cast uses the same, so the two compare. */
export function fleetSizes(ctx) {
  return ctx.quick ? { count: 100, sizeMiB: 4, workers: 2, deadlineMs: 60_000 } : { count: 1000, sizeMiB: 16, workers: 4, deadlineMs: 600_000 };
}

export async function run(ctx) {
  const { count, sizeMiB, workers, deadlineMs } = fleetSizes(ctx);
  const image = await randomImage(join(ctx.work, 'image.bin'), sizeMiB * MiB, 3);
  const label = `fleet ${count}×${sizeMiB} MiB`;

  const server = await benchServer(ctx.work);
  let ours;
  let devices;
  try {
    devices = await addDevices(server, count);
    await server.publish('1.0.0', [`image=${image}:file`]);
    ctx.log(`${label}: ${count} devices registered, release published`);
    ours = await runFleet({ devices, workers, deadlineMs, serverPid: server.pid, init: { mode: 'ota', url: server.url, product: server.product, trustPath: server.trust } });
  } finally {
    await server.stop();
  }
  ctx.log(`${label}: ours ${ours.completed}/${count} in ${ours.seconds.toFixed(1)} s${ours.errors.length ? `; errors: ${ours.errors.join(' | ')}` : ''}`);

  const raw = await rawFanout(ctx, { image, devices, workers, deadlineMs, label, count });

  const goodput = (r) => (r.completed * sizeMiB) / r.seconds;
  const failures = ours.failed > 0 ? `; ${ours.failed} failed: ${ours.errors.join(' | ')}` : '';
  return [
    row({ name: `${label} devices completed`, ours: ours.completed, baseline: count, baselineName: 'devices', unit: 'devices', better: 'higher', goal: { ratio: 1 }, note: `raw fan-out completed ${raw.completed}; ${ours.retries} attempts retried after 10 timeouts of a range (the agent's 30 s retry)${failures}` }),
    row({ name: `${label} aggregate goodput`, ours: goodput(ours), baseline: goodput(raw), baselineName: 'raw Aedes fan-out', unit: 'MiB/s', better: 'higher', goal: { ratio: 0.5 }, note: `${workers} worker processes of simulated devices, window 16 ranges` }),
    row({ name: `${label} total time`, ours: ours.seconds, baseline: raw.seconds, baselineName: 'raw Aedes fan-out', unit: 's', better: 'lower' }),
    row({ name: `${label} server peak RSS`, ours: ours.server.peakRssMiB, baseline: raw.server.peakRssMiB, baselineName: 'raw Aedes broker', unit: 'MiB', better: 'lower' }),
    row({ name: `${label} server CPU`, ours: ours.server.cpuSeconds, baseline: raw.server.cpuSeconds, baselineName: 'raw Aedes broker', unit: 'cpu-s', better: 'lower', note: `ours ${ours.server.cpuPercent.toFixed(0)}% of a core over the run, raw ${raw.server.cpuPercent.toFixed(0)}%` }),
  ];
}

/**
 * The baseline the fleet rows stand beside: the same devices receiving `image`
 * from a raw fan-out, through a raw Aedes of its own, or through `brokers`
 * ([{ url, pid }], e.g. Mosquitto shards: each device on its own `url`, the
 * file published once to each broker).
 */
export async function rawFanout(ctx, { image, devices, workers, deadlineMs, label, count, brokers }) {
  const data = readFileSync(image);
  const digest = createHash('sha256').update(data).digest('hex');
  const aedes = brokers ? undefined : await startAedesProcess();
  const targets = brokers ?? [aedes];
  let raw;
  try {
    const topic = 'bench/fanout';
    raw = await runFleet({
      devices: devices.map(({ id, url }) => ({ id, url })),
      workers,
      deadlineMs,
      serverPid: targets.map((b) => b.pid),
      init: { mode: 'raw', url: targets[0].url, topic, bytes: data.length, digest },
      afterGo: () => Promise.all(targets.map((b) => publishFile(b.url, topic, data))),
    });
  } finally {
    await aedes?.stop();
  }
  ctx.log(`${label}: raw ${raw.completed}/${count} in ${raw.seconds.toFixed(1)} s${raw.errors.length ? `; errors: ${raw.errors.join(' | ')}` : ''}`);
  return raw;
}
