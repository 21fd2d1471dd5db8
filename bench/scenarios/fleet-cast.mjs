// 2b. Broadcast fan-out: N simulated devices that speak casts (docs/protocol.md,
// "Broadcast") update to one release at once; the server sends it once on its
// cast topic and each device pulls only what it missed. Beside it, the raw
// Aedes fan-out of the same bytes to N plain subscribers (as in fleet.mjs).
import { join } from 'node:path';
import { benchServer } from '../lib/otacast-setup.mjs';
import { addDevices, runFleet } from '../lib/fleet.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { summarizeProfiles } from '../lib/profile-summary.mjs';
import { row } from '../lib/report.mjs';
import { fleetSizes, rawFanout } from './fleet.mjs';

export const title = 'N cast-speaking simulated devices update to one release vs a raw Aedes fan-out';

export async function run(ctx) {
  const { count, sizeMiB, workers, deadlineMs } = fleetSizes(ctx);
  const image = await randomImage(join(ctx.work, 'image.bin'), sizeMiB * MiB, 3);
  const label = `fleet-cast ${count}×${sizeMiB} MiB`;

  // Profiling (--profile) writes the server's .cpuprofile and a summary of where its CPU went.
  const profDir = ctx.profileDir ? join(ctx.profileDir, 'fleet-cast', 'server') : undefined;
  const server = await benchServer(ctx.work, { serveArgs: ['--cast-devices', '2'], nodeFlags: profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [] });
  let ours;
  let devices;
  try {
    devices = await addDevices(server, count);
    await server.publish('1.0.0', [`image=${image}:file`]);
    ctx.log(`${label}: ${count} devices registered, release published`);
    ours = await runFleet({ devices, workers, deadlineMs, serverPid: server.pid, init: { mode: 'ota', cast: true, url: server.url, product: server.product, trustPath: server.trust } });
  } finally {
    await server.stop();
  }
  if (profDir) summarizeProfiles(profDir, ctx.log);
  const castShare = ours.bytes > 0 ? ours.castBytes / ours.bytes : 0;
  ctx.log(`${label}: ours ${ours.completed}/${count} in ${ours.seconds.toFixed(1)} s, ${(100 * castShare).toFixed(1)}% of chunk bytes from the cast${ours.errors.length ? `; errors: ${ours.errors.join(' | ')}` : ''}`);

  const raw = await rawFanout(ctx, { image, devices, workers, deadlineMs, label, count });

  const goodput = (r) => (r.completed * sizeMiB) / r.seconds;
  const failures = ours.failed > 0 ? `; ${ours.failed} failed: ${ours.errors.join(' | ')}` : '';
  return [
    row({ name: `${label} devices completed`, ours: ours.completed, baseline: count, baselineName: 'devices', unit: 'devices', better: 'higher', goal: { ratio: 1 }, note: `raw fan-out completed ${raw.completed}${failures}` }),
    row({ name: `${label} aggregate goodput`, ours: goodput(ours), baseline: goodput(raw), baselineName: 'raw Aedes fan-out', unit: 'MiB/s', better: 'higher', goal: { ratio: 0.9 }, note: `${(100 * castShare).toFixed(1)}% of the chunk bytes devices verified came from the cast, the rest pulled; ${workers} worker processes` }),
    row({ name: `${label} server CPU`, ours: ours.server.cpuSeconds, baseline: raw.server.cpuSeconds, baselineName: 'raw Aedes broker', unit: 'cpu-s', better: 'lower', goal: { ratio: 1.5 }, note: `ours ${ours.server.cpuPercent.toFixed(0)}% of a core over the run, raw ${raw.server.cpuPercent.toFixed(0)}%` }),
    row({ name: `${label} server reads`, ours: ours.server.readMiB, baseline: sizeMiB, baselineName: 'one copy of the release', unit: 'MiB', better: 'lower', note: '/proc/PID/io rchar of the server over the run: blob-store and registry file reads plus every byte read from device sockets (an upper bound of blob-store reads)' }),
    row({ name: `${label} server peak RSS`, ours: ours.server.peakRssMiB, baseline: raw.server.peakRssMiB, baselineName: 'raw Aedes broker', unit: 'MiB', better: 'lower' }),
  ];
}
