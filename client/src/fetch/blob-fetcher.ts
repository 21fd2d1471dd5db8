import type { BlobWanted, ChunkLink } from './chunk-link.js';
import type { BlobSink, FetcherOptions } from './fetch-options.js';
import { CastWatch } from './cast-watch.js';
import { FetchRun } from './fetch-run.js';
import { FlowControl } from './flow-control.js';

export type { BlobSink, FetcherOptions } from './fetch-options.js';
export type { FetchStats } from './flow-control.js';

/**
 * Pulls content-addressed blobs over a ChunkLink with a sliding window of
 * ranges: at most `window` ranges in flight, each re-requested when it has not
 * arrived within an RTO that follows the measured round trip. Every blob is
 * verified against its digest before it is handed on; a corrupt one is fetched
 * again. Memory is bounded by the window, not by the total size.
 * One fetcher serves one release; its flow control (RTT, window, rate) carries across fetch() calls.
 */
export class BlobFetcher {
  readonly flow: FlowControl;
  /** What is known of a broadcast of this release, across fetch() calls. */
  private readonly cast: CastWatch;

  constructor(
    private readonly link: ChunkLink,
    private readonly options: FetcherOptions,
  ) {
    this.flow = new FlowControl(options);
    this.cast = new CastWatch(options.releaseId, options.castIdleMs);
  }

  /**
   * Fetches every blob, calling `onBlob` (awaited, one at a time) with each
   * verified blob. A range is in flight until its blob has been handed on.
   * `blobs` is read lazily (a generator keeps a large download's wants out
   * of memory); a digest already on its way is skipped.
   * With `cast`, the blobs are a release's chunks in its order, which a
   * broadcast of the release may bring (docs/protocol.md, "Broadcast").
   */
  fetch<W extends BlobWanted>(blobs: Iterable<W>, onBlob: BlobSink<W>, how: { cast?: boolean } = {}): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const cast = how.cast === true ? this.cast : undefined;
      new FetchRun(this.flow, this.link, this.options, blobs, onBlob, (err) => (err === undefined ? resolve() : reject(err)), cast).start();
    });
  }
}
