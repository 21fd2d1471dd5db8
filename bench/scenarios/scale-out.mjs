// 2c. Scale-out (docs/scale-out.md): N simulated devices, split across two
// Mosquitto shards, update to one release served by two otacast workers
// attached to both shards. Beside it, in the same run: the embedded single
// `otacast serve` with the same devices and release (the fleet scenario's
// path), and a raw fan-out of the same bytes through the same two shards.
// Then (full size) the same update again with one worker killed (SIGKILL) half-way.
import { join } from 'node:path';
import { benchServer } from '../lib/otacast-setup.mjs';
import { addDevices, runFleet } from '../lib/fleet.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { watchProcess } from '../lib/proc.mjs';
import { row, skipped } from '../lib/report.mjs';
import { scaleOutCluster } from '../lib/scale-out-cluster.mjs';
import { rawFanout } from './fleet.mjs';

export const title = 'N simulated devices on 2 Mosquitto shards + 2 otacast workers vs one embedded otacast serve and a raw fan-out through the shards';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function run(ctx) {
  const count = ctx.quick ? 50 : 1000;
  const sizeMiB = ctx.quick ? 1 : 16;
  const fleetWorkers = ctx.quick ? 2 : 4; // processes of simulated devices, as in fleet.mjs
  // Longer than fleet.mjs's 600 s: on a loaded shared machine every device of a fair-shared fleet finishes late, near the same time.
  const deadlineMs = ctx.quick ? 60_000 : 1_200_000;
  const image = await randomImage(join(ctx.work, 'image.bin'), sizeMiB * MiB, 3);
  const label = `scale-out ${count}×${sizeMiB} MiB`;
  const components = [`image=${image}:file`];
  const fleet = (devices, init, extra = {}) => runFleet({ devices, workers: fleetWorkers, deadlineMs, ...extra, init: { mode: 'ota', ...init } });
  const summary = (what, r) => `${label}: ${what} ${r.completed}/${count} in ${r.seconds.toFixed(1)} s, ${r.retries} retries${r.errors.length ? `; errors: ${r.errors.join(' | ')}` : ''}`;

  // The baseline: one embedded otacast serve, as the fleet scenario runs it.
  const server = await benchServer(join(ctx.work, 'embedded'));
  let embedded;
  try {
    const devices = await addDevices(server, count);
    await server.publish('1.0.0', components);
    embedded = await fleet(devices, { url: server.url, product: server.product, trustPath: server.trust }, { serverPid: server.pid });
  } finally {
    await server.stop();
  }
  ctx.log(`${summary('embedded', embedded)}; server ${embedded.server.cpuSeconds.toFixed(1)} cpu-s, peak RSS ${embedded.server.peakRssMiB.toFixed(0)} MiB`);

  const cluster = await scaleOutCluster(join(ctx.work, 'cluster'));
  let ours;
  let brokers;
  let failover;
  let raw;
  try {
    const devices = await cluster.registerDevices(count);
    await cluster.publish('1.0.0', components);
    ctx.log(`${label}: ${count} devices registered on ${cluster.shards.length} shards, release published`);
    const init = { product: cluster.product, trustPath: cluster.trust };
    // The shards do the broker work the embedded server does in its own process: measured beside the workers.
    const shardWatches = cluster.shards.map((s) => watchProcess(s.pid));
    ours = await fleet(devices, init, { serverPid: cluster.workerPids });
    brokers = shardWatches.reduce((sum, w) => sum + w.stop().cpuSeconds, 0);
    ctx.log(`${summary('two workers', ours)}; workers ${ours.server.cpuSeconds.toFixed(1)} cpu-s (+ shards ${brokers.toFixed(1)}), peak RSS ${ours.server.peakRssMiB.toFixed(0)} MiB`);

    await cluster.stopWorkers();
    // Before the failover run: on a loaded machine a long run may be cut short, and these are the main rows.
    raw = await rawFanout(ctx, { image, devices, workers: fleetWorkers, deadlineMs, label, count, brokers: cluster.shards });
    ctx.log(`${label}: raw fan-out through the shards: ${raw.server.cpuSeconds.toFixed(1)} cpu-s, peak RSS ${raw.server.peakRssMiB.toFixed(0)} MiB (both shards)`);

    // Failover (full size only: --quick keeps the suite short): the same devices fetch the
    // same release again (simulated devices keep nothing) from fresh workers, and w1 is killed half-way.
    if (!ctx.quick) {
      try {
        const fresh = await cluster.startWorkers();
        const killAfterMs = Math.round((ours.seconds * 1000) / 2);
        failover = await fleet(devices, init, { serverPid: fresh.slice(1), afterGo: () => sleep(killAfterMs).then(() => cluster.kill(0)) });
        failover.killAfterMs = killAfterMs;
        ctx.log(summary(`kill -9 of w1 after ${(killAfterMs / 1000).toFixed(1)} s`, failover));
      } catch (err) {
        // The main rows stand without it.
        failover = { error: String(err.message ?? err).split('\n')[0] };
      }
    }
  } finally {
    await cluster.stop();
  }

  const goodput = (r) => (r.completed * sizeMiB) / r.seconds;
  const failures = (r) => (r.failed > 0 ? `; ${r.failed} failed: ${r.errors.join(' | ')}` : '');
  const cpu = ours.server.cpuSeconds;
  return [
    row({ name: `${label} devices completed`, ours: ours.completed, baseline: count, baselineName: 'devices', unit: 'devices', better: 'higher', goal: { ratio: 1 }, note: `embedded completed ${embedded.completed}, raw fan-out ${raw.completed}; ${ours.retries} attempts retried after 10 timeouts of a range${failures(ours)}` }),
    row({ name: `${label} aggregate goodput vs embedded`, ours: goodput(ours), baseline: goodput(embedded), baselineName: 'one embedded otacast serve', unit: 'MiB/s', better: 'higher', note: `2 workers on 2 Mosquitto shards (devices split evenly) in ${ours.seconds.toFixed(1)} s; embedded in ${embedded.seconds.toFixed(1)} s; ${fleetWorkers} processes of simulated devices, window 16 ranges` }),
    row({ name: `${label} aggregate goodput vs raw fan-out`, ours: goodput(ours), baseline: goodput(raw), baselineName: 'raw fan-out through the 2 shards', unit: 'MiB/s', better: 'higher', note: `raw: 64 KiB QoS 0 messages published once to each shard, ${raw.seconds.toFixed(1)} s` }),
    row({ name: `${label} server CPU (both workers)`, ours: cpu, baseline: embedded.server.cpuSeconds, baselineName: 'embedded otacast serve (broker included)', unit: 'cpu-s', better: 'lower', note: `/proc, summed over both workers; the 2 Mosquitto shards used ${brokers.toFixed(1)} cpu-s more (workers + shards ${(cpu + brokers).toFixed(1)} cpu-s, ratio ${((cpu + brokers) / embedded.server.cpuSeconds).toFixed(2)})` }),
    row({ name: `${label} workers peak RSS (sum)`, ours: ours.server.peakRssMiB, baseline: embedded.server.peakRssMiB, baselineName: 'embedded otacast serve', unit: 'MiB', better: 'lower' }),
    failover && !failover.error
      ? row({ name: `${label} with w1 killed half-way: total time`, ours: failover.seconds, baseline: ours.seconds, baselineName: 'the same update, no kill (same run)', unit: 's', better: 'lower', note: `kill -9 of w1 ${(failover.killAfterMs / 1000).toFixed(1)} s after go; ${failover.completed}/${count} devices completed, ${failover.retries} attempts retried after 10 timeouts of a range${failures(failover)}` })
      : skipped(`${label} with w1 killed half-way: total time`, failover?.error ?? 'full size only (--quick keeps the suite short)', { unit: 's', better: 'lower' }),
  ];
}
