#!/usr/bin/env node
// Downtime of an `archive` switch: from the old app's last answer to the new
// app's first answer, while a prober hits the app every millisecond or so.
//
//   ours      the agent downloads and verifies while v(N) keeps serving, flips
//             the `current` symlink, and its --health-cmd restarts the app
//             (SIGTERM; a supervisor restarts it from `current`, like systemd
//             Restart=always) and waits until the new version answers.
//   baseline  stop the app, update (the same agent, same bytes), start the app:
//             what an in-place package-manager update costs.
//
// usage: node bench/switch-downtime.mjs [--runs 3] [--size-mib 8]
// Prints a table and one JSON line; the ratio is baseline / ours (medians).
// Beside them, the app's cold start (spawn to first answer, no update): the
// floor of any switch that restarts the process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { agentBin, cli, startServer } from './lib/otacast-setup.mjs';

const flag = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = flag('--runs', 3);
const sizeMiB = flag('--size-mib', 8);
const work = mkdtempSync(join(tmpdir(), 'otacast-switch-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

// The app: answers its version over HTTP; writes its pid so the health command can restart it.
const APP = `import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
const version = readFileSync(new URL('VERSION', import.meta.url), 'utf8').trim();
const server = createServer((req, res) => res.end(version));
server.listen(Number(process.env.APP_PORT), '127.0.0.1', () => writeFileSync(process.env.APP_PIDFILE, String(process.pid)));
process.on('SIGTERM', () => process.exit(0));
`;
// The health command: restart the app, healthy once the new version answers.
const HEALTH = `import { readFileSync } from 'node:fs';
import { get } from 'node:http';
process.kill(Number(readFileSync(process.env.APP_PIDFILE, 'utf8')), 'SIGTERM');
const ask = () => new Promise((resolve) => get({ host: '127.0.0.1', port: Number(process.env.APP_PORT), agent: false }, (res) => {
  let body = ''; res.on('data', (d) => (body += d)); res.on('end', () => resolve(body));
}).on('error', () => resolve(null)));
const deadline = Date.now() + 20000;
while (Date.now() < deadline) { if ((await ask()) === process.env.OTACAST_VERSION) process.exit(0); await new Promise((r) => setTimeout(r, 2)); }
process.exit(1);
`;
writeFileSync(join(work, 'health.mjs'), HEALTH);

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

async function bundle(version) {
  const dir = join(work, `app-${version}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'server.mjs'), APP);
  writeFileSync(join(dir, 'VERSION'), version);
  writeFileSync(join(dir, 'payload.bin'), randomBytes(sizeMiB << 20));
  const tar = join(work, `app-${version}.tar`);
  await create({ cwd: dir, file: tar, portable: true }, ['.']);
  return tar;
}

/** A device: its root, an app supervised from ROOT/app/current, and a prober recording every answer. */
async function device(name, token, server) {
  const root = join(work, name, 'root');
  mkdirSync(root, { recursive: true });
  const env = { ...process.env, OTACAST_LOG_LEVEL: 'warn', APP_PORT: String(await freePort()), APP_PIDFILE: join(work, name, 'app.pid') };
  const args = ['--url', server.url, '--id', name, '--token', token, '--product', 'switch', '--trust', join(work, 'keys', 'signing.pub'), '--state', join(work, name, 'state'), '--root', root, '--once'];
  let child;
  let supervising = false;
  const start = () => {
    child = spawn(process.execPath, [join(root, 'app', 'current', 'server.mjs')], { env, stdio: 'ignore' });
    child.once('exit', () => supervising && start());
  };
  const answers = [];
  let probing = false;
  return {
    async agent(extra = []) {
      const agent = spawn(process.execPath, [agentBin, ...args, ...extra], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      agent.stderr.on('data', (d) => (err += d));
      const [code] = await once(agent, 'close');
      if (code !== 0) throw new Error(`agent ${name} exited ${code}: ${err.slice(-1500)}`);
    },
    startApp() {
      supervising = true;
      start();
    },
    async stopApp() {
      supervising = false;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
    async probe() {
      probing = true;
      answers.length = 0;
      while (probing) {
        const at = nowMs();
        const body = await new Promise((resolve) => {
          const req = get({ host: '127.0.0.1', port: Number(env.APP_PORT), agent: false, timeout: 500 }, (res) => {
            let b = '';
            res.on('data', (d) => (b += d));
            res.on('end', () => resolve(b));
          });
          req.on('error', () => resolve(null));
          req.on('timeout', () => req.destroy());
        });
        answers.push({ at, body });
        await sleep(1);
      }
    },
    async waitFor(version) {
      while (answers.at(-1)?.body !== version) await sleep(5);
    },
    stopProbing() {
      probing = false;
    },
    /** Last answer of `from` before the first answer of `to`, and what the old version kept serving. */
    gap(from, to) {
      const first = answers.findIndex((a) => a.body === to);
      const last = answers.slice(0, first).findLastIndex((a) => a.body === from);
      if (first < 0 || last < 0) throw new Error(`${name}: no switch from ${from} to ${to} observed`);
      return { downtimeMs: answers[first].at - answers[last].at, oldServedMs: answers[last].at - answers[0].at, failedProbes: first - last - 1 };
    },
  };
}

/** The floor of any switch that restarts the app: spawn to first answer of a fresh instance, no update involved. */
async function coldStartMs(root) {
  const port = await freePort();
  const started = nowMs();
  const app = spawn(process.execPath, [join(root, 'app', 'current', 'server.mjs')], { env: { ...process.env, APP_PORT: String(port), APP_PIDFILE: join(work, 'cold.pid') }, stdio: 'ignore' });
  for (;;) {
    const ok = await new Promise((resolve) => get({ host: '127.0.0.1', port, agent: false }, (res) => res.resume().on('end', () => resolve(true))).on('error', () => resolve(false)));
    if (ok) break;
    await sleep(1);
  }
  const ms = nowMs() - started;
  app.kill('SIGKILL');
  await once(app, 'exit');
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await startServer(join(work, 'server'));
try {
  cli(['keygen', '--out', join(work, 'keys')]);
  const key = join(work, 'keys', 'signing.key');
  const publish = async (version) => cli(['publish', '--product', 'switch', '--version', version, '--key', key, `app=${await bundle(version)}:archive`, ...server.admin]);
  const ours = await device('ours', cli(['device', 'add', 'ours', '--product', 'switch', ...server.admin]).last, server);
  const base = await device('baseline', cli(['device', 'add', 'baseline', '--product', 'switch', ...server.admin]).last, server);
  await publish('1.0.0');
  for (const d of [ours, base]) {
    await d.agent();
    d.startApp();
  }
  const results = [];
  for (let run = 0; run < runs; run++) {
    const [from, to] = [`1.${run}.0`, `1.${run + 1}.0`];
    await publish(to);
    // Ours: the app keeps serving through download and verify; the health command restarts it.
    let probing = ours.probe();
    await ours.waitFor(from);
    const started = nowMs();
    await ours.agent(['--health-cmd', `${JSON.stringify(process.execPath)} ${join(work, 'health.mjs')}`]);
    const agentMs = nowMs() - started;
    await ours.waitFor(to);
    ours.stopProbing();
    await probing;
    const o = ours.gap(from, to);
    // Baseline: stop, update, start.
    probing = base.probe();
    await base.waitFor(from);
    await base.stopApp();
    await base.agent();
    base.startApp();
    await base.waitFor(to);
    base.stopProbing();
    await probing;
    const b = base.gap(from, to);
    results.push({ run: run + 1, oursMs: o.downtimeMs, oursAgentMs: agentMs, oldServedMs: o.oldServedMs, baselineMs: b.downtimeMs, appColdStartMs: await coldStartMs(join(work, 'ours', 'root')) });
  }
  await ours.stopApp();
  await base.stopApp();
  console.log(`archive switch downtime, ${sizeMiB} MiB bundle (last answer of the old app → first answer of the new one)`);
  console.log('run  ours (ms)  app cold start (ms)  agent run (ms)  old app served (ms)  baseline stop-update-start (ms)');
  for (const r of results) {
    const cells = [[r.oursMs, 9, 1], [r.appColdStartMs, 21, 1], [r.oursAgentMs, 16, 0], [r.oldServedMs, 21, 0], [r.baselineMs, 33, 1]];
    console.log(String(r.run).padEnd(5) + cells.map(([v, w, d]) => v.toFixed(d).padStart(w)).join(''));
  }
  const summary = {
    bench: 'switch-downtime', sizeMiB, runs,
    oursMedianMs: +median(results.map((r) => r.oursMs)).toFixed(1),
    baselineMedianMs: +median(results.map((r) => r.baselineMs)).toFixed(1),
    appColdStartMedianMs: +median(results.map((r) => r.appColdStartMs)).toFixed(1),
  };
  summary.ratio = +(summary.baselineMedianMs / summary.oursMedianMs).toFixed(1);
  console.log(`median: ours ${summary.oursMedianMs} ms (of which the app's own cold start ${summary.appColdStartMedianMs} ms), baseline ${summary.baselineMedianMs} ms, baseline/ours ${summary.ratio}x`);
  console.log(JSON.stringify({ ...summary, results }));
} finally {
  server.stop();
  rmSync(work, { recursive: true, force: true });
}
