import { randomBytes } from 'node:crypto';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeChunkIndex, encodeChunkIndex, encodeDeltaFile, indexFile, MiB, newSha256, OtaError, patchPairKey, readAt, sha256, toHex, toOtaError, unverifiedManifestOf, type ComponentSpec, type DeltaEncodeOptions, type Logger } from '@otacast/shared';
import type { BlobStore } from '../blobs/blob-store.js';
import { removeStaleEntries } from '../blobs/stale-entries.js';
import type { PatchRecord } from '../registry/patch-records.js';
import type { Registry } from '../registry/registry.js';
import { estimatePatchWorth } from './patch-worth.js';

export interface PatchBuilderOptions {
  store: BlobStore;
  registry: Pick<Registry, 'getRelease' | 'listReleases' | 'patches'>;
  logger: Logger;
  /** Scratch space for reassembled components and patches, shared by workers on one --data: each builder works in its own directory in it. */
  workDir: string;
  /** Previous versions each new component gets a patch from; 0 disables patches. Default 3. */
  history?: number;
  /** Components above this get no patch: the encoder holds old and new in memory. Default 512 MiB. */
  maxComponentBytes?: number;
  /** A patch larger than this fraction of the new component is not kept. Default 0.9. */
  maxRatio?: number;
  encoder?: DeltaEncodeOptions;
  /** How long a claim on a build lasts unless renewed (a worker that died building frees it after this). Default 60 s. */
  buildLeaseMs?: number;
  /** How often a pair another worker builds is looked at again. Default 1 s. */
  buildPollMs?: number;
}

export const DEFAULT_PATCH_HISTORY = 3;

/** A scratch directory untouched this long belongs to a builder that is gone (an encode writes its patch as it goes). */
const STALE_WORK_MS = 60 * 60_000;

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  const done = await readAt(handle, buffer, 0, length, position);
  if (done < length) throw new OtaError('OTA_E_IO', `patch file ends at ${position + done}`);
  return buffer;
}

interface PatchJob {
  base: ComponentSpec;
  target: ComponentSpec;
}


/**
 * Computes delta patches in the background (docs/protocol.md, "Delta
 * patches"): after a release is committed, for each of its components, a
 * patch from each of the last `history` other versions of that component
 * (same product, any channel) to the new one. Jobs run one at a time; the
 * encoder runs in a worker thread so the broker keeps serving. A patch is
 * chunked and stored like any blob; a release is announced at once and its
 * patches appear when ready. Before a pair is queued, a quick estimate from
 * the chunk indexes says whether a patch can save much over the chunks a
 * device lacks; one that cannot (fresh content) is recorded as "no patch" at
 * once, so no device waits for it.
 */
