import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Fixture, randomFile, tempDir } from './support/fixture.js';
import { startTestPostgres } from './support/postgres.js';
import { otacast } from './support/processes.js';
import { startServe, type ServeProcess } from './support/server.js';

// One PostgreSQL for the file; skipped loudly without one (a failure in CI).
const server = await startTestPostgres();
afterAll(async () => server?.stop());

describe.skipIf(server === undefined)('otacast serve --registry postgres://', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let url: string;
  let fx: Fixture;
  let second: ServeProcess | undefined;
  beforeAll(async () => {
    dir = await tempDir();
    url = (await server?.newDatabase()) ?? '';
    fx = await Fixture.create(dir.path, ['--registry', url]);
  });
  afterAll(async () => {
    await second?.stop();
    await fx?.close();
    await dir?.cleanup();
  });

  it('serves a real agent its release from a PostgreSQL registry', async () => {
    const token = await fx.addDevice('pg-cam-1', 'pgcam');
    await randomFile(join(dir.path, 'fw.bin'), 512 * 1024 + 3);
    await fx.publish('pgcam', '1.0.0', [`fw=${join(dir.path, 'fw.bin')}:file`]);
    const installed = await fx.device('pg-cam-1', token, 'pgcam').once();
    expect(installed.code, installed.stderr).toBe(0);
    expect(installed.lastLine).toMatch(/^installed pgcam 1\.0\.0/);
  });

  it('a second serve on the same database sees what the first recorded, and the first what the second did', async () => {
    // Each worker has its own data directory (lock, blobs, broker store); the admin token is the deployment's, copied to each.
    const dataDir = join(dir.path, 'second');
    await mkdir(dataDir, { recursive: true });
    await copyFile(join(fx.dataDir, 'admin.token'), join(dataDir, 'admin.token'));
    second = await startServe(dataDir, ['--registry', url]);
    const on = (s: ServeProcess, args: string[]) => otacast([...args, '--json', '--url', s.url, '--token', s.adminToken]);
    const releases = await on(second, ['releases']);
    expect(releases.code, releases.stderr).toBe(0);
    expect((JSON.parse(releases.stdout) as { product: string; version: string }[]).map((r) => `${r.product} ${r.version}`)).toEqual(['pgcam 1.0.0']);
    const devices = await on(second, ['devices']);
    expect(JSON.parse(devices.stdout)).toEqual([expect.objectContaining({ id: 'pg-cam-1', installedVersion: '1.0.0' })]);
    const added = await otacast(['device', 'add', 'pg-cam-2', '--product', 'pgcam', '--url', second.url, '--token', second.adminToken]);
    expect(added.code, added.stderr).toBe(0);
    const seenByFirst = await on(fx.server, ['devices']);
    expect((JSON.parse(seenByFirst.stdout) as { id: string }[]).map((d) => d.id)).toEqual(['pg-cam-1', 'pg-cam-2']);
  });

  it.skipIf(server?.outage === undefined)('keeps running while the database is down, failing requests with OTA_E_REGISTRY_UNAVAILABLE, and recovers when it is back', async () => {
    const devices = () => otacast(['devices', '--json', '--url', fx.server.url, '--token', fx.server.adminToken], { timeoutMs: 30_000 });
    await server?.outage?.down();
    try {
      const failed = await devices();
      expect(failed.code).toBe(1);
      await fx.server.process.waitFor(/OTA_E_REGISTRY_UNAVAILABLE/);
    } finally {
      await server?.outage?.up();
    }
    const back = await devices();
    expect(back.code, back.stderr).toBe(0);
    expect((JSON.parse(back.stdout) as { id: string }[]).map((d) => d.id)).toContain('pg-cam-1');
  });

  it('exits 1 with OTA_E_REGISTRY_UNAVAILABLE when the database cannot be reached or the URL is not postgres://', async () => {
    for (const bad of ['postgres://nobody@127.0.0.1:1/none', 'mysql://x@127.0.0.1/db']) {
      const dataDir = join(dir.path, `bad-${bad.length}`);
      const result = await otacast(['serve', '--data', dataDir, '--port', '0', '--registry', bad], { timeoutMs: 30_000 });
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain('OTA_E_REGISTRY_UNAVAILABLE');
    }
  });
});
