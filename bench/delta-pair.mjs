#!/usr/bin/env node
// Delta patch of a real consecutive release pair (npm package tarballs, uncompressed):
// our patch and our bytes on the wire for the whole update, beside
// `zstd -19 --long --patch-from=old` and the gzip'd full download (the npm .tgz).
//
//   node bench/delta-pair.mjs [NAME OLD NEW] [--no-wire]     (default: typescript 5.9.2 5.9.3)
//
// Needs a build (npm run build). Fetches the pair into .cache/release-pairs/ with npm pack.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyDelta, encodeDeltaFile, sha256, sha256File } from '@otacast/shared';
import { fetchRelease } from '../scripts/fetch-release-pairs.mjs';
import { CountingProxy } from './lib/counting-proxy.mjs';
import { agentBin, otacastBin, spawnServer } from '../scripts/lib/serve.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const wire = !process.argv.includes('--no-wire');
const [name, oldVersion, newVersion] = args.length === 3 ? args : ['typescript', '5.9.2', '5.9.3'];
const older = fetchRelease(name, oldVersion);
const newer = fetchRelease(name, newVersion);
const work = mkdtempSync(join(tmpdir(), 'otacast-delta-pair-'));
const quiet = { ...process.env, OTACAST_LOG_LEVEL: 'info' };

/** Runs a CLI to completion without blocking this process (the counting proxy lives here). */
function run(bin, argv) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { env: quiet, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`${bin} ${argv[0]} exited ${code}: ${stderr.slice(-2000)}`));
      else resolve({ last: stdout.trim().split('\n').at(-1) ?? '', stderr });
    });
  });
}

/** Our whole update old → new through the real server and agent, counted on the wire (both ways). */
async function wireBytes() {
  const data = join(work, 'server');
  let log = '';
  // At info: the server logs "patch stored" once the patch for the new release exists.
  const { child: server, url, token: adminToken } = await spawnServer(data, { logLevel: 'info', stderr: (d) => (log += d) });
  try {
    const admin = ['--url', url, '--token', adminToken];
    await run(otacastBin, ['keygen', '--out', join(work, 'keys')]);
    const token = (await run(otacastBin, ['device', 'add', 'pair-1', '--product', 'pair', ...admin])).last;
    const root = join(work, 'root');
    mkdirSync(root);
    const agentArgs = (u) => ['--url', u, '--id', 'pair-1', '--token', token, '--product', 'pair', '--trust', join(work, 'keys', 'signing.pub'), '--state', join(work, 'state'), '--root', root, '--once'];
    const publish = (version, file) => run(otacastBin, ['publish', '--product', 'pair', '--version', version, '--key', join(work, 'keys', 'signing.key'), `pkg=${file}:file`, ...admin]);
    await publish('1.0.0', `${older}.tar`);
    await run(agentBin, agentArgs(url));
    await publish('2.0.0', `${newer}.tar`);
    // The release is announced at once; wait for its patch so the figure does not depend on timing.
    const target = (await sha256File(`${newer}.tar`)).toString('hex').slice(0, 16);
    const deadline = Date.now() + 300_000;
    while (!log.split('\n').some((l) => l.includes('patch stored') && l.includes(target))) {
      if (Date.now() > deadline) throw new Error('no patch within 300 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const proxy = await new CountingProxy(Number(new URL(url).port)).start();
    try {
      const update = await run(agentBin, agentArgs(proxy.url));
      if (!update.stderr.includes('applied a delta patch')) throw new Error('the agent did not apply a patch');
      if (!sha256(readFileSync(join(root, 'pkg'))).equals(await sha256File(`${newer}.tar`))) throw new Error('installed file differs');
      return proxy.bytes;
    } finally {
      await proxy.close();
    }
  } finally {
    server.kill('SIGTERM');
  }
}

try {
  const size = statSync(`${newer}.tar`).size;
  const t0 = performance.now();
  const patch = join(work, 'ours.patch');
  const encoded = await encodeDeltaFile(`${older}.tar`, `${newer}.tar`, patch);
  const encodeS = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  let applied = 0;
  for await (const piece of applyDelta(patch, `${older}.tar`)) applied += piece.length;
  const applyS = (performance.now() - t1) / 1000;
  if (applied !== size) throw new Error(`applied ${applied} bytes, expected ${size}`);

  let zstd;
  const zstdBin = ['/usr/bin/zstd', '/usr/local/bin/zstd'].find((p) => existsSync(p));
  if (zstdBin) {
    const out = join(work, 'zstd.patch');
    const result = spawnSync(zstdBin, ['-19', '--long=27', '-q', '-f', `--patch-from=${older}.tar`, `${newer}.tar`, '-o', out], { encoding: 'utf8' });
    if (result.status === 0) zstd = statSync(out).size;
  } else {
    console.warn('!!! zstd not found: no zstd --patch-from baseline');
  }
  const gzip = statSync(`${newer}.tgz`).size;
  const onWire = wire ? await wireBytes() : undefined;

  const fmt = (n) => (n === undefined ? 'n/a' : n.toLocaleString('en-US'));
  const vsZstd = (n) => (n === undefined || zstd === undefined ? '' : `${(n / zstd).toFixed(2)}× zstd`);
  console.log(`\n${name} ${oldVersion} → ${newVersion}: uncompressed tar ${fmt(size)} B`);
  console.log(`  ours: patch blob                       ${fmt(encoded.size).padStart(12)} B  ${vsZstd(encoded.size)}  (encode ${encodeS.toFixed(1)} s in a worker, apply ${applyS.toFixed(2)} s streaming)`);
  console.log(`  ours: whole update on the wire         ${fmt(onWire).padStart(12)} B  ${vsZstd(onWire)}  (MQTT framing, manifest, patch query, index, statuses)`);
  console.log(`  zstd -19 --long --patch-from=old       ${fmt(zstd).padStart(12)} B`);
  console.log(`  gzip'd full download (npm .tgz)        ${fmt(gzip).padStart(12)} B`);
  console.log(JSON.stringify({ pair: `${name}@${oldVersion}->${newVersion}`, tarBytes: size, patchBytes: encoded.size, wireBytes: onWire ?? null, zstdPatchBytes: zstd ?? null, gzipBytes: gzip, goal: 'ours within 2x of zstd' }));
} finally {
  rmSync(work, { recursive: true, force: true });
}
