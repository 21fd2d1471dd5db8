import { open, rename, rm, readFile, stat } from 'node:fs/promises';
import { applyDelta, ChunkTable, encodeChunkIndex, FastCdcChunker, newSha256, OtaError, readDeltaHeader, sha256, sha256File, toHex, toOtaError, writeAt, writeFileAtomic, type ComponentSpec, type ErrorCode, type IndexedChunk, type Logger } from '@otacast/shared';
import type { ArtifactStore } from '../assemble/artifact-store.js';
import type { PatchRun, PatchSource } from '../assemble/patch-source.js';
import type { BlobFetcher } from '../fetch/blob-fetcher.js';
import type { InstalledStore } from '../install/installed.js';
import { ChunkPlan } from '../assemble/chunk-plan.js';
import { PartialFile, bitmapPathOf } from '../assemble/partial-file.js';
import { queryPatches, type PatchLink, type PatchOffer, type QueryOptions } from './patch-query.js';

export interface PatchDownloadOptions {
  link: PatchLink;
  artifacts: ArtifactStore;
  installed: Pick<InstalledStore, 'read'>;
  logger: Logger;
  signal?: AbortSignal;
  query?: Omit<QueryOptions, 'signal' | 'logger'>;
}

/** Errors that mean "this patch is no good", not "the link or the disk is": those fall back to chunks. */
const PATCH_FAULTS = new Set<ErrorCode>(['OTA_E_PATCH', 'OTA_E_DIGEST', 'OTA_E_NOT_FOUND', 'OTA_E_PROTOCOL', 'OTA_E_DECODE', 'OTA_E_FORBIDDEN']);

const markerPathOf = (partPath: string): string => `${partPath}.patched`;

/**
 * The delta-patch way of producing a component (docs/protocol.md, "Delta
 * patches"), tried before chunks: ask for a patch from the installed sha256,
 * fetch it like a component (index, then chunks into a resumable part file),
 * verify it, and apply it streaming — the installed artifact read at random,
 * the new part file written in order, hashed and FastCDC-chunked on the way,
 * so the result's chunk index is known without a second pass. Anything wrong
 * with a patch (absent, larger than the chunks it would save, corrupt, or a
 * result that is not the signed sha256) falls back to chunks.
 */
export class PatchDownload implements PatchSource {
  constructor(private readonly options: PatchDownloadOptions) {}

  /** Produces what it can of the components from patches; returns the names whose part file and index are complete. */
  async run(run: PatchRun): Promise<Set<string>> {
    const done = new Set<string>();
    const candidates: { component: ComponentSpec; from: Buffer; base: string }[] = [];
    const installed = await this.options.installed.read().catch(() => undefined);
    for (const c of run.components) {
      if (await this.producedEarlier(run, c)) {
        done.add(c.name);
        continue;
      }
      const from = installed?.components[c.name]?.sha256;
      const base = this.options.artifacts.artifactPath(c.name);
      if (from === undefined || !/^[0-9a-f]{64}$/.test(from) || from === toHex(c.sha256)) continue;
      if (!(await stat(base).then((s) => s.isFile(), () => false))) continue;
      candidates.push({ component: c, from: Buffer.from(from, 'hex'), base });
    }
    if (candidates.length === 0) return done;
    const { signal, logger } = this.options;
    const offers = await queryPatches(this.options.link, run.releaseId, candidates.map((c) => ({ from: c.from, to: c.component.sha256 })), {
      ...this.options.query,
      logger,
      ...(signal ? { signal } : {}),
    });
    for (const { component, from, base } of candidates) {
      const offer = offers.get(toHex(component.sha256));
      if (offer === undefined || !offer.from.equals(from)) continue;
      // Chunks cost at least their index: a patch no larger than it always wins; a larger one must beat the chunks it spares.
      if (offer.patchSize > component.indexSize) {
        const chunks = (await run.indexes([component])).get(component.name);
        const lacking = chunks ? await this.lackingBytes(component.name, chunks) : 0;
        if (offer.patchSize >= lacking) {
          logger.info('chunks cost less than the delta patch', { component: component.name, patchBytes: offer.patchSize, lackingBytes: lacking });
          continue;
        }
      }
      if (await this.apply(run, component, offer, base)) done.add(component.name);
    }
    return done;
  }

  /** A previous run of this download already produced the component from a patch. */
  private async producedEarlier(run: PatchRun, c: ComponentSpec): Promise<boolean> {
    const partPath = run.partPath(c.name);
    const marker = await readFile(markerPathOf(partPath), 'utf8').catch(() => '');
    if (marker !== toHex(c.sha256)) return false;
    const [part, index] = await Promise.all([stat(partPath).catch(() => undefined), stat(run.indexPath(c.name)).catch(() => undefined)]);
    return part?.size === c.size && index !== undefined;
  }

