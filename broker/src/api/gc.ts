import { OtaError, toHex, type Logger, type otacast } from '@otacast/shared';
import type { BlobStore } from '../blobs/blob-store.js';
import type { GcRelease, GcStore, ReleaseRecord } from '../registry/registry.js';
import type { Rollout } from '../rollouts/rollout-types.js';

/** What the collector reads and changes in the registry. */
export interface GcRegistry {
  gc: GcStore;
  latestReleases(): Promise<ReleaseRecord[]>;
  yankRelease(releaseId: string): Promise<void>;
  rollouts: { active(): Promise<Rollout[]> };
}

/** A blob a publisher was told the server holds stays this long, in case its release is about to be committed. */
export const GC_GRACE_MS = 3_600_000;
/** Digests remembered by RecentlyAsked; past it the oldest are forgotten (their grace ends early). */
const MAX_REMEMBERED = 1_000_000;

/**
 * Blobs a publisher was told are stored (MissingBlobs answered "not
 * missing"): it will not upload them, and commits a release referencing them
 * soon. Until then no kept release references them, so gc must leave them
 * alone for a while. In memory: after a restart such a commit fails with
 * OTA_E_MISSING_BLOBS and the publisher uploads again.
 */
export class RecentlyAsked {
  private readonly askedAt = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  note(digests: readonly Uint8Array[]): void {
    const at = this.now();
    for (const d of digests) {
      const hex = toHex(d);
      // Re-inserted so the Map's order stays oldest first.
      this.askedAt.delete(hex);
      this.askedAt.set(hex, at);
    }
    for (const oldest of this.askedAt.keys()) {
      if (this.askedAt.size <= MAX_REMEMBERED) break;
      this.askedAt.delete(oldest);
    }
  }

  within(digest: Uint8Array, graceMs: number): boolean {
    const at = this.askedAt.get(toHex(digest));
    return at !== undefined && this.now() - at < graceMs;
  }
}

/**
 * Which releases gc drops: every yanked one and, with `keepPerChannel` > 0,
 * the non-yanked ones older than the newest `keepPerChannel` of their product
 * and channel — never one of `protectedIds` (what a channel announces, what an
 * active rollout offers). Pure.
 */
export function releasesToDrop(releases: readonly GcRelease[], keepPerChannel: number, protectedIds: ReadonlySet<string>): { dropped: GcRelease[]; toYank: GcRelease[] } {
  const dropped: GcRelease[] = [];
  const toYank: GcRelease[] = [];
  const seen = new Map<string, number>();
  for (const r of [...releases].sort((a, b) => b.order - a.order)) {
    if (r.yanked) {
      if (!protectedIds.has(r.releaseId)) dropped.push(r);
      continue;
    }
    // A protected release takes one of its channel's places too.
    const key = `${r.product}\0${r.channel}`;
    const newer = seen.get(key) ?? 0;
    seen.set(key, newer + 1);
    if (keepPerChannel <= 0 || newer < keepPerChannel || protectedIds.has(r.releaseId)) continue;
    dropped.push(r);
    toYank.push(r);
  }
  return { dropped, toYank };
}

export interface GarbageCollectorOptions {
  registry: GcRegistry;
  store: BlobStore;
  asked: RecentlyAsked;
  logger: Logger;
  graceMs?: number;
}

/**
 * `otacast gc` (docs/rollouts.md, "Garbage collection"): deletes the blobs
 * that only dropped releases reference, then forgets those references, and
 * deletes the patches whose target no kept release holds. Blobs of kept
 * releases are never candidates, so devices downloading a kept release are
 * unaffected; a crash part-way leaves references to deleted blobs of dropped
 * releases only, which the next gc removes. One run at a time.
 */
export class GarbageCollector {
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: GarbageCollectorOptions) {}

  /** MissingBlobs asked about `asked` and answered `missing`: the others were reported stored (see RecentlyAsked). */
  answered(asked: readonly Uint8Array[], missing: readonly Uint8Array[]): void {
    if (missing.length === asked.length) return;
    const absent = new Set(missing.map((d) => toHex(d)));
    this.options.asked.note(asked.filter((d) => !absent.has(toHex(d))));
  }

  collect(request: otacast.v1.GcRequest.$Properties): Promise<otacast.v1.GcResponse.$Properties> {
    const run = this.running.then(() => this.once(request));
    this.running = run.catch(() => undefined);
    return run;
  }

  private async once(request: otacast.v1.GcRequest.$Properties): Promise<otacast.v1.GcResponse.$Properties> {
    const { registry, store, asked, logger } = this.options;
    const keepPerChannel = request.keepPerChannel ?? 0;
    if (!Number.isSafeInteger(keepPerChannel) || keepPerChannel < 0) throw new OtaError('OTA_E_USAGE', `--keep must be a whole number ≥ 1, got ${keepPerChannel}`);
    const dryRun = request.dryRun === true;
    const protectedIds = new Set<string>([...(await registry.latestReleases()).map((r) => r.releaseId), ...(await registry.rollouts.active()).map((r) => r.releaseId)]);
    const { dropped, toYank } = releasesToDrop(await registry.gc.releases(), keepPerChannel, protectedIds);
    const ids = dropped.map((r) => r.releaseId);
    if (!dryRun) for (const r of toYank) await registry.yankRelease(r.releaseId);

    const graceMs = this.options.graceMs ?? GC_GRACE_MS;
    const candidates = await registry.gc.unsharedBlobs(ids);
    const doomed = candidates.filter((d) => !asked.within(d, graceMs));
    let bytesFreed = 0;
    const deleted: Buffer[] = [];
    for (const digest of doomed) {
      const size = dryRun ? ((await store.size(digest)) ?? 0) : await store.delete(digest);
      bytesFreed += size;
      deleted.push(digest);
    }
    const patches = (await registry.gc.stalePatches(ids)).filter((p) => p.patchSize > 0 || !dryRun);
    if (!dryRun) {
      await registry.gc.forgetBlobs(ids, deleted);
      await registry.gc.deletePatches(patches);
    }
    const patchesDeleted = patches.filter((p) => p.patchSize > 0).length;
    const answer = { bytesFreed, blobsDeleted: deleted.length, patchesDeleted, releasesDropped: ids, blobsInGrace: candidates.length - doomed.length };
    logger.info(dryRun ? 'gc dry run' : 'gc done', { ...answer, releasesDropped: ids.length, keepPerChannel });
    return answer;
  }
}
