export interface RequestSizeOptions {
  /** Smallest range asked for (default 4 KiB). */
  minBytes?: number;
  /** Largest range asked for (default and at most 1 MiB, the protocol's range limit). */
  maxBytes?: number;
  /** Bytes each range costs beyond its data: Chunk fields, MQTT header, its share of the request (default 120). */
  overheadBytes?: number;
}

/**
 * How many bytes to ask for in one range. A Chunk message cut by a dropped
 * link is lost whole (MQTT cannot resume half a PUBLISH), so on a link that
 * drops every L seconds at R bytes/s a range of S bytes wastes about S/2 per
 * drop, a fraction S/(2·R·L) of the traffic, while each range costs about
 * `overheadBytes` of headers and request. The sum is least at
 * S = sqrt(2·overhead·R·L). A link that has not dropped yet gets whole chunks
 * (up to `maxBytes`): no overhead where nothing is lost.
 */
export class RequestSizer {
  private readonly minBytes: number;
  private readonly maxBytes: number;
  private readonly overheadBytes: number;
  private connectedAtMs: number | undefined;
  /** Smoothed time between two connects, once the link has dropped at least once. */
  private lifetimeMs: number | undefined;
  /** Wire bytes per decoded byte of whole blobs (the server compresses only whole ones). */
  private wireRatio: number | undefined;

  constructor(maxBytes: number, options: RequestSizeOptions = {}) {
    this.maxBytes = Math.min(maxBytes, options.maxBytes ?? maxBytes);
    this.minBytes = Math.min(this.maxBytes, options.minBytes ?? 4096);
    this.overheadBytes = options.overheadBytes ?? 120;
  }

  /** The link was up when fetching started: starts the clock, unless it runs already. */
  started(nowMs: number): void {
    this.connectedAtMs ??= nowMs;
  }

  /** The link is up again at `nowMs` (the first call only starts the clock). */
  connected(nowMs: number): void {
    if (this.connectedAtMs !== undefined) {
      const lived = Math.max(1, nowMs - this.connectedAtMs);
      this.lifetimeMs = this.lifetimeMs === undefined ? lived : 0.75 * this.lifetimeMs + 0.25 * lived;
    }
    this.connectedAtMs = nowMs;
  }

  get linkLifetimeMs(): number | undefined {
    return this.lifetimeMs;
  }

  /** A whole blob of `bytes` arrived as `wireBytes`. */
  observedWhole(bytes: number, wireBytes: number): void {
    if (bytes <= 0) return;
    const ratio = Math.min(1, wireBytes / bytes);
    this.wireRatio = this.wireRatio === undefined ? ratio : 0.875 * this.wireRatio + 0.125 * ratio;
  }

  /**
   * The length to ask for at `received` of a piece of `length`. The server
   * sends a whole blob as stored, compressed when that saved bytes, but a part
   * of one raw: a blob whose expected compressed size fits a range is asked
   * for whole.
   */
  lengthFor(length: number, received: number, bytesPerSecond: number | undefined): number {
    const size = this.bytes(bytesPerSecond);
    const remaining = length - received;
    if (received === 0 && remaining * (this.wireRatio ?? 1) <= size) return remaining;
    return Math.min(size, remaining);
  }

  /** Bytes per range for a link delivering `bytesPerSecond` (undefined: not measured yet). */
  bytes(bytesPerSecond: number | undefined): number {
    if (this.lifetimeMs === undefined || bytesPerSecond === undefined) return this.maxBytes;
    const best = Math.sqrt((2 * this.overheadBytes * bytesPerSecond * this.lifetimeMs) / 1000);
    return Math.round(Math.min(this.maxBytes, Math.max(this.minBytes, best)));
  }
}
