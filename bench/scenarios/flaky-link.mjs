// 4. Flaky link: bytes on the wire per image byte when a bandwidth-capped
// link is cut every 2 s, beside the same update over an uncut link (uncapped:
// the cap does not change the bytes of a clean transfer, only its time).
// The cap makes the transfer last long enough for several cuts.
import { join } from 'node:path';
import { benchServer, portOf } from '../lib/otacast-setup.mjs';
import { CountingProxy } from '../lib/counting-proxy.mjs';
import { MiB, randomImage } from '../lib/files.mjs';
import { row } from '../lib/report.mjs';

export const title = 'bytes on the wire with the connection dropped every 2 s';

const DROP_EVERY_MS = 2_000;

async function update(server, id, bytesPerSecond, dropEveryMs) {
  await server.addDevice(id);
  const proxy = await new CountingProxy(portOf(server.url), { bytesPerSecond }).start();
  try {
    if (dropEveryMs) proxy.dropEvery(dropEveryMs);
    const { seconds } = await server.update(id, { url: proxy.url, timeoutMs: 300_000 });
    return { bytes: proxy.bytes, drops: proxy.drops, seconds };
  } finally {
    await proxy.close();
  }
}

export async function run(ctx) {
  const sizeMiB = ctx.quick ? 8 : 64;
  const rate = (ctx.quick ? 2 : 4) * MiB;
  const bytes = sizeMiB * MiB;
  const image = await randomImage(join(ctx.work, 'image.bin'), bytes, 5);
  const server = await benchServer(ctx.work);
  try {
    await server.publish('1.0.0', [`image=${image}:file`]);
    const clean = await update(server, 'clean');
    const flaky = await update(server, 'flaky', rate, DROP_EVERY_MS);
    const link = `${rate / MiB} MiB/s link`;
    return [
      row({ name: `full update ${sizeMiB} MiB, clean link`, ours: clean.bytes / MiB, baseline: sizeMiB, baselineName: 'image size', unit: 'MiB', better: 'lower', note: `${clean.seconds.toFixed(1)} s` }),
      row({
        name: `full update ${sizeMiB} MiB, ${link} cut every 2 s`,
        ours: flaky.bytes / MiB,
        baseline: sizeMiB,
        baselineName: 'image size',
        unit: 'MiB',
        better: 'lower',
        goal: { ratio: 1.05 },
        note: `${flaky.drops} cuts, ${flaky.seconds.toFixed(1)} s (clean: ${clean.seconds.toFixed(1)} s)`,
      }),
    ];
  } finally {
    await server.stop();
  }
}