export class PatchBuilder {
  private queue: Promise<void> = Promise.resolve();
  /**
   * Pairs queued or being computed, each with its quick estimate (true: worth
   * computing): a device asking for one worth it is told to ask again shortly.
   */
  private readonly planned = new Map<string, Promise<boolean>>();
  /** Estimates run one at a time, apart from the encoder queue: a verdict never waits for another pair's encoding. */
  private estimates: Promise<unknown> = Promise.resolve();
  /** Releases whose pairs are being looked up now. */
  private readonly planning = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private readonly history: number;
  /** Pairs another worker is building (logged once each). */
  private readonly waiting = new Set<string>();
  /** Names this builder in the registry's build claims, and its scratch directory. */
  private readonly holder = `${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly ownDir: string;

  constructor(private readonly options: PatchBuilderOptions) {
    this.history = options.history ?? DEFAULT_PATCH_HISTORY;
    this.ownDir = join(options.workDir, this.holder);
    this.queue = removeStaleEntries(options.workDir, STALE_WORK_MS).catch(() => undefined);
  }

  /** Queues the patches towards the components of a committed release. Never throws. */
  schedule(releaseId: string): void {
    if (this.history <= 0 || this.abort.signal.aborted) return;
    const planning: Promise<void> = this.plan(releaseId)
      .then(
        (planned) => this.enqueue(releaseId, planned),
        (err: unknown) => {
          const error = toOtaError(err);
          this.options.logger.error('cannot plan patches', { code: error.code, releaseId, error: error.message });
        },
      )
      .finally(() => this.planning.delete(planning));
    this.planning.add(planning);
  }

  private enqueue(releaseId: string, planned: readonly PatchJob[]): void {
    const jobs = planned.filter((job) => !this.planned.has(patchPairKey(job.base.sha256, job.target.sha256)));
    for (const job of jobs) {
      const worth = this.estimate(job);
      this.estimates = worth;
      this.planned.set(patchPairKey(job.base.sha256, job.target.sha256), worth);
      this.queueJob(releaseId, job, worth, 0);
    }
  }

  /**
   * Runs a job in turn. One that another worker is building goes to the
   * back of the queue and is looked at again after buildPollMs: meanwhile
   * this builder builds other pairs, and the pair stays pending for devices.
   */
  private queueJob(releaseId: string, job: PatchJob, worth: Promise<boolean>, notBeforeMs: number): void {
    const key = patchPairKey(job.base.sha256, job.target.sha256);
    const { signal } = this.abort;
    this.queue = this.queue
      .then(async () => {
        if (signal.aborted || !(await worth)) return 'done';
        const wait = notBeforeMs - Date.now();
        if (wait > 0) await sleep(wait, undefined, { signal });
        return await this.build(job.base, job.target);
      })
      .catch((err: unknown): 'done' => {
        const error = toOtaError(err);
        if (!signal.aborted) this.options.logger.error('patch job failed', { code: error.code, releaseId, component: job.target.name, error: error.message });
        return 'done';
      })
      .then((outcome) => {
        if (outcome === 'elsewhere' && !signal.aborted) return this.queueJob(releaseId, job, worth, Date.now() + (this.options.buildPollMs ?? 1_000));
        this.planned.delete(key);
        this.waiting.delete(key);
      });
  }

  /**
   * Whether the patch from → to is queued or being computed and worth waiting
   * for: false at once for a pair not planned, else once its estimate is known.
   */
  pending(from: Uint8Array, to: Uint8Array): boolean | Promise<boolean> {
    const key = patchPairKey(from, to);
    const planned = this.planned.get(key);
    if (planned !== undefined || this.planning.size === 0) return planned ?? false;
    // A release's pairs are being looked up (the registry answers asynchronously): this one may be about to be planned.
    return Promise.all(this.planning).then(() => this.planned.get(key) ?? false);
  }

  /** Cancels the job in progress (its worker is terminated) and drops the queue. */
  async close(): Promise<void> {
    this.abort.abort();
    await Promise.all(this.planning);
    await this.queue;
    await rm(this.ownDir, { recursive: true, force: true }).catch(() => undefined);
  }

  /** The pairs a release needs and the registry does not know yet. */
  private async plan(releaseId: string): Promise<PatchJob[]> {
    const { registry } = this.options;
    const release = await registry.getRelease(releaseId);
    if (release === undefined) return [];
    const manifest = unverifiedManifestOf(release.signedManifest, 'stored manifest');
    const all = await registry.listReleases(manifest.product);
    const position = all.findIndex((r) => r.releaseId === releaseId);
    // Releases committed before this one, newest first.
    const older = all.slice(0, position < 0 ? all.length : position).reverse().map((r) => unverifiedManifestOf(r.signedManifest, 'stored manifest'));
    const jobs: PatchJob[] = [];
    for (const target of manifest.components) {
      const seen = new Set([toHex(target.sha256)]);
      const bases: ComponentSpec[] = [];
      for (const previous of older) {
        const base = previous.components.find((c) => c.name === target.name);
        if (base === undefined || seen.has(toHex(base.sha256))) continue;
        seen.add(toHex(base.sha256));
        bases.push(base);
        if (bases.length >= this.history) break;
      }
      for (const base of bases) if (!(await registry.patches.known(base.sha256, target.sha256))) jobs.push({ base, target });
    }
    return jobs;
  }

  /**
   * Resolves true when the pair is worth encoding; otherwise records "no
   * patch" for it (so a restart does not plan it again). Never rejects: a
   * failed estimate lets the encoder decide, as before estimates existed.
   */
  private async estimate(job: PatchJob): Promise<boolean> {
    await this.estimates.catch(() => undefined);
    const { base, target } = job;
    const { logger, registry, store } = this.options;
    if (this.abort.signal.aborted) return false;
    const fields = { component: target.name, fromVersion: base.version, toVersion: target.version, to: toHex(target.sha256).slice(0, 16) };
    try {
      const started = Date.now();
      const { worth, lackingBytes, freshBytes } = await estimatePatchWorth(store, base, target);
      if (worth || (await registry.patches.known(base.sha256, target.sha256))) return worth;
      await registry.patches.insert(noPatch(base, target), []);
      const why = lackingBytes === 0 ? 'a device holding the old version already holds every chunk' : 'the versions share too little content';
      logger.info(`no patch: ${why}`, { ...fields, lackingBytes, freshBytes, ms: Date.now() - started });
      return false;
    } catch (err) {
      const error = toOtaError(err);
      logger.warn('cannot estimate a patch, computing it', { ...fields, code: error.code, error: error.message });
      return true;
    }
  }

  /**
   * Builds the pair under a claim in the registry, so workers sharing it
   * build each pair once: 'elsewhere' when another worker holds the claim
   * (it will record the patch; if it dies, its claim expires and this one
   * takes over), 'done' otherwise.
   */
  private async build(base: ComponentSpec, target: ComponentSpec): Promise<'done' | 'elsewhere'> {
    const { patches } = this.options.registry;
    const [from, to] = [base.sha256, target.sha256];
    if (await patches.known(from, to)) return 'done';
    const leaseMs = this.options.buildLeaseMs ?? 60_000;
    if (!(await patches.claimBuild(from, to, this.holder, leaseMs))) {
      if (!this.waiting.has(patchPairKey(from, to))) this.options.logger.info('patch being built by another worker: waiting for its record', { component: target.name, to: toHex(to).slice(0, 16) });
      this.waiting.add(patchPairKey(from, to));
      return 'elsewhere';
    }
    this.waiting.delete(patchPairKey(from, to));
    const renew = setInterval(() => {
      void patches.claimBuild(from, to, this.holder, leaseMs).then((held) => {
        // Renewed too late (a stalled process): the pair may be built twice, and recorded alike.
        if (!held) this.options.logger.warn('lost the claim on a patch build: another worker may build it too', { code: 'OTA_E_TIMEOUT', to: toHex(to).slice(0, 16) });
      }, () => undefined);
    }, leaseMs / 3);
    try {
      // Recorded between our look and our claim by a worker that has since let go.
      if (!(await patches.known(from, to))) await this.buildClaimed(base, target);
      return 'done';
    } finally {
      clearInterval(renew);
      await patches.releaseBuild(from, to, this.holder).catch(() => undefined);
    }
  }

  private async buildClaimed(base: ComponentSpec, target: ComponentSpec): Promise<void> {
    const { logger, store, registry } = this.options;
    const started = Date.now();
    const fields = { component: target.name, fromVersion: base.version, toVersion: target.version, from: toHex(base.sha256).slice(0, 16), to: toHex(target.sha256).slice(0, 16) };
    const maxBytes = this.options.maxComponentBytes ?? 512 * MiB;
    if (base.size > maxBytes || target.size > maxBytes) {
      logger.info('no patch: component larger than the patch limit', { ...fields, maxBytes });
      return;
    }
    const dir = join(this.ownDir, randomBytes(8).toString('hex'));
    await mkdir(dir, { recursive: true });
    try {
      const oldPath = join(dir, 'old');
      const newPath = join(dir, 'new');
      const patchPath = join(dir, 'patch');
      await this.assemble(base, oldPath);
      await this.assemble(target, newPath);
      const encoded = await encodeDeltaFile(oldPath, newPath, patchPath, this.options.encoder ?? {}, this.abort.signal);
      if (encoded.size > target.size * (this.options.maxRatio ?? 0.9)) {
        await registry.patches.insert(noPatch(base, target), []);
        logger.info('no patch: it would not be smaller than the component', { ...fields, bytes: encoded.size, size: target.size });
        return;
      }
      const index = await indexFile(patchPath);
      const handle = await open(patchPath, 'r');
      try {
        for (const chunk of index.chunks) await store.put(chunk.digest, await readExactly(handle, chunk.length, chunk.offset));
      } finally {
        await handle.close();
      }
      const indexBytes = encodeChunkIndex(index.chunks);
      const indexDigest = sha256(indexBytes);
      await store.put(indexDigest, indexBytes);
      await registry.patches.insert(
        { fromSha256: base.sha256, toSha256: target.sha256, patchDigest: index.sha256, patchSize: index.size, indexDigest, indexSize: indexBytes.length, createdMs: Date.now() },
        [indexDigest, ...index.chunks.map((c) => c.digest)],
      );
      const percent = target.size === 0 ? 0 : Math.round((index.size / target.size) * 10_000) / 100;
      logger.info('patch stored', { ...fields, bytes: index.size, percent, ops: encoded.stats.ops, ms: Date.now() - started });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Writes a stored component back out from its chunks, checking its sha256. */
  private async assemble(component: ComponentSpec, path: string): Promise<void> {
    const { store } = this.options;
    const indexBlob = await store.read(component.indexDigest, 0, 0);
    if (indexBlob === undefined) throw new OtaError('OTA_E_NOT_FOUND', `chunk index of ${component.name} ${component.version} is not stored`);
    const chunks = decodeChunkIndex(indexBlob.data);
    if (!chunks.ok) throw chunks.error;
    const hash = newSha256();
    const handle = await open(path, 'w');
    try {
      for (const chunk of chunks.value) {
        const slice = await store.read(chunk.digest, 0, 0);
        if (slice === undefined || slice.data.length !== chunk.length) throw new OtaError('OTA_E_NOT_FOUND', `a chunk of ${component.name} ${component.version} is not stored`);
        hash.update(slice.data);
        await handle.write(slice.data);
      }
    } finally {
      await handle.close();
    }
    if (!hash.digest().equals(component.sha256)) throw new OtaError('OTA_E_DIGEST', `${component.name} ${component.version} reassembled from its chunks does not match its sha256`);
  }
}

/** The record saying that a pair gets no patch. */
function noPatch(base: ComponentSpec, target: ComponentSpec): PatchRecord {
  return { fromSha256: base.sha256, toSha256: target.sha256, patchDigest: Buffer.alloc(0), patchSize: 0, indexDigest: Buffer.alloc(0), indexSize: 0, createdMs: Date.now() };
}
