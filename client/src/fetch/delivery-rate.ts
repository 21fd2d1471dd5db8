export interface DeliveryRateOptions {
  /** Length of one rate sample (default 250 ms). */
  intervalMs?: number;
  /** Samples the maximum is taken over (default 8: 2 s). */
  samples?: number;
  /** How long a minimum round trip stays valid (default 10 s). */
  minRttWindowMs?: number;
  /** In-flight data as a multiple of the bandwidth-delay product (default 2). */
  gain?: number;
  /**
   * Round trips shorter than this are taken as this (default 30 ms): samples
   * are whole ms, and the least one (a range that found both ends idle) hides
   * the server's disk reads and the agent's hashing and writing under load.
   * On loopback 10 ms held the window near 16 ranges; 30 ms lets it reach
   * its maximum. On a 2 MiB/s link it means ~120 KiB in flight (60 ms of data).
   */
  rttFloorMs?: number;
}

/**
 * The throughput side of flow control (BBR-like): the delivery rate and the
 * least round trip seen recently give the link's bandwidth-delay product;
 * keeping about twice that in flight fills the link without building a long
 * queue in front of it. A short queue matters on slow radios: the broker
 * answers keepalive pings and status acks behind whatever chunk data we asked
 * for, and whatever is queued when the link drops is wasted. On a fast local
 * link the measured round trip is about a timer tick, which would starve the
 * link: a floor on the round trip keeps enough in flight there (a few ms of
 * data, nothing on a slow link).
 */
export class DeliveryRate {
  private readonly intervalMs: number;
  private readonly maxSamples: number;
  private readonly minRttWindowMs: number;
  private readonly gain: number;
  private readonly rttFloorMs: number;
  /** Bytes per ms of each finished interval, newest last. */
  private readonly rates: number[] = [];
  private intervalStart: number | undefined;
  private intervalBytes = 0;
  private minRtt: { ms: number; atMs: number } | undefined;
  private avgRangeBytes: number | undefined;

  constructor(options: DeliveryRateOptions = {}) {
    this.intervalMs = options.intervalMs ?? 250;
    this.maxSamples = options.samples ?? 8;
    this.minRttWindowMs = options.minRttWindowMs ?? 10_000;
    this.gain = options.gain ?? 2;
    this.rttFloorMs = options.rttFloorMs ?? 30;
  }

  /** A range of `bytes` completed at `nowMs`; `rttMs` when its round trip is unambiguous (Karn). */
  delivered(bytes: number, nowMs: number, rttMs?: number): void {
    this.roll(nowMs);
    this.intervalBytes += bytes;
    this.avgRangeBytes = this.avgRangeBytes === undefined ? bytes : 0.875 * this.avgRangeBytes + 0.125 * bytes;
    if (rttMs !== undefined && (this.minRtt === undefined || rttMs <= this.minRtt.ms || nowMs - this.minRtt.atMs > this.minRttWindowMs)) {
      this.minRtt = { ms: Math.max(1, rttMs), atMs: nowMs };
    }
  }

  /** The link was down: start a fresh interval, so the gap does not count as a slow one. */
  restart(nowMs: number): void {
    this.intervalStart = nowMs;
    this.intervalBytes = 0;
  }

  /** Bytes per second (the best recent interval), undefined before the first interval ends. */
  get bytesPerSecond(): number | undefined {
    return this.rates.length === 0 ? undefined : Math.max(...this.rates) * 1000;
  }

  get minRttMs(): number | undefined {
    return this.minRtt?.ms;
  }

  /**
   * Ranges worth keeping in flight: gain × bandwidth-delay product in ranges,
   * plus two so one being delivered never starves the link; never below `floor`.
   * Undefined until there is a measurement (the loss window alone rules then).
   */
  /** Average bytes a delivered range took on the wire, once one has been delivered. */
  get averageRangeBytes(): number | undefined {
    return this.avgRangeBytes;
  }

  rangeCap(floor: number): number | undefined {
    const rate = this.bytesPerSecond;
    const rtt = this.minRtt?.ms;
    if (rate === undefined || rtt === undefined || this.avgRangeBytes === undefined || this.avgRangeBytes <= 0) return undefined;
    const bdpRanges = (rate * Math.max(rtt, this.rttFloorMs)) / 1000 / this.avgRangeBytes;
    return Math.max(floor, Math.ceil(this.gain * bdpRanges) + 2);
  }

  private roll(nowMs: number): void {
    if (this.intervalStart === undefined) {
      this.intervalStart = nowMs;
      return;
    }
    const elapsed = nowMs - this.intervalStart;
    if (elapsed < this.intervalMs) return;
    this.rates.push(this.intervalBytes / elapsed);
    if (this.rates.length > this.maxSamples) this.rates.shift();
    this.intervalStart = nowMs;
    this.intervalBytes = 0;
  }
}
