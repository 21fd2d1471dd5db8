import { MAX_RANGE_BYTES } from '@otacast/shared';
import { CongestionWindow, type WindowOptions } from './congestion-window.js';
import { DeliveryRate, type DeliveryRateOptions } from './delivery-rate.js';
import { RequestSizer, type RequestSizeOptions } from './request-size.js';
import { RttEstimator, type RttOptions } from './rtt-estimator.js';

export interface FlowOptions {
  window?: WindowOptions;
  rtt?: RttOptions;
  /** Throughput-based cap on the window (see DeliveryRate). */
  rate?: DeliveryRateOptions;
  /** Range size on a link that drops (see RequestSizer). */
  requestSize?: RequestSizeOptions;
  /** Bytes a fetch may hold at once (ranges in flight and blobs awaiting the sink): caps the window (default 1 MiB). */
  maxBytesHeld?: number;
}

export interface FetchStats {
  requests: number;
  rangesSent: number;
  retransmits: number;
  timeouts: number;
  corrupt: number;
  bytes: number;
  /** Of `bytes`, those taken from a broadcast (the rest were pulled), and the blobs they made. */
  castBytes: number;
  castBlobs: number;
  /** Cast chunks that failed their digest (pulled instead). */
  castCorrupt: number;
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
 * What a fetch has learnt about the link, kept across the fetch runs of one
 * release: round trip, loss window, delivery rate, range size, and the
 * counters. Runs report what happened (sent, answered, timed out); this
 * object alone turns those events into the next window.
 */
export class FlowControl {
  readonly rtt: RttEstimator;
  readonly window: CongestionWindow;
  readonly rate: DeliveryRate;
  readonly sizer: RequestSizer;
  readonly stats: FetchStats = { requests: 0, rangesSent: 0, retransmits: 0, timeouts: 0, corrupt: 0, bytes: 0, castBytes: 0, castBlobs: 0, castCorrupt: 0 };
  private readonly maxBytesHeld: number;

  constructor(options: FlowOptions = {}) {
    this.rtt = new RttEstimator(options.rtt);
    this.window = new CongestionWindow(options.window);
    this.rate = new DeliveryRate(options.rate);
    this.sizer = new RequestSizer(MAX_RANGE_BYTES, options.requestSize);
    this.maxBytesHeld = options.maxBytesHeld ?? DEFAULT_MAX_BYTES_HELD;
  }

  /** Ranges that may be in flight now: the loss window, capped by the measured bandwidth-delay product and the memory budget. */
  get windowSize(): number {
    const rateCap = this.rate.rangeCap(MIN_RANGES_IN_FLIGHT) ?? Number.POSITIVE_INFINITY;
    const rangeBytes = this.rate.averageRangeBytes;
    const memoryCap = rangeBytes ? Math.max(MIN_RANGES_IN_FLIGHT, Math.floor(this.maxBytesHeld / rangeBytes)) : Number.POSITIVE_INFINITY;
    return Math.min(this.window.size, rateCap, memoryCap);
  }

  get rtoMs(): number {
    return this.rtt.rtoMs;
  }

  /** A run starts on a link that is up. */
  linkUp(nowMs: number): void {
    this.sizer.started(nowMs);
  }

  /** The link came back: rate samples restart, the sizer learns how long links live. */
  reconnected(nowMs: number): void {
    this.rate.restart(nowMs);
    this.sizer.connected(nowMs);
  }

  /** How much of a range to ask for now (the rest follows in later requests on a link that drops). */
  requestLength(length: number, received: number): number {
    return this.sizer.lengthFor(length, received, this.rate.bytesPerSecond);
  }

  requestSent(ranges: number, retransmits: number): void {
    this.stats.requests++;
    this.stats.rangesSent += ranges;
    this.stats.retransmits += retransmits;
  }

  /** Nothing arrived for a whole RTO. */
  timedOut(nowMs: number): void {
    this.stats.timeouts++;
    this.lost(nowMs);
    this.rtt.timedOut();
  }

  /** Bytes of a reply arrived; `rttMs` only when the reply gives an unambiguous round trip (Karn's rule). */
  replied(wireBytes: number, nowMs: number, rttMs: number | undefined): void {
    if (rttMs !== undefined) this.rtt.sample(rttMs);
    this.rate.delivered(wireBytes, nowMs, rttMs);
  }

  /** A whole blob arrived in one reply: how well it compressed sizes later requests. */
  wholeBlobReplied(dataBytes: number, wireBytes: number): void {
    this.sizer.observedWhole(dataBytes, wireBytes);
  }

  /** A range was answered in full; `skipped` earlier ranges were overtaken by it (lost). */
  answered(skipped: number, nowMs: number): void {
    this.window.delivered();
    if (skipped > 0) this.lost(nowMs);
  }

  verified(bytes: number): void {
    this.stats.bytes += bytes;
  }

  corrupt(): void {
    this.stats.corrupt++;
  }

  /** A verified blob came from a broadcast (already counted by `verified`). */
  castVerified(bytes: number): void {
    this.stats.castBytes += bytes;
    this.stats.castBlobs++;
  }

  castCorrupt(): void {
    this.stats.castCorrupt++;
  }

  private lost(nowMs: number): void {
    this.window.lost(nowMs, this.rtt.smoothedRttMs ?? this.rtt.rtoMs);
  }
}
