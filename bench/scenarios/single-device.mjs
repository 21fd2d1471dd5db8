// 1. Single-device goodput: the real agent downloading + verifying one
// release (the time from entering DOWNLOADING to entering INSTALLING, read
// from its log), beside moving the same bytes with raw Aedes, Mosquitto (same
// harness) and nginx + curl. A second figure is the whole agent run: process
// start, connect, manifest check, download, verify, install. Then what
// start-up costs (process start to connected, and an already-current run, of
// the repository's bin and of the bundled agent, beside a bare `node -e 0`),
// and what the V8 flags the agent's bin sets cost in speed and save in RSS
// (the same download with them turned into no-ops).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { benchServer, repoRoot } from '../lib/otacast-setup.mjs';
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

/** Seconds of a bare Node start and exit: the floor under any agent start-up on this machine now. */
async function bareNodeSeconds() {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await once(child, 'exit');
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** Makes the bin's v8.setFlagsFromString calls no-ops (preloaded with --require): the agent as V8 runs it by default. */
function noV8FlagsPreload(dir) {
  const path = join(dir, 'no-v8-flags.cjs');
  writeFileSync(path, "const v8 = require('node:v8'); v8.setFlagsFromString = () => {}; require('node:module').syncBuiltinESMExports();\n");
  return path;
}

/** The bundled agent (scripts/pack-agent.mjs) in `dir`, or undefined when it cannot be built. */
function bundledAgent(dir, log) {
  const out = join(dir, 'otacast-agent.mjs');
  const built = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'pack-agent.mjs'), '--out', out], { encoding: 'utf8' });
  if (built.status === 0) return out;
  log(`cannot bundle the agent: ${built.stderr.slice(-500)}`);
  return undefined;
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
  const rss = [];
  const plainPhase = [];
  const plainRss = [];
  const idle = { repo: [], repoConnect: [], bundle: [], bundleConnect: [], node: [] };
  const bundle = bundledAgent(ctx.work, ctx.log);
  const noFlags = ['--require', noV8FlagsPreload(ctx.work)];
  const downloadSeconds = (result) => {
    const seconds = phaseSeconds(result.entered, 'DOWNLOADING', 'INSTALLING');
    if (seconds === undefined) throw new Error('the agent log has no DOWNLOADING → INSTALLING transition (is it logging JSON at info?)');
    return seconds;
  };
  const connectMs = (result) => (result.entered.CONNECTED ?? NaN) - result.startedAtMs;
  try {
    for (let i = 0; i <= runs; i++) await server.addDevice(`dev-${i}`);
    for (let i = 0; i < runs; i++) await server.addDevice(`plain-${i}`);
    await server.publish('1.0.0', [`image=${image}:file`]);
    // Interleaved, so load that comes and goes touches both alike.
    for (let i = 0; i < runs; i++) {
      const result = await server.update(`dev-${i}`, { nodeFlags: i === 0 ? prof('agent') : [] });
      phase.push(bytes / MiB / downloadSeconds(result));
      wall.push(bytes / MiB / result.seconds);
      rss.push(result.peakRssMiB);
      const plain = await server.update(`plain-${i}`, { nodeFlags: noFlags });
      plainPhase.push(bytes / MiB / downloadSeconds(plain));
      plainRss.push(plain.peakRssMiB);
    }
    // The fixed cost inside the wall time: an agent that finds itself already current.
    for (let i = 0; i < 3; i++) {
      idle.node.push(await bareNodeSeconds());
      const repo = await server.update('dev-0');
      idle.repo.push(repo.seconds);
      idle.repoConnect.push(connectMs(repo));
      if (bundle === undefined) continue;
      const bundled = await server.update('dev-0', { bin: bundle });
      idle.bundle.push(bundled.seconds);
      idle.bundleConnect.push(connectMs(bundled));
    }
  } finally {
    await server.stop();
  }
  const ours = median(phase);
  const oursWall = median(wall);
  const idleSeconds = median(idle.repo);
  const nodeSeconds = median(idle.node);
  const note = `agent DOWNLOADING → INSTALLING (download, verify, write to disk); median of ${runs}`;
  const wallNote = `agent wall time incl. process start, connect, manifest check, install (an already-current run takes ${idleSeconds.toFixed(2)} s); median of ${runs}`;
  const bareNode = `bare node -e 0 (${(nodeSeconds * 1000).toFixed(0)} ms)`;
  rows.push(row({ name: 'agent start to connected (repository bin)', ours: median(idle.repoConnect), baseline: nodeSeconds * 1000, baselineName: bareNode, unit: 'ms', better: 'lower', goal: { ours: 250 }, note: 'process spawn to the "connected" log line of an already-current run; median of 3' }));
  rows.push(row({ name: 'agent already-current run (repository bin)', ours: idleSeconds * 1000, baseline: nodeSeconds * 1000, baselineName: bareNode, unit: 'ms', better: 'lower', note: 'whole --once run that finds the release installed; median of 3' }));
  if (bundle !== undefined) {
    rows.push(row({ name: 'agent start to connected (bundled agent)', ours: median(idle.bundleConnect), baseline: nodeSeconds * 1000, baselineName: bareNode, unit: 'ms', better: 'lower', goal: { ours: 250 }, note: 'scripts/pack-agent.mjs bundle; median of 3' }));
    rows.push(row({ name: 'agent already-current run (bundled agent)', ours: median(idle.bundle) * 1000, baseline: nodeSeconds * 1000, baselineName: bareNode, unit: 'ms', better: 'lower', note: 'median of 3' }));
  } else rows.push(skipped('agent start to connected (bundled agent)', 'scripts/pack-agent.mjs failed', { unit: 'ms', better: 'lower' }));
  const flagsNote = `the bin's --no-turbofan --optimize-for-size --semi-space-growth-factor=1 vs the same agent with them made no-ops; median of ${runs}, interleaved`;
  rows.push(row({ name: `single-device ${sizeMiB} MiB goodput with the bin's V8 flags`, ours, baseline: median(plainPhase), baselineName: 'without them (V8 defaults)', unit: 'MiB/s', better: 'higher', note: flagsNote }));
  rows.push(row({ name: `agent peak RSS applying ${sizeMiB} MiB with the bin's V8 flags`, ours: median(rss), baseline: median(plainRss), baselineName: 'without them (V8 defaults)', unit: 'MiB', better: 'lower', note: flagsNote }));

  const aedes = await startAedesProcess();
  try {
    const raw = await goodput(runs, bytes, async () => (await mqttTransferFile(aedes.url, image)).seconds);
    rows.unshift(
      row({ name: `${label} vs raw Aedes`, ours, baseline: raw, baselineName: 'raw Aedes QoS0 64 KiB msgs', unit: 'MiB/s', better: 'higher', goal: { ratio: 1 }, note }),
      row({ name: `single-device ${sizeMiB} MiB whole agent run vs raw Aedes`, ours: oursWall, baseline: raw, baselineName: 'raw Aedes QoS0 64 KiB msgs', unit: 'MiB/s', better: 'higher', goal: { ratio: 0.5 }, note: wallNote }),
    );
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
