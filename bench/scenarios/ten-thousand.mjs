// 10. Ten thousand devices on one server (issue 15 goal 4): 10,000 / 1,000
// simulated devices (SimDevice, 8 / 2 worker processes) connect to one
// `otacast serve` and subscribe while no release exists; the server's RSS is
// read with none and with all of them idle, then a 4 / 0.25 MiB release is
// published and every device fetches and verifies it. Baseline: Mosquitto
// (started by hand, bench/lib/tools.mjs) with the same clients connected and
// subscribed idle in the same run: memory per idle connection and connect rate.
import { join } from 'node:path';
import { benchServer } from '../lib/otacast-setup.mjs';
import { addDevices, runFleet } from '../lib/fleet.mjs';
import { raiseFileLimit } from '../lib/file-limit.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { rssMiB } from '../lib/proc.mjs';
import { row, skipped } from '../lib/report.mjs';
import { startMosquitto } from '../lib/tools.mjs';
import { performance } from 'node:perf_hooks';

export const title = '10,000 simulated devices on one server: idle memory per connection and connect rate vs Mosquitto, then a release to all';

const RSS_GOAL_MIB = 1536;
/** Time for the server to settle after the connect storm before idle RSS is read. */
const SETTLE_MS = 3_000;
/** Connects in flight per worker: a storm, not the fleet bench's trickle of 20. */
const CONNECT_CONCURRENCY = 100;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Sizes for a full or quick run; OTACAST_BENCH_TENK_DEVICES overrides the count (profiling at 1k/5k/10k). */
function sizes(quick) {
  const count = Number(process.env.OTACAST_BENCH_TENK_DEVICES ?? (quick ? 500 : 10_000));
  return { count, sizeMiB: quick ? 0.25 : 4, workers: Math.max(2, Math.min(8, Math.ceil(count / 1250))), deadlineMs: quick ? 90_000 : 1_800_000 };
}

/**
 * Connects `devices` to `url`, lets them subscribe, reads `pid`'s RSS once they
 * are idle, then `whenIdle()` (a publish, or nothing). Connect rate: devices
 * per second from the first CONNECT until the last SUBACK.
 */
async function connectIdle({ devices, workers, url, init, pid, deadlineMs, whenIdle, stopWhenIdle }) {
  let idle;
  const result = await runFleet({
    devices,
    workers,
    deadlineMs,
    serverPid: pid,
    init: { mode: 'ota', url, connectConcurrency: CONNECT_CONCURRENCY, ...init },
    afterGo: async ({ subscribed }) => {
      const subscribeSeconds = await subscribed;
      await sleep(SETTLE_MS);
      idle = { subscribeSeconds, rssMiB: rssMiB(pid) };
      const publishAt = performance.now();
      idle.publishSeconds = (await whenIdle?.())?.seconds;
      return publishAt;
    },
    ...(stopWhenIdle ? { stopWhen: async () => undefined } : {}),
  });
  const connectSeconds = result.connectSeconds + idle.subscribeSeconds;
  return { result, idle, connectSeconds, rate: result.connected / connectSeconds };
}

