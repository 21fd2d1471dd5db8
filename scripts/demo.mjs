#!/usr/bin/env node
// The one-command demo: start a server, create a signing key and a device,
// publish the example Python app bundle, let the agent install it, publish an
// update and apply it. Everything runs in a temp directory on loopback.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create as createTar } from 'tar';
import { agentBin, otacastBin, repoRoot, spawnServer } from './lib/serve.mjs';

const root = repoRoot;
const work = mkdtempSync(join(tmpdir(), 'otacast-demo-'));
const say = (line) => console.log(`\x1b[1m==> ${line}\x1b[0m`);

function cli(bin, args) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, OTACAST_LOG_LEVEL: 'warn' } });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    throw new Error(`${bin.split('/').pop()} ${args[0]} exited ${result.status}`);
  }
  return result.stdout.trim().split('\n').at(-1) ?? '';
}

async function bundle(version) {
  const dir = join(work, `bundle-${version}`);
  cpSync(join(root, 'examples', 'python-app', 'app'), dir, { recursive: true });
  writeFileSync(join(dir, 'VERSION'), `${version}\n`);
  const tar = join(work, `app-${version}.tar`);
  await createTar({ cwd: dir, file: tar, portable: true }, ['.']);
  return tar;
}

const server = await spawnServer(join(work, 'server'), { serveArgs: ['--http-port', process.env.OTACAST_DEMO_HTTP_PORT ?? '0'], stderr: (d) => process.stderr.write(d) });
try {
  say(`server listening on ${server.url} (data in ${join(work, 'server')})`);
  say(`dashboard: ${server.httpUrl}/ (log in with the admin token: ${server.token})`);
  const { token } = server;
  const admin = ['--url', server.url, '--token', token];

  cli(otacastBin, ['keygen', '--out', join(work, 'keys')]);
  say('signing key created; the server never sees the private half');
  const deviceToken = cli(otacastBin, ['device', 'add', 'demo-device-1', '--product', 'python-app', '--label', 'site=lab', ...admin]);
  say('device demo-device-1 registered');

  const deviceRoot = join(work, 'device', 'root');
  mkdirSync(deviceRoot, { recursive: true });
  const agentArgs = ['--url', server.url, '--id', 'demo-device-1', '--token', deviceToken, '--product', 'python-app',
    '--trust', join(work, 'keys', 'signing.pub'), '--state', join(work, 'device', 'state'), '--root', deviceRoot, '--once'];
  const runApp = () => {
    const app = join(deviceRoot, 'app', 'current', 'main.py');
    if (!existsSync(app)) return;
    const python = spawnSync('python3', [app], { encoding: 'utf8' });
    console.log(`    device runs: ${(python.stdout || python.stderr || '(python3 not found)').trim()}`);
  };

  for (const version of ['1.0.0', '1.1.0']) {
    const releaseId = cli(otacastBin, ['publish', '--product', 'python-app', '--version', version, '--key', join(work, 'keys', 'signing.key'), `app=${await bundle(version)}:archive`, ...admin]);
    say(`published python-app ${version} as release ${releaseId}`);
    say(`agent: ${cli(agentBin, agentArgs)}`);
    runApp();
  }
  say('devices as the server sees them:');
  console.log(spawnSync(process.execPath, [otacastBin, 'devices', ...admin], { encoding: 'utf8' }).stdout);
  say('demo finished');
  // On a terminal the server stays up so the dashboard can be looked at; scripts and CI end here.
  if (process.stdout.isTTY && !process.env.CI && !process.env.OTACAST_DEMO_EXIT) {
    say(`the dashboard stays at ${server.httpUrl}/ (token ${server.token}); Ctrl-C stops the server`);
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }
} finally {
  await server.stop();
  if (!process.env.OTACAST_DEMO_KEEP) rmSync(work, { recursive: true, force: true });
}
