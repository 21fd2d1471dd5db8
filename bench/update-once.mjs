#!/usr/bin/env node
// Measures one device updating to a release of SIZE MiB (default 64): time and
// peak agent RSS, beside a raw Aedes transfer and an HTTP download of the same bytes.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, startServer, runAgentOnce } from './lib/otacast-setup.mjs';
import { startRawAedes, mqttTransfer, httpDownload } from './lib/baselines.mjs';

const sizeMiB = Number(process.argv[2] ?? 64);
const work = mkdtempSync(join(tmpdir(), 'otacast-bench-'));
const image = join(work, 'image.bin');
const size = sizeMiB << 20;
{
  const block = randomBytes(1 << 20);
  const parts = [];
  for (let i = 0; i < sizeMiB; i++) parts.push(block.map((b) => b ^ i));
  writeFileSync(image, Buffer.concat(parts));
}
const server = await startServer(join(work, 'server'));
try {
  cli(['keygen', '--out', join(work, 'keys')]);
  const token = cli(['device', 'add', 'bench-1', '--product', 'bench', ...server.admin]).last;
  const t0 = process.hrtime.bigint();
  cli(['publish', '--product', 'bench', '--version', '1.0.0', '--key', join(work, 'keys', 'signing.key'), `image=${image}:file`, ...server.admin]);
  const publishSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  mkdirSync(join(work, 'root'));
  const ours = runAgentOnce(['--url', server.url, '--id', 'bench-1', '--token', token, '--product', 'bench', '--trust', join(work, 'keys', 'signing.pub'), '--state', join(work, 'state'), '--root', join(work, 'root')]);
  const aedes = await startRawAedes();
  const raw = await mqttTransfer(aedes.url, size);
  await aedes.close();
  const http = await httpDownload(image);
  const mbps = (bytes, s) => bytes / s / (1 << 20);
  console.log(JSON.stringify({
    sizeMiB,
    publishSeconds: +publishSeconds.toFixed(2),
    agentSeconds: +ours.seconds.toFixed(2),
    agentPeakRssMiB: +ours.peakRssMiB.toFixed(1),
    agentMiBps: +mbps(size, ours.seconds).toFixed(1),
    rawAedesMiBps: +mbps(raw.bytes, raw.seconds).toFixed(1),
    httpMiBps: +mbps(http.bytes, http.seconds).toFixed(1),
  }, null, 2));
} finally {
  server.stop();
  rmSync(work, { recursive: true, force: true });
}