export async function run(ctx) {
  const { count, sizeMiB, workers, deadlineMs } = sizes(ctx.quick);
  const label = `ten-thousand ${count} devices`;
  if (!ctx.tools.mosquitto) return [skipped(`${label}`, 'mosquitto is not installed (the baseline)')];
  const limit = raiseFileLimit(count + 1024);
  ctx.log(`${label}: open-file limit ${limit}`);
  const image = await randomImage(join(ctx.work, 'image.bin'), sizeMiB * MiB, 10);

  // Ours: the connection caps raised for this bench (every device comes from 127.0.0.1); the defaults stay as they are.
  const server = await benchServer(ctx.work, { serveArgs: ['--max-connections', String(count + 100), '--max-connections-per-address', String(count + 100)] });
  let ours;
  let emptyMiB;
  let devices;
  try {
    devices = await addDevices(server, count);
    await sleep(SETTLE_MS);
    emptyMiB = rssMiB(server.pid);
    ctx.log(`${label}: ${count} registered, server RSS ${emptyMiB.toFixed(0)} MiB with no device connected`);
    ours = await connectIdle({
      devices,
      workers,
      url: server.url,
      pid: server.pid,
      deadlineMs,
      init: { product: server.product, trustPath: server.trust },
      // The commit no longer waits for the announcement's copies to every session; the long timeout is for the upload on a machine loaded by others.
      whenIdle: () => server.publish('1.0.0', [`image=${image}:file`, '--timeout', '600']),
    });
  } finally {
    await server.stop();
  }
  const download = ours.result.completed > 0 ? (ours.result.lastDoneAt - ours.result.publishing) / 1000 : NaN;
  ctx.log(`${label}: ours connected ${ours.result.connected} at ${ours.rate.toFixed(0)}/s, idle RSS ${ours.idle.rssMiB.toFixed(0)} MiB; ${ours.result.completed}/${count} completed ${sizeMiB} MiB in ${download.toFixed(1)} s from the publish (its CLI took ${ours.idle.publishSeconds?.toFixed(1)} s), peak RSS ${ours.result.server.peakRssMiB.toFixed(0)} MiB${ours.result.errors.length ? `; errors: ${ours.result.errors.join(' | ')}` : ''}`);

  // Mosquitto: the same clients, connected and subscribed, then told to stop (no release comes).
  const mosquitto = await startMosquitto(join(ctx.work, 'mosquitto'));
  let theirs;
  let mosquittoEmptyMiB;
  try {
    mosquittoEmptyMiB = rssMiB(mosquitto.pid);
    theirs = await connectIdle({ devices, workers, url: mosquitto.url, pid: mosquitto.pid, deadlineMs: 600_000, init: { product: server.product, trustPath: server.trust }, stopWhenIdle: true });
  } finally {
    await mosquitto.stop();
  }
  ctx.log(`${label}: mosquitto connected ${theirs.result.connected} at ${theirs.rate.toFixed(0)}/s, RSS ${mosquittoEmptyMiB.toFixed(1)} → ${theirs.idle.rssMiB.toFixed(1)} MiB`);

  const perConnection = (empty, idle, n) => ((idle - empty) * 1024) / n;
  const oursKiB = perConnection(emptyMiB, ours.idle.rssMiB, ours.result.connected);
  const theirsKiB = perConnection(mosquittoEmptyMiB, theirs.idle.rssMiB, theirs.result.connected);
  const failures = ours.result.failed > 0 ? `; ${ours.result.failed} failed: ${ours.result.errors.join(' | ')}` : '';
  return [
    row({ name: `${label}: connected and subscribed`, ours: ours.result.connected, baseline: count, baselineName: 'devices', unit: 'devices', better: 'higher', goal: { ratio: 1 }, note: `Mosquitto took ${theirs.result.connected}; ${workers} worker processes, ${CONNECT_CONCURRENCY} connects in flight each` }),
    row({ name: `${label}: memory per idle connection`, ours: oursKiB, baseline: theirsKiB, baselineName: 'Mosquitto, same clients idle', unit: 'KiB', better: 'lower', note: `server RSS ${emptyMiB.toFixed(0)} MiB with ${count} registered and none connected → ${ours.idle.rssMiB.toFixed(0)} MiB idle; Mosquitto ${mosquittoEmptyMiB.toFixed(1)} → ${theirs.idle.rssMiB.toFixed(1)} MiB` }),
    row({ name: `${label}: connect rate (CONNECT to last SUBACK)`, ours: ours.rate, baseline: theirs.rate, baselineName: 'Mosquitto, same clients', unit: 'conn/s', better: 'higher', note: `ours ${ours.connectSeconds.toFixed(1)} s, Mosquitto ${theirs.connectSeconds.toFixed(1)} s for ${count}` }),
    row({ name: `${label}: completed a ${sizeMiB} MiB release`, ours: ours.result.completed, baseline: count, baselineName: 'devices', unit: 'devices', better: 'higher', goal: { ratio: 1 }, note: `${download.toFixed(1)} s from the publish to the last device (${((ours.result.completed * sizeMiB) / download).toFixed(0)} MiB/s aggregate); ${ours.result.retries} attempts retried after 10 timeouts of a range${failures}` }),
    row({ name: `${label}: server peak RSS`, ours: ours.result.server.peakRssMiB, baseline: RSS_GOAL_MIB, baselineName: 'goal 1.5 GiB (fixed)', unit: 'MiB', better: 'lower', goal: { ours: RSS_GOAL_MIB }, note: `from the first subscribe to the last device done; server CPU ${ours.result.server.cpuSeconds.toFixed(1)} cpu-s (${ours.result.server.cpuPercent.toFixed(0)}% of a core)` }),
  ];
}
