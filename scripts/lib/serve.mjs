// Starts `otacast serve` as a child process and waits for its "listening"
// line: the one way the demo and the benchmarks run a server.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const otacastBin = join(repoRoot, 'broker', 'bin', 'otacast.js');
export const agentBin = join(repoRoot, 'client', 'bin', 'otacast-agent.js');

/**
 * `otacast serve --data DIR --port 0 ...serveArgs`, logging at `logLevel`.
 * `wrap(child)` lets the caller track the child (e.g. kill it on Ctrl-C);
 * `stderr` receives the server's log output. Resolves with the child, its
 * mqtt:// URL and the admin token it wrote.
 */
export async function spawnServer(dataDir, { serveArgs = [], nodeFlags = [], logLevel = 'warn', wrap = (child) => child, stderr } = {}) {
  const args = [...nodeFlags, otacastBin, 'serve', '--data', dataDir, '--port', '0', ...serveArgs];
  const child = wrap(spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OTACAST_LOG_LEVEL: logLevel } }));
  let err = '';
  child.stderr.on('data', (d) => {
    err = (err + d).slice(-20_000);
    stderr?.(d);
  });
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
  return { child, url, token };
}
