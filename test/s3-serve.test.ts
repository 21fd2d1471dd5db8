import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Fixture, randomFile, tempDir, type Device } from './support/fixture.js';
import { scatteredChange } from './support/delta-helpers.js';
import { otacast } from './support/processes.js';
import { startServe } from './support/server.js';
import { S3TestServer } from './support/s3-server.js';

/** Total size of the files under `dir` (0 when it does not exist). */
async function dirBytes(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** `otacast serve --blobs s3://…` (s3rver) with a real agent; the local cache bounded well below the release. */
describe('otacast serve --blobs s3://', () => {
  const CACHE_BYTES = 1024 * 1024;
  let s3: S3TestServer;
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let fx: Fixture;
  const serveArgs = () => ['--blobs', s3.blobsUrl(), '--blob-cache-bytes', String(CACHE_BYTES)];
  const cacheDir = () => join(fx.dataDir, 'blob-cache');
  let first: Device | undefined;

  beforeAll(async () => {
    s3 = await S3TestServer.start();
    dir = await tempDir();
    fx = await Fixture.create(dir.path, serveArgs());
  });
  afterAll(async () => {
    await fx?.close();
    await s3?.close();
    await dir?.cleanup();
  });

  async function restartWithEmptyCache(): Promise<void> {
    await fx.server.stop();
    await rm(cacheDir(), { recursive: true, force: true });
    fx.server = await startServe(fx.dataDir, serveArgs());
  }

  it('installs a release whose blobs live in the bucket, keeping the local cache within its bound', async () => {
    const fw = await randomFile(join(dir.path, 'fw-1.bin'), 4 * 1024 * 1024 + 99);
    const text = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `config line ${i % 500}\n`).join(''));
    await writeFile(join(dir.path, 'cfg.txt'), text);
    await fx.publish('cam', '1.0.0', [`fw=${join(dir.path, 'fw-1.bin')}:file`, `cfg=${join(dir.path, 'cfg.txt')}:file`]);
    const device = fx.device('cam-1', await fx.addDevice('cam-1', 'cam'), 'cam');
    first = device;
    const result = await device.once();
    expect(result.code, result.stderr).toBe(0);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(fw)).toBe(true);
    expect((await readFile(join(device.rootDir, 'cfg'))).equals(text)).toBe(true);
    // Blobs are in the bucket, not in the data directory.
    expect(await dirBytes(join(fx.dataDir, 'blobs'))).toBe(0);
    expect(await dirBytes(s3.dir)).toBeGreaterThan(fw.length);
    const cached = await dirBytes(cacheDir());
    console.log(`local blob cache after a ${fw.length + text.length} B release: ${cached} B (bound ${CACHE_BYTES} B)`);
    expect(cached).toBeGreaterThan(0);
    expect(cached).toBeLessThanOrEqual(CACHE_BYTES);
  });

  it('a worker restarted with an empty local cache serves the release from S3', async () => {
    await restartWithEmptyCache();
    expect(await dirBytes(cacheDir())).toBe(0);
    const device = fx.device('cam-2', await fx.addDevice('cam-2', 'cam'), 'cam');
    const result = await device.once();
    expect(result.code, result.stderr).toBe(0);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(await readFile(join(dir.path, 'fw-1.bin')))).toBe(true);
    expect(await dirBytes(cacheDir())).toBeLessThanOrEqual(CACHE_BYTES);
  });

  it('a delta update: the patch is computed from blobs in S3 and stored there', async () => {
    const v1 = await readFile(join(dir.path, 'fw-1.bin'));
    await writeFile(join(dir.path, 'fw-2.bin'), scatteredChange(v1, 0.02, 8, 4096));
    await fx.publish('cam', '2.0.0', [`fw=${join(dir.path, 'fw-2.bin')}:file`, `cfg=${join(dir.path, 'cfg.txt')}:file`]);
    await fx.server.process.waitFor(/patch stored/, 90_000);
    const device = first;
    if (device === undefined) throw new Error('the first test did not run');
    const result = await device.once();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('applied a delta patch');
    expect((await readFile(join(device.rootDir, 'fw'))).equals(await readFile(join(dir.path, 'fw-2.bin')))).toBe(true);
  });

  it('while S3 is down a request fails with OTA_E_BLOBS_UNAVAILABLE and the server keeps running; then it serves again', async () => {
    await restartWithEmptyCache();
    const device = fx.device('cam-3', await fx.addDevice('cam-3', 'cam'), 'cam');
    await s3.pause();
    try {
      const failed = await device.once();
      expect(failed.code).not.toBe(0);
      expect(failed.stderr).toContain('OTA_E_BLOBS_UNAVAILABLE');
      await fx.server.process.waitFor(/OTA_E_BLOBS_UNAVAILABLE/);
    } finally {
      await s3.resume();
    }
    expect(fx.server.process.child.exitCode).toBeNull();
    const result = await device.once();
    expect(result.code, result.stderr).toBe(0);
    expect(result.lastLine).toMatch(/^installed cam 2\.0\.0/);
  });

  it('refuses a bad --blobs URL (exit 2) and a missing bucket or an endpoint that does not answer (exit 1), with codes', async () => {
    const data = join(dir.path, 'other');
    const bad = await otacast(['serve', '--data', data, '--port', '0', '--blobs', 'http://bucket']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^OTA_E_USAGE: --blobs/m);
    const noBucket = await otacast(['serve', '--data', data, '--port', '0', '--blobs', s3.blobsUrl('no-such-bucket')]);
    expect(noBucket.code).toBe(1);
    expect(noBucket.stderr).toMatch(/^OTA_E_BLOBS_UNAVAILABLE: .*does not exist/m);
    const down = await otacast(['serve', '--data', data, '--port', '0', '--blobs', 's3://otacast?endpoint=http://127.0.0.1:1']);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^OTA_E_BLOBS_UNAVAILABLE: /m);
  });
});