  /** Bytes of the chunks the installed artifact does not hold. */
  private async lackingBytes(name: string, chunks: ChunkTable): Promise<number> {
    const local = await this.options.artifacts.open(name);
    try {
      let lacking = 0;
      for (let i = 0; i < chunks.count; i++) if (!local?.has(chunks.digestAt(i))) lacking += chunks.lengthAt(i);
      return lacking;
    } finally {
      await local?.close();
    }
  }

  private async apply(run: PatchRun, component: ComponentSpec, offer: PatchOffer, base: string): Promise<boolean> {
    const { logger } = this.options;
    const started = Date.now();
    const partPath = run.partPath(component.name);
    const patchPath = `${partPath}.patch`;
    const outPath = `${partPath}.patching`;
    const fields = { component: component.name, patchBytes: offer.patchSize };
    try {
      await this.fetchPatch(run.fetcher, offer, patchPath);
      const header = await readDeltaHeader(patchPath);
      if (!header.newSha256.equals(component.sha256) || !header.oldSha256.equals(offer.from) || header.newSize !== component.size) {
        throw new OtaError('OTA_E_PATCH', 'the patch header names other versions than the ones asked for');
      }
      const chunks = await this.produce(patchPath, base, outPath, component);
      const indexBytes = encodeChunkIndex(chunks);
      if (!sha256(indexBytes).equals(component.indexDigest)) logger.warn('patched component chunks differently from its published index', fields);
      // A bitmap of an earlier chunk download would describe other bytes.
      await rm(bitmapPathOf(partPath), { force: true });
      await rename(outPath, partPath);
      await writeFileAtomic(run.indexPath(component.name), indexBytes, 0o600);
      await writeFileAtomic(markerPathOf(partPath), toHex(component.sha256), 0o600);
      await PartialFile.remove(patchPath);
      logger.info('applied a delta patch', { ...fields, size: component.size, ms: Date.now() - started });
      return true;
    } catch (err) {
      await rm(outPath, { force: true });
      const error = toOtaError(err, 'OTA_E_PATCH');
      if (this.options.signal?.aborted || !PATCH_FAULTS.has(error.code)) throw error;
      await PartialFile.remove(patchPath);
      logger.warn('delta patch unusable, fetching chunks instead', { ...fields, code: error.code, error: error.message });
      return false;
    }
  }

  /** The patch's index, then its chunks into a part file that survives a restart; verified whole. */
  private async fetchPatch(fetcher: BlobFetcher, offer: PatchOffer, patchPath: string): Promise<void> {
    let chunks: ChunkTable | undefined;
    await fetcher.fetch([{ digest: offer.indexDigest, size: offer.indexSize }], async (_blob, data) => {
      const decoded = ChunkTable.decode(data);
      if (!decoded.ok) throw decoded.error;
      chunks = decoded.value;
    });
    const table = chunks ?? ChunkTable.fromChunks([]);
    if (table.size !== offer.patchSize) throw new OtaError('OTA_E_PROTOCOL', `patch index covers ${table.size} bytes, the offer says ${offer.patchSize}`);
    const part = await PartialFile.open({ path: patchPath, size: offer.patchSize, chunkCount: table.count, layoutId: offer.indexDigest });
    try {
      const plan = new ChunkPlan([{ chunks: table, has: (i) => part.has(i) }]);
      await fetcher.fetch(plan.wants(), async (blob, data) => {
        for (const { index } of plan.sameAs(blob.position)) await part.write(index, table.offsetAt(index), data);
      });
    } finally {
      await part.close();
    }
    if (!(await sha256File(patchPath)).equals(offer.patchDigest)) throw new OtaError('OTA_E_DIGEST', 'the assembled patch does not match its sha256');
  }

  /** Applies the patch into `outPath`; returns the result's chunk list after checking its sha256. */
  private async produce(patchPath: string, base: string, outPath: string, component: ComponentSpec): Promise<IndexedChunk[]> {
    const hash = newSha256();
    const chunker = new FastCdcChunker();
    const chunks: IndexedChunk[] = [];
    let offset = 0;
    const add = (chunk: Buffer): void => {
      chunks.push({ digest: sha256(chunk), offset, length: chunk.length });
      offset += chunk.length;
    };
    const out = await open(outPath, 'w', 0o600);
    try {
      let position = 0;
      for await (const piece of applyDelta(patchPath, base)) {
        if (this.options.signal?.aborted) throw this.options.signal.reason;
        hash.update(piece);
        for (const chunk of chunker.push(piece)) add(chunk);
        await writeAt(out, piece, 0, piece.length, position);
        position += piece.length;
      }
      const last = chunker.finish();
      if (last) add(last);
      await out.sync();
    } finally {
      await out.close();
    }
    if (!hash.digest().equals(component.sha256)) throw new OtaError('OTA_E_PATCH', `component ${component.name}: the patched result does not match the manifest's sha256`);
    return chunks;
  }
}
