import type { Logger } from '@otacast/shared';
import type { BlobWanted } from './chunk-link.js';
import type { FlowOptions } from './flow-control.js';

/** What one fetch run needs besides the flow control it shares with the other runs of its release. */
export interface FetchRunOptions {
  releaseId: string;
  /** A blob whose bytes fail their digest this many times fails the fetch (OTA_E_DIGEST). */
  maxCorruptPerBlob?: number;
  /** A range that times out this many times in a row while connected fails the fetch (OTA_E_TIMEOUT). */
  maxTimeoutsPerRange?: number;
  maxRangesPerRequest?: number;
  tickMs?: number;
  /** A cast not heard from for this long is no longer waited for (cast-watch.ts). */
  castIdleMs?: number;
  logger?: Logger;
  signal?: AbortSignal;
}

export type FetcherOptions = FetchRunOptions & FlowOptions;

/** Receives each verified blob, one at a time; the fetch waits for it before the blob's range leaves the window. */
export type BlobSink<W extends BlobWanted = BlobWanted> = (blob: W, data: Buffer) => Promise<void>;
