import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ChunkTable, MAX_CHUNK_BYTES, MAX_CHUNK_INDEX_BYTES, OtaError, sha256, sha256File, toHex, writeFileAtomic, type ComponentSpec, type Logger } from '@otacast/shared';
import type { ArtifactStore } from './artifact-store.js';
import { AssembledDigests } from './assembled-digests.js';
import { BlobFetcher, type FetcherOptions } from '../fetch/blob-fetcher.js';
import type { ChunkLink } from '../fetch/chunk-link.js';
import { ChunkPlan } from './chunk-plan.js';
import { InOrderDigest } from './in-order-digest.js';
import { PartialFile } from './partial-file.js';
import type { PatchSource } from './patch-source.js';


export interface DownloadProgress {
  releaseId: string;
  bytesDone: number;
  bytesTotal: number;
}

export interface DownloaderOptions {
  stateDir: string;
  link: ChunkLink;
  artifacts: ArtifactStore;
  logger: Logger;
  fetcher?: Omit<FetcherOptions, 'releaseId' | 'logger' | 'signal'>;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
  /** Delta patches, tried before chunks for components the device holds an older version of. */
  patches?: PatchSource;
}

interface Target {
  component: ComponentSpec;
  chunks: ChunkTable;
  part: PartialFile;
  digest: InOrderDigest;
}

/**
 * Brings every changed component of a release into
 * `STATE/downloads/{releaseId}/{name}.part`: its chunk index first (by
 * ranges, verified), then each chunk it lacks — copied from the installed
 * artifact when held there, otherwise pulled through the BlobFetcher.
 */
export class Downloader {
  private readonly assembled = new AssembledDigests();

  constructor(private readonly options: DownloaderOptions) {}

  dirOf(releaseId: string): string {
    return join(this.options.stateDir, 'downloads', releaseId);
  }

  partPath(releaseId: string, name: string): string {
    return join(this.dirOf(releaseId), `${name}.part`);
  }

  indexPath(releaseId: string, name: string): string {
    return join(this.dirOf(releaseId), `${name}.index`);
  }

  async download(releaseId: string, components: readonly ComponentSpec[]): Promise<void> {
    await mkdir(this.dirOf(releaseId), { recursive: true });
    this.assembled.forgetUnder(this.dirOf(releaseId));
    const { logger, signal } = this.options;
    const fetcher = new BlobFetcher(this.options.link, { ...this.options.fetcher, releaseId, logger, ...(signal ? { signal } : {}) });
    // Components a delta patch produced need no chunks (patch-download.ts).
    const patched = this.options.patches
      ? await this.options.patches.run({
          fetcher,
          releaseId,
          components,
          partPath: (name) => this.partPath(releaseId, name),
          indexPath: (name) => this.indexPath(releaseId, name),
          indexes: (some) => this.fetchIndexes(fetcher, releaseId, some),
        })
      : new Set<string>();
    const rest = components.filter((c) => !patched.has(c.name));
    const indexes = await this.fetchIndexes(fetcher, releaseId, rest);

    const targets: Target[] = [];
    try {
      for (const component of rest) {
        const chunks = indexes.get(component.name) as ChunkTable;
        const part = await PartialFile.open({ path: this.partPath(releaseId, component.name), size: component.size, chunkCount: chunks.count, layoutId: component.indexDigest });
        targets.push({ component, chunks, part, digest: new InOrderDigest(chunks, part) });
      }
      const bytesTotal = components.reduce((sum, c) => sum + c.size, 0);
      let bytesDone = targets.reduce((sum, t) => sum + heldBytes(t), 0);
      bytesDone += components.reduce((sum, c) => sum + (patched.has(c.name) ? c.size : 0), 0);
      const progress = (n: number) => {
        bytesDone += n;
        this.options.onProgress?.({ releaseId, bytesDone, bytesTotal });
      };
      progress(0);

      for (const target of targets) await this.reuseLocal(target, progress);

      // Equal chunks are fetched once and written wherever they occur.
      const plan = new ChunkPlan(targets.map((t) => ({ chunks: t.chunks, has: (index: number) => t.part.has(index) })));
      logger.info('downloading', { releaseId, chunks: plan.distinct, bytesDone, bytesTotal });
      await fetcher.fetch(plan.wants(), async (blob, data) => {
        for (const at of plan.sameAs(blob.position)) {
          const target = targets[at.target] as Target;
          await target.part.write(at.index, target.chunks.offsetAt(at.index), data);
          await target.digest.written(at.index, data);
          progress(data.length);
        }
      }, { cast: true });
      // Whatever the in-order hash has not seen yet (chunks out of turn, an earlier run's) is read back now.
      for (const target of targets) await target.digest.catchUp();
      const { flow } = fetcher;
      const { rate } = flow;
      logger.info('download complete', { releaseId, ...flow.stats, window: flow.windowSize, minRttMs: rate.minRttMs, bytesPerSecond: Math.round(rate.bytesPerSecond ?? 0), rtoMs: Math.round(flow.rtoMs) });
    } finally {
      for (const target of targets) await target.part.close().catch(() => undefined);
    }
    for (const target of targets) {
      const digest = target.digest.digest();
      if (digest) await this.assembled.remember(target.part.path, digest);
    }
  }

