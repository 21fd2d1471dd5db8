// 5. Agent memory: peak RSS (GNU time) of the agent applying images of
// growing size. Flat means the ratio to the smallest image stays ~1; the
// smallest is compared with an agent that finds itself already current.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { benchServer } from '../lib/otacast-setup.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { row, skipped } from '../lib/report.mjs';

export const title = 'peak RSS of the agent applying images of growing size';

const LIMIT_MIB = 64;

export async function run(ctx) {
  const sizes = ctx.quick ? [8, 16, 32] : [64, 256, 1024];
  const rows = [];
  const server = await benchServer(ctx.work);
  try {
    let idleRss;
    let firstRss;
    for (const [i, sizeMiB] of sizes.entries()) {
      const image = await randomImage(join(ctx.work, `image-${sizeMiB}.bin`), sizeMiB * MiB, 10 + i);
      // Each size is its own product, so each device applies exactly one full image.
      const product = `mem${sizeMiB}`;
      await server.publish('1.0.0', [`image=${image}:file`], { product });
      rmSync(image);
      await server.addDevice(`mem-${sizeMiB}`, { product });
      const ours = await server.update(`mem-${sizeMiB}`, { timeoutMs: 900_000 });
      if (Number.isNaN(ours.peakRssMiB)) return [skipped('agent peak RSS', '/usr/bin/time (GNU time) not installed', { unit: 'MiB', better: 'lower' })];
      if (i === 0) {
        idleRss = (await server.update(`mem-${sizeMiB}`)).peakRssMiB;
        firstRss = ours.peakRssMiB;
      }
      rows.push(
        row({
          name: `agent peak RSS applying ${sizeMiB} MiB`,
          ours: ours.peakRssMiB,
          baseline: i === 0 ? idleRss : firstRss,
          baselineName: i === 0 ? 'agent already current' : `applying ${sizes[0]} MiB`,
          unit: 'MiB',
          better: 'lower',
          goal: { ours: LIMIT_MIB },
          note: `${ours.seconds.toFixed(1)} s`,
        }),
      );
    }
  } finally {
    await server.stop();
  }
  return rows;
}
