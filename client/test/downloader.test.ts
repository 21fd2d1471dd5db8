import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { encodeChunkIndex, indexFile, toHex, type ComponentSpec, type IndexedChunk } from '@otacast/shared';
import { ArtifactStore } from '../src/assemble/artifact-store.js';
import { Downloader } from '../src/assemble/downloader.js';
import { PartialFile } from '../src/assemble/partial-file.js';
import { FakeLink } from './fake-link.js';
import { quietLogger } from './quiet-logger.js';

const logger = quietLogger();

/** Serves `data` as a component through the fake link: its chunks and its chunk index. */
async function publish(link: FakeLink, dir: string, name: string, data: Buffer): Promise<ComponentSpec & { chunks: IndexedChunk[] }> {
  const path = join(dir, `${name}-${toHex(randomBytes(4))}.src`);
  await writeFile(path, data);
  const index = await indexFile(path);
  for (const chunk of index.chunks) link.addData(data.subarray(chunk.offset, chunk.offset + chunk.length));
  const indexBlob = link.addData(encodeChunkIndex(index.chunks));
  return { chunks: index.chunks, name, version: '1.0.0', type: 'file', size: data.length, sha256: index.sha256, indexDigest: indexBlob.digest, indexSize: indexBlob.size, requires: {}, options: {} };
}

describe('Downloader', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'otacast-dl-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const fetcher = { rtt: { initialRtoMs: 100, minRtoMs: 20 }, tickMs: 5 };

  /** A device that downloaded, verified and kept version 1 (`size` random bytes) as its installed artifact. */
  async function installedVersion(size: number) {
    const link = new FakeLink({ latencyMs: 1 });
    const v1 = randomBytes(size);
    const c1 = await publish(link, dir, 'fw', v1);
    const stateDir = join(dir, 'state');
    const artifacts = new ArtifactStore(stateDir);
    const downloader = new Downloader({ stateDir, link, artifacts, logger, fetcher });
    await downloader.download('r1', [c1]);
    await downloader.verify('r1', c1);
    await artifacts.keep('fw', downloader.partPath('r1', 'fw'), downloader.indexPath('r1', 'fw'));
    return { link, v1, c1, downloader };
  }

  it('resumes after an interruption without fetching a chunk it already holds', async () => {
    const link = new FakeLink({ latencyMs: 1 });
    const data = randomBytes(3 * 1024 * 1024);
    const component = await publish(link, dir, 'fw', data);
    const stateDir = join(dir, 'state');
    const artifacts = new ArtifactStore(stateDir);

    // First run: stopped (as by a kill) once a third is in.
    const controller = new AbortController();
    const first = new Downloader({ stateDir, link, artifacts, logger, fetcher, signal: controller.signal, onProgress: (p) => p.bytesDone > data.length / 3 && controller.abort(new Error('killed')) });
    await expect(first.download('rel', [component])).rejects.toThrow('killed');
    const part = await PartialFile.open({ path: first.partPath('rel', 'fw'), size: component.size, chunkCount: component.chunks.length, layoutId: component.indexDigest });
    const held = new Set(component.chunks.filter((_, i) => part.has(i)).map((c) => toHex(c.digest)));
    await part.close();
    expect(held.size).toBeGreaterThan(component.chunks.length / 4);

    // Second run: asks only for what the bitmap does not mark.
    link.requests = [];
    let startedAt = -1;
    const second = new Downloader({ stateDir, link, artifacts, logger, fetcher, onProgress: (p) => startedAt < 0 && (startedAt = p.bytesDone) });
    await second.download('rel', [component]);
    expect(startedAt).toBeGreaterThan(0);
    const requested = link.requests.flat().map((r) => toHex(r.digest));
    expect(requested.filter((d) => held.has(d))).toEqual([]);
    expect(requested).not.toContain(toHex(component.indexDigest)); // the verified index was kept
    expect(new Set(requested).size).toBe(component.chunks.length - held.size);
    const path = await second.verify('rel', component);
    expect((await readFile(path)).equals(data)).toBe(true);
  });

  it('copies chunks it holds from the installed artifact and fetches only the changed ones', async () => {
    const { link, v1, downloader } = await installedVersion(2 * 1024 * 1024);

    const v2 = Buffer.from(v1);
    v2.write('a small patch in the middle', 1_000_000);
    const c2 = await publish(link, dir, 'fw', v2);
    link.requests = [];
    await downloader.download('r2', [c2]);
    const fetched = link.requests.flat().filter((r) => !r.digest.equals(c2.indexDigest));
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThanOrEqual(3);
    expect((await readFile(await downloader.verify('r2', c2))).equals(v2)).toBe(true);
  });

  it('deletes an assembled file that fails the component digest (OTA_E_DIGEST)', async () => {
    const link = new FakeLink({ latencyMs: 1 });
    const component = await publish(link, dir, 'fw', randomBytes(300_000));
    const stateDir = join(dir, 'state');
    const downloader = new Downloader({ stateDir, link, artifacts: new ArtifactStore(stateDir), logger, fetcher });
    const lying = { ...component, sha256: Buffer.alloc(32, 1) };
    await downloader.download('rel', [lying]);
    await expect(downloader.verify('rel', lying)).rejects.toMatchObject({ code: 'OTA_E_DIGEST' });
    await expect(readFile(downloader.partPath('rel', 'fw'))).rejects.toThrow();
  });

  it('verifies with the digest computed while writing, unless the file changed since', async () => {
    const link = new FakeLink({ latencyMs: 1 });
    const data = randomBytes(500_000);
    const component = await publish(link, dir, 'fw', data);
    const stateDir = join(dir, 'state');
    const downloader = new Downloader({ stateDir, link, artifacts: new ArtifactStore(stateDir), logger, fetcher });
    await downloader.download('rel', [component]);
    expect((await readFile(await downloader.verify('rel', component))).equals(data)).toBe(true);

    // Bytes changed after the download (same size): the file is read again and fails.
    await downloader.download('rel', [component]);
    const path = downloader.partPath('rel', 'fw');
    const tampered = Buffer.from(data);
    tampered[123] = (tampered[123] ?? 0) ^ 1;
    await writeFile(path, tampered);
    await expect(downloader.verify('rel', component)).rejects.toMatchObject({ code: 'OTA_E_DIGEST' });
  });

  it('refuses a chunk index that does not add up to the component size', async () => {
    const link = new FakeLink({ latencyMs: 1 });
    const component = await publish(link, dir, 'fw', randomBytes(100_000));
    const stateDir = join(dir, 'state');
    const downloader = new Downloader({ stateDir, link, artifacts: new ArtifactStore(stateDir), logger, fetcher });
    await expect(downloader.download('rel', [{ ...component, size: 99_999 }])).rejects.toMatchObject({ code: 'OTA_E_PROTOCOL' });
  });

  it('ignores a tampered installed artifact: its chunks fail their digest and are fetched', async () => {
    const { v1, c1, downloader } = await installedVersion(500_000);
    await copyFile(join(dir, 'state', 'artifacts', 'fw.bin'), join(dir, 'saved.bin'));
    await writeFile(join(dir, 'state', 'artifacts', 'fw.bin'), randomBytes(500_000));
    await downloader.download('r1b', [c1]);
    expect((await readFile(await downloader.verify('r1b', c1))).equals(v1)).toBe(true);
  });
});
