import type { ChunkTable, ComponentSpec } from '@otacast/shared';
import type { BlobFetcher } from '../fetch/blob-fetcher.js';

/** One download's request to the delta stage: which components, where their part files go, how to get their chunk indexes. */
export interface PatchRun {
  fetcher: BlobFetcher;
  releaseId: string;
  components: readonly ComponentSpec[];
  partPath(name: string): string;
  indexPath(name: string): string;
  /** Chunk indexes (from disk or fetched), to weigh a patch larger than an index against the chunks it saves. */
  indexes(components: readonly ComponentSpec[]): Promise<Map<string, ChunkTable>>;
}

/**
 * The downloader's view of delta patches (delta/patch-download.ts implements it):
 * a port, so that assembling does not depend on the delta stage built on top of it.
 */
export interface PatchSource {
  /** Produces what it can from patches; returns the names of the components it produced. */
  run(run: PatchRun): Promise<Set<string>>;
}
