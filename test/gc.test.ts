import { describe, expect, it } from 'vitest';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomFile, useFixture } from './support/fixture.js';
import { installedVersion } from './support/rollouts.js';

/** Every blob file under the server's store, path → bytes on disk (uploads in progress, in tmp/, excluded). */
async function blobFiles(dataDir: string): Promise<Map<string, number>> {
  const root = join(dataDir, 'blobs');
  const files = new Map<string, number>();
  for (const dir of await readdir(root)) {
    if (dir === 'tmp') continue;
    for (const name of await readdir(join(root, dir))) files.set(`${dir}/${name}`, (await stat(join(root, dir, name))).size);
  }
  return files;
}

interface GcJson {
  bytesFreed: number;
  blobs: number;
  patches: number;
  releasesDropped: string[];
  blobsInGrace: number;
}

// Patches off: they are computed in the background, so the blob files of each release are known once it is published.
describe('otacast gc', () => {
  const ctx = useFixture(['--patch-history', '0']);

  it('frees exactly the blobs only a yanked release used; the current release still installs; a second gc frees nothing', async () => {
    const { fx, root } = ctx;
    const device = fx.device('gc-dev', await fx.addDevice('gc-dev', 'gcp'), 'gcp');
    const before = new Map<string, Map<string, number>>();
    const ids: string[] = [];
    for (const [i, version] of ['1.0.0', '2.0.0', '3.0.0'].entries()) {
      await randomFile(join(root, `gc-${version}.bin`), 300 * 1024 + i);
      ids.push(await fx.publish('gcp', version, [`fw=${join(root, `gc-${version}.bin`)}`]));
      before.set(version, await blobFiles(fx.dataDir));
      if (version === '1.0.0') expect((await device.once()).code).toBe(0);
    }
    const v1 = before.get('1.0.0') as Map<string, number>;
    const v2 = before.get('2.0.0') as Map<string, number>;
    const all = before.get('3.0.0') as Map<string, number>;
    const onlyV2 = [...v2.keys()].filter((f) => !v1.has(f));
    expect(onlyV2.length).toBeGreaterThan(1); // its chunks and its chunk index
    const expectedBytes = onlyV2.reduce((sum, f) => sum + (v2.get(f) ?? 0), 0);

    const nothingYet = await fx.admin(['gc', '--json']);
    expect(nothingYet.code, nothingYet.stderr).toBe(0);
    expect(JSON.parse(nothingYet.stdout)).toMatchObject({ bytesFreed: 0, blobs: 0, releasesDropped: [] });

    expect((await fx.admin(['release', 'yank', ids[1] as string])).code).toBe(0);
    const gc = await fx.admin(['gc', '--json']);
    expect(gc.code, gc.stderr).toBe(0);
    const freed = JSON.parse(gc.stdout) as GcJson;
    expect(freed).toEqual({ bytesFreed: expectedBytes, blobs: onlyV2.length, patches: 0, releasesDropped: [ids[1]], blobsInGrace: 0 });
    const after = await blobFiles(fx.dataDir);
    expect([...after.keys()].sort()).toEqual([...all.keys()].filter((f) => !onlyV2.includes(f)).sort());

    // The current release is whole: a device on 1.0.0 updates to it.
    const update = await device.once();
    expect(update.code, update.stderr).toBe(0);
    expect(await installedVersion(device)).toBe('3.0.0');

    const again = await fx.admin(['gc']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.lastLine).toBe('freed 0 bytes (0.00 MiB) in 0 blobs, 0 patches');
  });

  it('--keep 1 drops the older releases of each channel but never the announced one; bad --keep is a usage error', async () => {
    const { fx } = ctx;
    const releasesBefore = JSON.parse((await fx.admin(['releases', '--json'])).stdout) as { releaseId: string; version: string }[];
    const idOf = (v: string) => releasesBefore.find((r) => r.version === v)?.releaseId;
    const dry = JSON.parse((await fx.admin(['gc', '--keep', '1', '--dry-run', '--json'])).stdout) as GcJson;
    // 2.0.0 stays yanked (nothing of it is left), 1.0.0 is past the newest one, 3.0.0 is announced.
    expect(dry.releasesDropped.sort()).toEqual([idOf('1.0.0'), idOf('2.0.0')].sort());
    expect(dry.bytesFreed).toBeGreaterThan(300 * 1024);
    const kept = JSON.parse((await fx.admin(['gc', '--keep', '1', '--json'])).stdout) as GcJson;
    expect(kept.releasesDropped.sort()).toEqual(dry.releasesDropped);
    expect(kept.blobs).toBe(dry.blobs);
    expect(JSON.parse((await fx.admin(['releases', '--json'])).stdout)).toHaveLength(releasesBefore.length);
    const bad = await fx.admin(['gc', '--keep', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('OTA_E_USAGE');
  });
});
