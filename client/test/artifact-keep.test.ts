import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtifactStore } from '../src/assemble/artifact-store.js';

/** Found by the kill -9 storm (test/reliability): a commit killed between keep()'s two renames. */
describe('ArtifactStore.keep after a crash', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-keep-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finishes a keep whose index was already moved', async () => {
    const store = new ArtifactStore(dir);
    const downloads = join(dir, 'downloads', 'r1');
    await mkdir(downloads, { recursive: true });
    await mkdir(store.dir, { recursive: true });
    await writeFile(join(downloads, 'fw.part'), 'new bytes');
    await writeFile(join(downloads, 'fw.index'), 'new index');
    // The crash: the index moved, the artifact did not.
    await rename(join(downloads, 'fw.index'), join(store.dir, 'fw.index'));
    await store.keep('fw', join(downloads, 'fw.part'), join(downloads, 'fw.index'));
    expect(await readFile(join(store.dir, 'fw.bin'), 'utf8')).toBe('new bytes');
    expect(await readFile(join(store.dir, 'fw.index'), 'utf8')).toBe('new index');
  });
});
