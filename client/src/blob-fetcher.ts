import { MAX_RANGE_BYTES, type Logger } from '@otacast/shared';
import type { BlobWanted, ChunkLink } from './chunk-link.js';
import { CongestionWindow, type WindowOptions } from './congestion-window.js';
import { DeliveryRate, type DeliveryRateOptions } from './delivery-rate.js';
import { FetchRun, type BlobSink } from './fetch-run.js';
import { RequestSizer, type RequestSizeOptions } from './request-size.js';
import { RttEstimator, type RttOptions } from './rtt-estimator.js';

export interface FetcherOptions {
  releaseId: string;
  window?: WindowOptions;
  rtt?: RttOptions;
  /** Throughput-based cap on the window (see DeliveryRate). */
  rate?: DeliveryRateOptions;
  /** Range size on a link that drops (see RequestSizer). */
  requestSize?: RequestSizeOptions;
  /** A blob whose bytes fail their digest this many times fails the fetch (OTA_E_DIGEST). */
  maxCorruptPerBlob?: number;
  /** A range that times out this many times in a row while connected fails the fetch (OTA_E_TIMEOUT). */
  maxTimeoutsPerRange?: number;
  maxRangesPerRequest?: number;
  /** Bytes a fetch may hold at once (ranges in flight and blobs awaiting the sink): caps the window (default 1 MiB). */
  maxBytesHeld?: number;
  tickMs?: number;
  logger?: Logger;
  signal?: AbortSignal;
}

export interface FetchStats {
  requests: number;
  rangesSent: number;
  retransmits: number;
  timeouts: number;
  corrupt: number;
  bytes: number;
}

/** The throughput cap never holds the window below this many ranges. */
const MIN_RANGES_IN_FLIGHT = 2;
/**
 * Data the agent holds while downloading is what is in flight plus what waits
 * for the disk; on a device that is most of its memory beyond Node itself
 * (64 ranges of 64 KiB cost ~10 MiB of peak RSS with buffers awaiting GC).
 * 1 MiB still fills a 10 MiB/s link at 100 ms.
 */
const DEFAULT_MAX_BYTES_HELD = 1024 * 1024;

/**
 * Pulls content-addressed blobs over a ChunkLink with a sliding window of
 * ranges: at most `window` ranges in flight, each re-requested when it has not
 * arrived within an RTO that follows the measured round trip. Every blob is
 * verified against its digest before it is handed on; a corrupt one is fetched
 * again. Memory is bounded by the window, not by the total size.
 * One fetcher serves one release; its RTT and window estimates carry across fetch() calls.
 */
export class BlobFetcher {
  readonly rtt: RttEstimator;
  readonly window: CongestionWindow;
  readonly rate: DeliveryRate;
  readonly sizer: RequestSizer;
  readonly stats: FetchStats = { requests: 0, rangesSent: 0, retransmits: 0, timeouts: 0, corrupt: 0, bytes: 0 };

  constructor(
    private readonly link: ChunkLink,
    private readonly options: FetcherOptions,
  ) {
    this.rtt = new RttEstimator(options.rtt);
    this.window = new CongestionWindow(options.window);
    this.rate = new DeliveryRate(options.rate);
    this.sizer = new RequestSizer(MAX_RANGE_BYTES, options.requestSize);
  }

  /** Ranges that may be in flight now: the loss window, capped by the measured bandwidth-delay product and the memory budget. */
  get windowSize(): number {
    const rateCap = this.rate.rangeCap(MIN_RANGES_IN_FLIGHT) ?? Number.POSITIVE_INFINITY;
    const rangeBytes = this.rate.averageRangeBytes;
    const memoryCap = rangeBytes ? Math.max(MIN_RANGES_IN_FLIGHT, Math.floor((this.options.maxBytesHeld ?? DEFAULT_MAX_BYTES_HELD) / rangeBytes)) : Number.POSITIVE_INFINITY;
    return Math.min(this.window.size, rateCap, memoryCap);
  }

  /**
   * Fetches every blob, calling `onBlob` (awaited, one at a time) with each
   * verified blob. A range is in flight until its blob has been handed on.
   * `blobs` is read lazily (a generator keeps a large download's wants out
   * of memory); a digest already on its way is skipped.
   */
  fetch<W extends BlobWanted>(blobs: Iterable<W>, onBlob: BlobSink<W>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      new FetchRun(this, this.link, this.options, blobs, onBlob, (err) => (err === undefined ? resolve() : reject(err))).start();
    });
  }
}
