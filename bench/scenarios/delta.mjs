// 3. Delta and compression, as bytes on the wire (counting proxy, both
// directions, MQTT framing included) — whatever the product currently does:
// (a) a 5% scattered change + an insertion of an image, as a fraction of it;
// (b) a real consecutive release pair of an npm package (uncompressed tars)
//     vs `zstd -19 --long --patch-from` of the same pair;
// (c) a full update of compressible content vs its gzip -9 file over HTTP.
// One server; each part is its own product with its own device.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { benchServer, portOf } from '../lib/otacast-setup.mjs';
import { CountingProxy } from '../lib/counting-proxy.mjs';
import { httpGetBytes, serveDirectory } from '../lib/baselines.mjs';
import { startNginx } from '../lib/tools.mjs';
import { MiB, changedImage, compressibleTarball, gzipFile, randomImage, realReleasePair } from '../lib/files.mjs';
import { row, skipped } from '../lib/report.mjs';
import { performance } from 'node:perf_hooks';

export const title = 'bytes on the wire: delta of a changed image, a real release pair vs zstd, compressible content vs gzip';

/**
 * Consecutive releases with real changes (a patch release such as typescript
 * 5.9.2 -> 5.9.3 differs by a few KiB only). --quick uses a smaller package.
 */
export const REAL_PAIR = { full: ['typescript@5.8.3', 'typescript@5.9.2'], quick: ['mqtt@5.15.2', 'mqtt@5.16.0'] };
/** Compressible content: an installed package as a tar (TypeScript ~23 MB, mqtt ~3 MB). */
const COMPRESSIBLE = { full: 'typescript', quick: 'mqtt' };

/**
 * Publishes `components` (one 'name=path:type' per version) as successive
 * releases of `product` and updates one device to each; returns the wire
 * bytes of each update after the first (the first, when there is only one).
 */
async function wireBytesOfUpdates(server, product, components) {
  const proxy = await new CountingProxy(portOf(server.url)).start();
  try {
    const id = `${product}-dev`;
    await server.addDevice(id, { product });
    const bytes = [];
    for (const [i, component] of components.entries()) {
      await server.publish(`${i + 1}.0.0`, [component], { product });
      proxy.resetCounts();
      const measured = i > 0 || components.length === 1;
      await server.update(id, { url: measured ? proxy.url : server.url });
      if (measured) bytes.push(proxy.bytes);
    }
    return bytes;
  } finally {
    await proxy.close();
  }
}

async function changedImageRow(ctx, server) {
  const sizeMiB = ctx.quick ? 8 : 64;
  const v1 = await randomImage(join(ctx.work, 'v1.bin'), sizeMiB * MiB, 4);
  const v2 = join(ctx.work, 'v2.bin');
  const { changedBytes, insertBytes } = await changedImage(v1, v2);
  const size = statSync(v2).size;
  const [wire] = await wireBytesOfUpdates(server, 'img', [`image=${v1}:file`, `image=${v2}:file`]);
  return row({
    name: `delta ${sizeMiB} MiB image, 5% scattered + insertion`,
    ours: wire / MiB,
    baseline: size / MiB,
    baselineName: 'new image size',
    unit: 'MiB',
    better: 'lower',
    goal: { ratio: 0.08 },
    note: `${(changedBytes / MiB).toFixed(2)} MiB rewritten in 1–16 KiB runs + ${insertBytes / 1024} KiB inserted`,
  });
}

async function realPairRow(ctx, server) {
  const names = ctx.quick ? REAL_PAIR.quick : REAL_PAIR.full;
  const name = `delta real pair ${names.join(' -> ')}`;
  if (!ctx.tools.zstd) return skipped(name, 'zstd not installed', { unit: 'KiB', better: 'lower' });
  const pair = await realReleasePair(ctx.cacheDir, names);
  if (!pair) return skipped(name, 'npm pack failed (no registry access?)', { unit: 'KiB', better: 'lower' });
  const patch = join(ctx.work, 'pair.zst');
  const zstd = spawnSync('zstd', ['-19', '--long=27', '-q', '-f', `--patch-from=${pair.older}`, pair.newer, '-o', patch], { encoding: 'utf8' });
  if (zstd.status !== 0) throw new Error(`zstd failed: ${zstd.stderr}`);
  const [wire] = await wireBytesOfUpdates(server, 'pkg', [`pkg=${pair.older}:archive`, `pkg=${pair.newer}:archive`]);
  const size = statSync(pair.newer).size;
  return row({
    name,
    ours: wire / 1024,
    baseline: statSync(patch).size / 1024,
    baselineName: 'zstd -19 --long --patch-from',
    unit: 'KiB',
    better: 'lower',
    goal: { ratio: 2 },
    note: `uncompressed tars of ${(size / MiB).toFixed(1)} MiB; ours is ${((100 * wire) / size).toFixed(1)}% of the new tar`,
  });
}

async function compressibleRow(ctx, server) {
  const dir = join(ctx.work, 'web');
  mkdirSync(dir, { recursive: true });
  const pkg = ctx.quick ? COMPRESSIBLE.quick : COMPRESSIBLE.full;
  const tar = compressibleTarball(join(ctx.work, 'content.tar'), pkg);
  const size = statSync(tar).size;
  gzipFile(tar, join(dir, 'content.tar.gz'));
  const [ours] = await wireBytesOfUpdates(server, 'web', [`app=${tar}:file`]);
  const http = ctx.tools.nginx ? await startNginx(join(ctx.work, 'nginx'), dir) : await serveDirectory(dir);
  const proxy = await new CountingProxy(http.port).start();
  try {
    await httpGetBytes(`http://127.0.0.1:${proxy.port}/content.tar.gz`);
  } finally {
    await proxy.close();
    await http.stop();
  }
  return row({
    name: `full update of compressible content (${(size / MiB).toFixed(1)} MiB tar)`,
    ours: ours / MiB,
    baseline: proxy.bytes / MiB,
    baselineName: `gzip -9 file over HTTP (${ctx.tools.nginx ? 'nginx' : 'Node http'})`,
    unit: 'MiB',
    better: 'lower',
    goal: { ratio: 1 },
    note: `node_modules/${pkg} as a tar; ours is ${((100 * ours) / size).toFixed(0)}% of the tar`,
  });
}

export async function run(ctx) {
  const server = await benchServer(ctx.work);
  const rows = [];
  try {
    for (const part of [changedImageRow, realPairRow, compressibleRow]) {
      const t0 = performance.now();
      rows.push(await part(ctx, server));
      ctx.log(`delta: ${rows.at(-1).name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await server.stop();
  }
  return rows;
}
