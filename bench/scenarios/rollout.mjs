// 7. Fleet rollouts: N simulated devices (SimDevice in "rollout" mode: they
// follow dev/{id}/assign) through a staged rollout with waves 1,10,50,100 and
// --max-failure-rate 0.05 --min-sample 10. (a) a release that fails its
// health check on 2% of the devices; (b) a bad release that fails on every
// device; (c) (a) again with --min-sample 50. Per wave: the time from its start to the next wave's (or to the
// end), from the rollout's own history; the halt decision: which wave, and how
// many devices had started the release when it halted. Baseline: the same
// fleet updating to a plain channel publish (every device at once).
import { join } from 'node:path';
import { FleetClient } from '@otacast/broker';
import { benchServer } from '../lib/otacast-setup.mjs';
import { addDevices, runFleet } from '../lib/fleet.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { row } from '../lib/report.mjs';

export const title = 'N simulated devices through a staged rollout (waves 1,10,50,100; 2% failing) vs a plain channel publish';

const WAVES = [1, 10, 50, 100];
const POLICY = { waves: WAVES, maxFailureRate: 0.05, minSample: 10, deviceTimeoutS: 600 };
/** The same with a larger sample before the rate may halt: fewer false halts of a 2% release, more devices on a bad one before it stops. */
const PATIENT = { ...POLICY, minSample: 50 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls the rollout until it is no longer running (completed, halted, ...);
 * resolves with when each wave was first seen reached (Date.now(), 250 ms
 * polls) and when it ended. The history's own timestamps are used instead
 * where GetRollout still returns them (its newest 200 events).
 */
async function watchRollout(fleet, id, deadlineMs) {
  const end = Date.now() + deadlineMs;
  const seen = [];
  for (;;) {
    const status = await fleet.rollout(id);
    const now = Date.now();
    for (let w = seen.length; w < status.wave; w++) seen.push(w === 0 ? status.createdAtMs : now);
    if (status.state !== 'running') return { status, seen, endedAt: now };
    if (now > end) throw new Error(`rollout ${id} still running after ${deadlineMs} ms`);
    await sleep(250);
  }
}

/** Seconds each reached wave took: from its start to the next wave's start, or to the end. */
function waveTimes({ status, seen, endedAt }) {
  const fromHistory = (kind, match) => status.history.find((e) => e.kind === kind && match(e.detail))?.atMs;
  const starts = seen.map((at, w) => (w === 0 ? at : (fromHistory('wave', (d) => d.startsWith(`wave ${w + 1} of`)) ?? at)));
  const end = fromHistory('state', (d) => !d.startsWith('running')) ?? endedAt;
  return starts.map((at, i) => ((starts[i + 1] ?? end) - at) / 1000);
}

/** Devices the rollout offered the release (anything but still waiting). */
const offered = (status) => status.targets.filter((t) => t.phase !== 'waiting').length;

async function rollout(ctx, { server, devices, workers, fleet, version, failIds, image, deadlineMs, policy = POLICY }) {
  await server.publish(version, [`image=${image}:file`, '--no-announce']);
  let watched;
  const result = await runFleet({
    devices,
    workers,
    deadlineMs,
    serverPid: server.pid,
    init: { mode: 'rollout', url: server.url, product: server.product, trustPath: server.trust, version, failIds },
    afterGo: async () => (await fleet.startRollout({ product: server.product, version, ...policy })).id,
    stopWhen: async (id) => (watched = await watchRollout(fleet, id, deadlineMs)),
  });
  if (result.errors.length > 0) ctx.log(`rollout ${version}: device errors: ${result.errors.join(' | ')}`);
  const { status } = watched;
  if (status.state === 'halted') await fleet.rolloutCommand(status.id, 'abort');
  const times = waveTimes(watched);
  const decision = status.state === 'halted' ? `halted in wave ${status.wave} of ${WAVES.length} (${status.haltReason}) with ${offered(status)} devices offered the release, ${result.started} of them had started it` : `${status.state}: ${status.counts.succeeded} succeeded, ${status.counts.failed} failed`;
  ctx.log(`rollout ${version} (--min-sample ${policy.minSample}): ${decision}; waves: ${times.map((t, i) => `${WAVES[i]}% ${t.toFixed(1)} s`).join(', ')}`);
  return { status, times, result, decision };
}

export async function run(ctx) {
  const count = ctx.quick ? 200 : 1000;
  const workers = ctx.quick ? 2 : 4;
  const deadlineMs = ctx.quick ? 30_000 : 600_000;
  const sizeMiB = 0.25;
  const label = `rollout ${count} devices`;
  const server = await benchServer(ctx.work);
  try {
    const devices = await addDevices(server, count);
    const fleet = new FleetClient(server.api);
    // Exactly 2%: every 50th device fails its health check on release (a).
    const twoPercent = devices.filter((_, i) => i % 50 === 0).map((d) => d.id);
    const images = await Promise.all(['1', '2', '3', '4'].map((v) => randomImage(join(ctx.work, `image-${v}.bin`), sizeMiB * MiB, Number(v))));

    await server.publish('1.0.0', [`image=${images[0]}:file`]);
    const plain = await runFleet({ devices, workers, deadlineMs, serverPid: server.pid, init: { mode: 'ota', url: server.url, product: server.product, trustPath: server.trust } });
    ctx.log(`${label}: plain channel publish ${plain.completed}/${count} in ${plain.seconds.toFixed(1)} s`);

    const good = await rollout(ctx, { server, devices, workers, fleet, version: '2.0.0', failIds: twoPercent, image: images[1], deadlineMs });
    const bad = await rollout(ctx, { server, devices, workers, fleet, version: '3.0.0', failIds: devices.map((d) => d.id), image: images[2], deadlineMs });
    const patient = await rollout(ctx, { server, devices, workers, fleet, version: '4.0.0', failIds: twoPercent, image: images[3], deadlineMs, policy: PATIENT });

    const baseline = { baseline: plain.seconds, baselineName: 'plain channel publish to all', unit: 's', better: 'lower' };
    const timeRows = (what, r, policy) => [
      row({ name: `${label} ${what} total time`, ours: r.times.reduce((a, b) => a + b, 0), ...baseline, note: `${r.decision}; waves ${WAVES.join(',')}, --max-failure-rate ${policy.maxFailureRate} --min-sample ${policy.minSample}` }),
      ...r.times.map((t, i) => row({ name: `${label} ${what} wave ${i + 1} (${WAVES[i]}%)`, ours: t, ...baseline, note: `${r.status.waves[i]?.devices ?? 0} devices in this wave` })),
    ];
    return [
      ...timeRows('2% failing, --min-sample 10:', good, POLICY),
      row({ name: `${label} bad release, --min-sample 10: devices that started it before the halt`, ours: bad.result.started, baseline: count, baselineName: 'devices (a channel publish starts all)', unit: 'devices', better: 'lower', note: bad.decision }),
      row({ name: `${label} bad release, --min-sample 10: time to halt`, ours: bad.times.reduce((a, b) => a + b, 0), ...baseline }),
      ...timeRows('2% failing, --min-sample 50:', patient, PATIENT),
    ];
  } finally {
    await server.stop();
  }
}
