// 1. Single-device goodput: the real agent downloading + verifying one
// release (the time from entering DOWNLOADING to entering INSTALLING, read
// from its log), beside moving the same bytes with raw Aedes, Mosquitto (same
// harness) and nginx + curl. A second figure is the whole agent run: process
// start, connect, manifest check, download, verify, install.
import { dirname, join } from 'node:path';
import { benchServer } from '../lib/otacast-setup.mjs';
import { mqttTransferFile, startAedesProcess, httpDownload } from '../lib/baselines.mjs';
import { curlDownload, startMosquitto, startNginx, warnLoudly } from '../lib/tools.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { row, skipped } from '../lib/report.mjs';
import { summarizeProfiles } from '../lib/profile-summary.mjs';
import { phaseSeconds } from '../lib/agent-phases.mjs';

export const title = 'one agent downloads + verifies a release vs raw Aedes, Mosquitto, nginx';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median goodput (MiB/s) over `runs` runs of `measure` (which returns seconds). */
async function goodput(runs, bytes, measure) {
  const speeds = [];
  for (let i = 0; i < runs; i++) speeds.push(bytes / MiB / (await measure(i)));
  return median(speeds);
}

export async function run(ctx) {
  const sizeMiB = ctx.quick ? 16 : 64;
  const runs = ctx.quick ? 1 : 3;
  const bytes = sizeMiB * MiB;
  const image = await randomImage(join(ctx.work, 'image.bin'), bytes);
  const rows = [];
  const label = `single-device ${sizeMiB} MiB goodput`;

  // Profiling (--profile) writes .cpuprofile files of the server and of the agent's first run.
  const profDir = ctx.profileDir ? join(ctx.profileDir, 'single-device') : undefined;
  const prof = (who) => (profDir ? ['--cpu-prof', '--cpu-prof-dir', join(profDir, who)] : []);
  const server = await benchServer(ctx.work, { nodeFlags: prof('server') });
  const phase = [];
  const wall = [];
  let idleSeconds;
  try {
    for (let i = 0; i <= runs; i++) await server.addDevice(`dev-${i}`);
    await server.publish('1.0.0', [`image=${image}:file`]);
    for (let i = 0; i < runs; i++) {
      const result = await server.update(`dev-${i}`, { nodeFlags: i === 0 ? prof('agent') : [] });
      const seconds = phaseSeconds(result.entered, 'DOWNLOADING', 'INSTALLING');
      if (seconds === undefined) throw new Error('the agent log has no DOWNLOADING → INSTALLING transition (is it logging JSON at info?)');
      phase.push(bytes / MiB / seconds);
      wall.push(bytes / MiB / result.seconds);
    }
    // The fixed cost inside the wall time: an agent that finds itself already current.
    idleSeconds = (await server.update('dev-0')).seconds;
  } finally {
    await server.stop();
  }
  const ours = median(phase);
  const oursWall = median(wall);
  const note = `agent DOWNLOADING → INSTALLING (download, verify, write to disk); median of ${runs}`;
  const wallNote = `agent wall time incl. process start, connect, manifest check, install (an already-current run takes ${idleSeconds.toFixed(2)} s); median of ${runs}`;

  const aedes = await startAedesProcess();
  try {
    const raw = await goodput(runs, bytes, async () => (await mqttTransferFile(aedes.url, image)).seconds);
    rows.push(row({ name: `${label} vs raw Aedes`, ours, baseline: raw, baselineName: 'raw Aedes QoS0 64 KiB msgs', unit: 'MiB/s', better: 'higher', goal: { ratio: 0.8 }, note }));
    rows.push(row({ name: `single-device ${sizeMiB} MiB whole agent run vs raw Aedes`, ours: oursWall, baseline: raw, baselineName: 'raw Aedes QoS0 64 KiB msgs', unit: 'MiB/s', better: 'higher', note: wallNote }));
  } finally {
    await aedes.stop();
  }

  if (ctx.tools.mosquitto) {
    const mosquitto = await startMosquitto(join(ctx.work, 'mosquitto'));
    try {
      const raw = await goodput(runs, bytes, async () => (await mqttTransferFile(mosquitto.url, image)).seconds);
      rows.push(row({ name: `${label} vs Mosquitto`, ours, baseline: raw, baselineName: 'Mosquitto QoS0 64 KiB msgs', unit: 'MiB/s', better: 'higher' }));
    } finally {
      await mosquitto.stop();
    }
  } else rows.push(skipped(`${label} vs Mosquitto`, 'mosquitto not installed', { unit: 'MiB/s', better: 'higher' }));

  if (ctx.tools.nginx && ctx.tools.curl) {
    const nginx = await startNginx(join(ctx.work, 'nginx'), dirname(image));
    try {
      const http = await goodput(runs, bytes, async () => curlDownload(`${nginx.baseUrl}/image.bin`, join(ctx.work, 'download.bin')).seconds);
      rows.push(row({ name: `${label} vs nginx`, ours, baseline: http, baselineName: 'nginx + curl to file', unit: 'MiB/s', better: 'higher', goal: { ratio: 0.5 } }));
    } finally {
      await nginx.stop();
    }
  } else {
    warnLoudly('nginx or curl missing: comparing with a Node HTTP server instead');
    const http = await goodput(runs, bytes, async () => (await httpDownload(image)).seconds);
    rows.push(row({ name: `${label} vs Node HTTP`, ours, baseline: http, baselineName: 'Node http (nginx absent)', unit: 'MiB/s', better: 'higher', goal: { ratio: 0.5 } }));
  }
  if (profDir) summarizeProfiles(profDir, ctx.log);
  return rows;
}
