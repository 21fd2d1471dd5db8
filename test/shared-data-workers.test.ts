import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { tempDir } from './support/fixture.js';
import { scatteredChange } from './support/delta-helpers.js';
import { Background, otacast, otacastBin } from './support/processes.js';
import { MosquittoBroker, requireMosquitto } from './support/mosquitto.js';

/**
 * Two real workers (`otacast serve --broker --shared-data`) started at once
 * on one --data that already holds two releases (docs/scale-out.md): each
 * plans the patch between them on start, exactly one builds it, the other
 * waits for its record.
 */
describe.skipIf(!requireMosquitto('workers sharing --data'))('workers sharing --data', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let broker: MosquittoBroker;
  const workers: Background[] = [];
  const dataDir = (): string => join(dir.path, 'data');
  const keys = (): string => join(dir.path, 'keys');

  const startWorker = async (name: string, patchHistory: string): Promise<Background> => {
    const args = ['serve', '--data', dataDir(), '--shared-data', '--worker-id', name, '--patch-history', patchHistory, '--http-port', '0', '--broker', broker.url];
    const worker = new Background(otacastBin, args, { OTACAST_LOG_LEVEL: 'info' });
    workers.push(worker);
    await worker.waitFor(/otacast http listening on/);
    return worker;
  };

  beforeAll(async () => {
    dir = await tempDir('otacast-shared-workers-');
    broker = await MosquittoBroker.start({ logTypes: 'default' });
    expect((await otacast(['keygen', '--out', keys()])).code).toBe(0);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await broker?.close();
    await dir?.cleanup();
  });

  it('two workers starting together build each pending patch once: the other waits for its record', async () => {
    // Three releases published while patches were off: the pairs towards the newest (from 1.0.0 and from 2.0.0) are left to plan.
    const first = await startWorker('w0', '0');
    const token = (await readFile(join(dataDir(), 'admin.token'), 'utf8')).trim();
    const v1 = randomBytes(8 * 1024 * 1024);
    // Small scattered edits (16 × ~1 KiB): a patch is clearly worth it. With 20 × 20 KiB the estimate
    // (patch-worth.ts) landed either side of its threshold depending on where FastCDC cut the random edits.
    const v2 = scatteredChange(v1, 0.002, 16, 4096);
    const versions = [['1.0.0', v1], ['2.0.0', v2], ['3.0.0', scatteredChange(v2, 0.002, 16, 4096)]] as const;
    for (const [version, content] of versions) {
      const file = join(dir.path, `fw-${version}.bin`);
      await writeFile(file, content);
      const published = await otacast(['publish', '--product', 'fw', '--version', version, '--key', join(keys(), 'signing.key'), `fw=${file}:file`, '--url', broker.url, '--token', token, '--client-id', 'admin']);
      expect(published.code, published.stderr).toBe(0);
    }
    await first.stop();

    const pair = await Promise.all([startWorker('w1', '3'), startWorker('w2', '3')]);
    const logs = (): string[] => pair.map((w) => w.stderr);
    const deadline = Date.now() + 90_000;
    const built = (): number[] => logs().map((log) => log.split('\n').filter((l) => l.includes('patch stored')).length);
    const sum = (counts: number[]): number => counts.reduce((a, b) => a + b, 0);
    while (sum(built()) < 2) {
      if (Date.now() > deadline) throw new Error(`not both patches stored:\n${logs().join('\n')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // Time for more builds, had a worker built a pair the other has (each took seconds).
    await new Promise((r) => setTimeout(r, 5_000));
    console.log(`patch builds: ${built().join(' + ')} by w1 + w2`);
    expect(sum(built())).toBe(2);
    expect(logs().join('\n')).toContain('patch being built by another worker');
  }, 180_000);
});
