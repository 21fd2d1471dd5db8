// External baselines (Mosquitto, nginx, zstd, curl) from Debian's packages:
// installed with apt-get when absent and we are root, otherwise the baseline
// that needs them is skipped with a loud note. Each server is started by hand
// on a free loopback port with a temporary config, never as a system service.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { once } from 'node:events';
import { join } from 'node:path';
import { track } from './children.mjs';

const BINARIES = { mosquitto: '/usr/sbin/mosquitto', nginx: '/usr/sbin/nginx', zstd: '/usr/bin/zstd', curl: '/usr/bin/curl' };

export function warnLoudly(message) {
  process.stderr.write(`\n!!! ${message}\n\n`);
}

function have(name) {
  return (BINARIES[name] !== undefined && existsSync(BINARIES[name])) || spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

/** Installs the missing tools once (apt-get update first); returns which are usable. */
export function ensureTools(names = Object.keys(BINARIES)) {
  const missing = names.filter((n) => !have(n));
  if (missing.length > 0 && process.getuid?.() === 0 && have('apt-get')) {
    process.stderr.write(`bench: installing ${missing.join(', ')} with apt-get (one time)\n`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 300_000 });
    if (update.status === 0) {
      spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 600_000 });
    }
  }
  const available = Object.fromEntries(names.map((n) => [n, have(n)]));
  for (const n of names) if (!available[n]) warnLoudly(`${n} is not installed and could not be installed (need root + apt-get): baselines using it are SKIPPED`);
  return available;
}

export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** Resolves once something accepts TCP connections on the port (bounded wait). */
async function waitForPort(port, child, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited ${child.exitCode} before listening`);
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not listen on ${port} within ${timeoutMs} ms`);
}

function stopper(child) {
  return async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await once(child, 'exit');
    clearTimeout(timer);
  };
}

/** Mosquitto on a free loopback port, anonymous, no persistence; `config`: more lines for mosquitto.conf. */
export async function startMosquitto(dir, { config: extra = [] } = {}) {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const config = join(dir, 'mosquitto.conf');
  writeFileSync(config, [`listener ${port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', 'log_dest stderr', 'log_type error', ...extra, ''].join('\n'));
  const bin = existsSync(BINARIES.mosquitto) ? BINARIES.mosquitto : 'mosquitto';
  const child = track(spawn(bin, ['-c', config], { stdio: ['ignore', 'ignore', 'inherit'] }));
  await waitForPort(port, child, 'mosquitto');
  return { url: `mqtt://127.0.0.1:${port}`, pid: child.pid, stop: stopper(child) };
}

/** nginx serving `root` on a free loopback port, in the foreground, with every path in `dir`. */
export async function startNginx(dir, root) {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
error_log stderr error;
pid ${join(dir, 'nginx.pid')};
events { worker_connections 64; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  default_type application/octet-stream;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  server { listen 127.0.0.1:${port}; root ${root}; }
}
`,
  );
  const bin = existsSync(BINARIES.nginx) ? BINARIES.nginx : 'nginx';
  const child = track(spawn(bin, ['-c', config, '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] }));
  await waitForPort(port, child, 'nginx');
  return { port, baseUrl: `http://127.0.0.1:${port}`, stop: stopper(child) };
}

/** curl downloads `url` into `out`; returns bytes and seconds as curl measured them. */
export function curlDownload(url, out) {
  const result = spawnSync('curl', ['-sS', '-o', out, '-w', '%{size_download} %{time_total}', url], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`curl failed: ${result.stderr}`);
  const [bytes, seconds] = result.stdout.trim().split(' ').map(Number);
  return { bytes, seconds };
}
