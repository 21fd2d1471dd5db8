// 6. Publish: `otacast publish` chunking, signing and uploading a release,
// beside a raw Aedes upload of the same bytes; then the same release published
// again unchanged through a counting proxy, which should upload nothing.
import { join } from 'node:path';
import { benchServer, portOf } from '../lib/otacast-setup.mjs';
import { CountingProxy } from '../lib/counting-proxy.mjs';
import { mqttTransferFile, startAedesProcess } from '../lib/baselines.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { row } from '../lib/report.mjs';
import { summarizeProfiles } from '../lib/profile-summary.mjs';

export const title = 'time to chunk, sign and upload a release; republishing it unchanged';

export async function run(ctx) {
  const sizeMiB = ctx.quick ? 32 : 256;
  const image = await randomImage(join(ctx.work, 'image.bin'), sizeMiB * MiB, 6);
  const profDir = ctx.profileDir ? join(ctx.profileDir, 'publish') : undefined;
  const prof = (who) => (profDir ? ['--cpu-prof', '--cpu-prof-dir', join(profDir, who)] : []);
  const server = await benchServer(ctx.work, { nodeFlags: prof('server') });
  let first;
  let again;
  try {
    // Timed straight to the server, as the raw Aedes baseline is (the counting proxy is a hop in this
    // process, copying every byte); the bytes it uploaded are in its summary line.
    first = await server.publish('1.0.0', [`image=${image}:file`], { nodeFlags: prof('publish') });
    first.up = Number(/uploaded \d+ of \d+ blobs \((\d+) of/.exec(first.stderr)?.[1] ?? NaN);
    const proxy = await new CountingProxy(portOf(server.url)).start();
    try {
      again = await server.publish('1.0.0', [`image=${image}:file`], { url: proxy.url });
      again.up = proxy.bytesUp;
    } finally {
      await proxy.close();
    }
  } finally {
    await server.stop();
  }
  const aedes = await startAedesProcess();
  let raw;
  try {
    raw = await mqttTransferFile(aedes.url, image);
  } finally {
    await aedes.stop();
  }
  if (profDir) summarizeProfiles(profDir, ctx.log);
  const label = `publish ${sizeMiB} MiB`;
  return [
    row({ name: `${label}: time`, ours: first.seconds, baseline: raw.seconds, baselineName: 'raw Aedes transfer of the bytes', unit: 's', better: 'lower', note: `CLI wall time incl. process start, straight to the server; uploaded ${(first.up / MiB).toFixed(1)} MiB of blobs` }),
    row({ name: `${label} again, unchanged: uploaded`, ours: again.up / MiB, baseline: sizeMiB, baselineName: 'release size', unit: 'MiB', better: 'lower', goal: { ratio: 0.01 } }),
    row({ name: `${label} again, unchanged: time`, ours: again.seconds, baseline: first.seconds, baselineName: 'first publish', unit: 's', better: 'lower' }),
  ];
}
