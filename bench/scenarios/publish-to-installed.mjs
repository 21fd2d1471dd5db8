// 7. Publish → installed: two running agents (real `otacast-agent` daemons)
// that hold 1.0.0 get a 2.0.0 of fresh content (nothing in common with 1.0.0:
// a delta patch cannot help). Timed from the start of `otacast publish` until
// both have installed it, beside a running agent that holds nothing getting a
// release of the same size and kind, and a raw Aedes transfer of the bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { agentBin, benchServer } from '../lib/otacast-setup.mjs';
import { spawnTracked } from '../lib/children.mjs';
import { mqttTransferFile, startAedesProcess } from '../lib/baselines.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { row } from '../lib/report.mjs';
import { summarizeProfiles } from '../lib/profile-summary.mjs';

export const title = 'publish → installed on running agents holding an older version, vs a device holding nothing and raw Aedes';

const POLL_MS = 20;
const TIMEOUT_MS = 300_000;

/** A running agent (daemon mode, JSON log at info); `installed()` reads the version its state directory records. */
function startAgent(server, id, nodeFlags) {
  const args = server.agentArgs(id);
  const stateDir = args[args.indexOf('--state') + 1];
  const child = spawnTracked(process.execPath, [...nodeFlags, agentBin, ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, OTACAST_LOG_LEVEL: 'info' } }, TIMEOUT_MS * 2);
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('close', resolve));
  return {
    get log() {
      return log;
    },
    installed() {
      try {
        return JSON.parse(readFileSync(join(stateDir, 'installed.json'), 'utf8')).version;
      } catch {
        return undefined;
      }
    },
    async until(what, check) {
      const deadline = Date.now() + TIMEOUT_MS;
      while (!check()) {
        if (child.exitCode !== null) throw new Error(`agent ${id} exited (${child.exitCode}) before ${what}:\n${log.slice(-3000)}`);
        if (Date.now() > deadline) throw new Error(`agent ${id}: no ${what} within ${TIMEOUT_MS} ms:\n${log.slice(-3000)}`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Publishes `version` of `product` while `agents` run; seconds from publish start to all installed, and the publish's own seconds. */
async function publishToInstalled(server, agents, product, version, image) {
  const started = performance.now();
  const published = await server.publish(version, [`image=${image}:file`], { product });
  const publishDone = performance.now();
  await Promise.all(agents.map((a) => a.until(`install of ${version}`, () => a.installed() === version)));
  const done = performance.now();
  return { seconds: (done - started) / 1000, afterPublish: (done - publishDone) / 1000, publishSeconds: published.seconds };
}

const count = (log, text) => log.split('\n').filter((l) => l.includes(text)).length;

export async function run(ctx) {
  const sizeMiB = ctx.quick ? 16 : 64;
  const bytes = sizeMiB * MiB;
  const [v1, v2, other] = await Promise.all([1, 2, 3].map((n) => randomImage(join(ctx.work, `image-${n}.bin`), bytes, 20 + n)));
  const profDir = ctx.profileDir ? join(ctx.profileDir, 'publish-to-installed') : undefined;
  const prof = (who) => (profDir ? ['--cpu-prof', '--cpu-prof-dir', join(profDir, who)] : []);
  const server = await benchServer(ctx.work, { nodeFlags: prof('server') });
  const agents = [];
  let fresh;
  let held;
  try {
    for (const id of ['held-0', 'held-1']) await server.addDevice(id);
    await server.addDevice('fresh-0', { product: 'fresh' });
    await server.publish('1.0.0', [`image=${v1}:file`]);
    for (const id of ['held-0', 'held-1']) await server.update(id);

    // The device holding nothing first, while the server has no patch work queued.
    const empty = startAgent(server, 'fresh-0', []);
    agents.push(empty);
    await empty.until('connection', () => empty.log.includes('"connected"'));
    fresh = await publishToInstalled(server, [empty], 'fresh', '1.0.0', other);

    const running = ['held-0', 'held-1'].map((id, i) => startAgent(server, id, i === 0 ? prof('agent') : []));
    agents.push(...running);
    await Promise.all(running.map((a) => a.until('connection', () => a.log.includes('"connected"'))));
    held = await publishToInstalled(server, running, 'bench', '2.0.0', v2);
    held.waited = running.reduce((n, a) => n + count(a.log, 'waiting for the server to compute a delta patch'), 0);
    held.patched = running.reduce((n, a) => n + count(a.log, 'applied a delta patch'), 0);
  } finally {
    await Promise.all(agents.map((a) => a.stop()));
    await server.stop();
  }
  const aedes = await startAedesProcess();
  let raw;
  try {
    raw = await mqttTransferFile(aedes.url, v2);
  } finally {
    await aedes.stop();
  }
  if (profDir) summarizeProfiles(profDir, ctx.log);
  const label = `publish-to-installed ${sizeMiB} MiB fresh content, 2 agents holding 1.0.0`;
  const rawSpeed = bytes / MiB / raw.seconds;
  const detail = `publish CLI ${held.publishSeconds.toFixed(2)} s of it; agents logged ${held.waited} waits for a pending patch, ${held.patched} applied patches`;
  return [
    row({ name: `${label}: time`, ours: held.seconds, baseline: fresh.seconds, baselineName: 'a running agent holding nothing, same size', unit: 's', better: 'lower', goal: { ratio: 1.2 }, note: `publish start → both installed; ${detail}; the empty device's publish took ${fresh.publishSeconds.toFixed(2)} s` }),
    row({ name: `${label}: speed`, ours: bytes / MiB / held.seconds, baseline: rawSpeed, baselineName: 'raw Aedes transfer of the bytes', unit: 'MiB/s', better: 'higher', goal: { ratio: 0.5 }, note: `size / (publish start → both installed); raw Aedes moved it in ${raw.seconds.toFixed(2)} s` }),
    row({ name: `${label}: speed after publish`, ours: bytes / MiB / held.afterPublish, baseline: rawSpeed, baselineName: 'raw Aedes transfer of the bytes', unit: 'MiB/s', better: 'higher', note: `size / (publish CLI exit → both installed, ${held.afterPublish.toFixed(2)} s): what the devices add once the release exists` }),
  ];
}