  /**
   * Checks the finished part file against the signed sha256: the digest
   * computed while it was written when this process assembled it, else by
   * streaming the file. A mismatch deletes it (OTA_E_DIGEST).
   */
  async verify(releaseId: string, component: ComponentSpec): Promise<string> {
    const path = this.partPath(releaseId, component.name);
    const digest = (await this.assembled.take(path)) ?? (await sha256File(path));
    if (!digest.equals(component.sha256)) {
      await PartialFile.remove(path);
      throw new OtaError('OTA_E_DIGEST', `component ${component.name}: assembled sha256 ${toHex(digest).slice(0, 16)}… is not the manifest's ${toHex(component.sha256).slice(0, 16)}…`);
    }
    return path;
  }

  async remove(releaseId: string): Promise<void> {
    this.assembled.forgetUnder(this.dirOf(releaseId));
    await rm(this.dirOf(releaseId), { recursive: true, force: true });
  }

  /** Chunk indexes: from disk when a verified copy is there, else fetched by ranges. */
  private async fetchIndexes(fetcher: BlobFetcher, releaseId: string, components: readonly ComponentSpec[]): Promise<Map<string, ChunkTable>> {
    const indexes = new Map<string, ChunkTable>();
    const missing: ComponentSpec[] = [];
    for (const c of components) {
      if (c.indexSize > MAX_CHUNK_INDEX_BYTES) throw new OtaError('OTA_E_PROTOCOL', `component ${c.name}: chunk index of ${c.indexSize} bytes exceeds ${MAX_CHUNK_INDEX_BYTES}`);
      const saved = await readFile(this.indexPath(releaseId, c.name)).catch(() => undefined);
      if (saved && sha256(saved).equals(c.indexDigest)) indexes.set(c.name, parseIndex(c, saved));
      else missing.push(c);
    }
    await fetcher.fetch(
      missing.map((c) => ({ digest: c.indexDigest, size: c.indexSize })),
      async (blob, data) => {
        for (const c of missing.filter((m) => m.indexDigest.equals(blob.digest))) {
          indexes.set(c.name, parseIndex(c, data));
          await writeFileAtomic(this.indexPath(releaseId, c.name), data, 0o600);
        }
      },
    );
    return indexes;
  }

  private async reuseLocal(target: Target, progress: (n: number) => void): Promise<void> {
    const local = await this.options.artifacts.open(target.component.name);
    if (!local) return;
    let reused = 0;
    try {
      const { chunks } = target;
      for (let index = 0; index < chunks.count; index++) {
        if (target.part.has(index)) continue;
        const data = await local.read(chunks.digestAt(index));
        if (!data) continue;
        await target.part.write(index, chunks.offsetAt(index), data);
        await target.digest.written(index, data);
        reused += data.length;
        progress(data.length);
      }
    } finally {
      await local.close();
    }
    if (reused > 0) this.options.logger.info('reused chunks from the installed version', { component: target.component.name, bytes: reused });
  }
}

function parseIndex(component: ComponentSpec, bytes: Uint8Array): ChunkTable {
  const decoded = ChunkTable.decode(bytes);
  if (!decoded.ok) throw decoded.error;
  const chunks = decoded.value;
  if (chunks.size !== component.size) throw new OtaError('OTA_E_PROTOCOL', `component ${component.name}: chunk index covers ${chunks.size} bytes, manifest says ${component.size}`);
  for (let i = 0; i < chunks.count; i++) {
    const length = chunks.lengthAt(i);
    if (length > MAX_CHUNK_BYTES) throw new OtaError('OTA_E_PROTOCOL', `component ${component.name}: a chunk of ${length} bytes exceeds ${MAX_CHUNK_BYTES}`);
  }
  return chunks;
}

function heldBytes(target: Target): number {
  let bytes = 0;
  for (let i = 0; i < target.chunks.count; i++) if (target.part.has(i)) bytes += target.chunks.lengthAt(i);
  return bytes;
}
