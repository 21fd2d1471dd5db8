// Drives the real otacast CLIs for benchmarks: a server on a free port, a
// signing key, devices, releases; the agent under /usr/bin/time for peak RSS.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const otacastBin = join(repoRoot, 'broker', 'bin', 'otacast.js');
export const agentBin = join(repoRoot, 'client', 'bin', 'otacast-agent.js');
const quietEnv = { ...process.env, OTACAST_LOG_LEVEL: 'warn' };

export function cli(args) {
  const result = spawnSync(process.execPath, [otacastBin, ...args], { encoding: 'utf8', env: quietEnv, maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`otacast ${args[0]} exited ${result.status}: ${result.stderr}`);
  return { last: result.stdout.trim().split('\n').at(-1) ?? '', stderr: result.stderr };
}

export async function startServer(dataDir) {
  const child = spawn(process.execPath, [otacastBin, 'serve', '--data', dataDir, '--port', '0', '--max-packet', String(8 << 20)], { stdio: ['ignore', 'pipe', 'pipe'], env: quietEnv });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const match = out.match(/listening.*?(mqtt:\/\/\S+)/);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${err}`)));
  });
  const token = readFileSync(join(dataDir, 'admin.token'), 'utf8').trim();
  return { child, url, token, pid: child.pid, admin: ['--url', url, '--token', token], stop: () => child.kill('SIGTERM') };
}

/** Runs the agent once; returns wall seconds and peak RSS in MiB (via GNU time when present). */
export function runAgentOnce(args) {
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'OTACAST_TIME %M %e'] : [];
  const cmd = [...time, process.execPath, agentBin, ...args, '--once'];
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8', env: quietEnv, maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`agent exited ${result.status}: ${result.stderr.slice(-2000)}`);
  const match = result.stderr.match(/OTACAST_TIME (\d+) ([\d.]+)/);
  return { seconds, peakRssMiB: match ? Number(match[1]) / 1024 : NaN, stdout: result.stdout.trim() };
}
