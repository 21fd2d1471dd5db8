import { MAX_RANGE_BYTES, OtaError, isErrorCode, sha256, toHex, type Logger } from '@otacast/shared';
import { CongestionWindow, type WindowOptions } from './congestion-window.js';
import { DeliveryRate, type DeliveryRateOptions } from './delivery-rate.js';
import { RequestSizer, type RequestSizeOptions } from './request-size.js';
import { RttEstimator, type RttOptions } from './rtt-estimator.js';

export interface BlobRangeSpec {
  digest: Buffer;
  offset: number;
  length: number;
}

/** A decoded Chunk message from `dev/{id}/chunk`. */
export interface ChunkReply {
  digest: Buffer;
  offset: number;
  data: Buffer;
  blobSize: number;
  errorCode: string;
  /** Bytes `data` took on the wire (less when it came compressed). */
  wireBytes?: number;
}

/** What the fetcher needs from the connection: a port, so tests can put a lossy fake behind it. */
export interface ChunkLink {
  /** Publishes one ChunkRequest at QoS 0; false when offline (nothing was sent). */
  sendRequest(releaseId: string, ranges: readonly BlobRangeSpec[]): boolean;
  isConnected(): boolean;
  onChunk(listener: (reply: ChunkReply) => void): () => void;
  onConnect(listener: () => void): () => void;
}

export interface BlobWanted {
  digest: Buffer;
  size: number;
}

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

interface Piece {
  blob: BlobJob;
  offset: number;
  length: number;
  received: number;
  /** `received` once the request in flight is answered: a piece may be asked for in parts. */
  askedUpTo: number;
  sentAtMs: number;
  /** Order of the latest send of the current part, and of its first: the server answers a device's requests in order. */
  sendSeq: number;
  firstSendSeq: number;
  sends: number;
  timeouts: number;
  queued: boolean;
  inFlight: boolean;
}

interface BlobJob {
  want: BlobWanted;
  pieces: Piece[];
  data: Buffer | undefined;
  corrupt: number;
  done: boolean;
}

/**
 * Pulls content-addressed blobs over a ChunkLink with a sliding window of
 * ranges: at most `window` ranges in flight, each re-requested when it has not
 * arrived within an RTO that follows the measured round trip. Every blob is
 * verified against its digest before it is handed on; a corrupt one is fetched
 * again. Memory is bounded by the window, not by the total size.
 * One fetcher serves one release; its RTT and window estimates carry across fetch() calls.
 */
/** The throughput cap never holds the window below this many ranges. */
const MIN_RANGES_IN_FLIGHT = 2;

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

  /** Ranges that may be in flight now: the loss window, capped by the measured bandwidth-delay product. */
  get windowSize(): number {
    const cap = this.rate.rangeCap(MIN_RANGES_IN_FLIGHT);
    return cap === undefined ? this.window.size : Math.min(this.window.size, cap);
  }

  /**
   * Fetches every blob, calling `onBlob` (awaited, one at a time) with each
   * verified blob. A range is in flight until its blob has been handed on.
   */
  fetch(blobs: readonly BlobWanted[], onBlob: (blob: BlobWanted, data: Buffer) => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => new FetchRun(this, this.link, this.options, blobs, onBlob, resolve, reject).start());
  }
}

/** The mutable state of one fetch() call. */
class FetchRun {
  private readonly jobs = new Map<string, BlobJob>();
  private readonly queue: Piece[] = [];
  private readonly inFlight = new Set<Piece>();
  private remaining: number;
  private delivering = 0;
  private deliveries: Promise<void> = Promise.resolve();
  private finished = false;
  private sendSeq = 0;
  /** When data last arrived (or the link came back): the re-request timer runs from here. */
  private lastProgressMs = 0;
  private ticker: NodeJS.Timeout | undefined;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly fetcher: BlobFetcher,
    private readonly link: ChunkLink,
    private readonly options: FetcherOptions,
    blobs: readonly BlobWanted[],
    private readonly onBlob: (blob: BlobWanted, data: Buffer) => Promise<void>,
    private readonly resolve: () => void,
    private readonly reject: (err: unknown) => void,
  ) {
    for (const want of blobs) {
      const key = toHex(want.digest);
      if (this.jobs.has(key)) continue;
      const job: BlobJob = { want, pieces: [], data: undefined, corrupt: 0, done: false };
      // length 0 would mean "to the end": always ask for explicit ranges of at most 1 MiB.
      for (let offset = 0; offset < want.size; offset += MAX_RANGE_BYTES) {
        job.pieces.push({ blob: job, offset, length: Math.min(MAX_RANGE_BYTES, want.size - offset), received: 0, askedUpTo: 0, sentAtMs: 0, sendSeq: 0, firstSendSeq: 0, sends: 0, timeouts: 0, queued: false, inFlight: false });
      }
      this.jobs.set(key, job);
    }
    this.remaining = this.jobs.size;
  }

  start(): void {
    if (this.remaining === 0) return this.finish();
    const signal = this.options.signal;
    if (signal?.aborted) return this.finish(signal.reason);
    if (signal) {
      const onAbort = () => this.finish(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.cleanups.push(() => signal.removeEventListener('abort', onAbort));
    }
    this.cleanups.push(this.link.onChunk((reply) => this.onReply(reply)));
    this.cleanups.push(this.link.onConnect(() => this.onReconnect()));
    if (this.link.isConnected()) this.fetcher.sizer.started(Date.now());
    for (const job of this.jobs.values()) {
      // An empty blob needs no round trip; it is still checked against its digest.
      if (job.pieces.length === 0) this.complete(job);
      for (const piece of job.pieces) this.enqueue(piece, false);
    }
    const tickMs = this.options.tickMs ?? 50;
    this.ticker = setInterval(() => this.onTick(), tickMs);
    this.pump();
  }

  private enqueue(piece: Piece, front: boolean): void {
    piece.inFlight = false;
    this.inFlight.delete(piece);
    if (piece.queued) return;
    piece.queued = true;
    if (front) this.queue.unshift(piece);
    else this.queue.push(piece);
  }

  /** Sends requests while the window has room. */
  private pump(): void {
    if (this.finished || !this.link.isConnected()) return;
    const maxPerRequest = this.options.maxRangesPerRequest ?? 64;
    for (;;) {
      const busy = this.inFlight.size + this.delivering;
      const window = this.fetcher.windowSize;
      const room = window - busy;
      // Batch: wait for a quarter window of room (fewer, fuller requests), unless the pipe is empty.
      if (room <= 0 || this.queue.length === 0 || (busy > 0 && room < Math.min(this.queue.length, window / 4))) return;
      const batch: Piece[] = [];
      while (batch.length < Math.min(room, maxPerRequest) && this.queue.length > 0) {
        const piece = this.queue.shift() as Piece;
        piece.queued = false;
        if (piece.blob.done || piece.received >= piece.length) continue;
        batch.push(piece);
      }
      if (batch.length === 0) continue;
      const rate = this.fetcher.rate.bytesPerSecond;
      const ranges = batch.map((p) => ({ digest: p.blob.want.digest, offset: p.offset + p.received, length: this.fetcher.sizer.lengthFor(p.length, p.received, rate) }));
      if (!this.link.sendRequest(this.options.releaseId, ranges)) {
        for (const piece of batch.reverse()) this.enqueue(piece, true);
        return;
      }
      const now = Date.now();
      this.fetcher.stats.requests++;
      for (const [i, piece] of batch.entries()) {
        piece.askedUpTo = piece.received + (ranges[i]?.length ?? 0);
        if (piece.sends > 0) this.fetcher.stats.retransmits++;
        piece.sends++;
        piece.sentAtMs = now;
        piece.sendSeq = ++this.sendSeq;
        if (piece.sends === 1) piece.firstSendSeq = piece.sendSeq;
        piece.inFlight = true;
        this.inFlight.add(piece);
        this.fetcher.stats.rangesSent++;
      }
    }
  }

  /**
   * The re-request timer, as TCP's: it runs from the last progress (not from
   * each send), so ranges queued behind others on a slow link do not time out
   * while data keeps coming. When nothing arrived for a whole RTO, the oldest
   * range is asked for again; the ones behind it follow once the answer shows
   * they were skipped (onReply), so a stall that clears duplicates one range, not a window.
   */
  private onTick(): void {
    if (this.finished || !this.link.isConnected()) return;
    const now = Date.now();
    let oldest: Piece | undefined;
    for (const piece of this.inFlight) if (oldest === undefined || piece.sendSeq < oldest.sendSeq) oldest = piece;
    if (oldest !== undefined && now - Math.max(this.lastProgressMs, oldest.sentAtMs) >= this.fetcher.rtt.rtoMs) {
      oldest.timeouts++;
      this.fetcher.stats.timeouts++;
      if (oldest.timeouts >= (this.options.maxTimeoutsPerRange ?? 10)) {
        return this.finish(new OtaError('OTA_E_TIMEOUT', `blob ${toHex(oldest.blob.want.digest).slice(0, 16)} did not arrive after ${oldest.timeouts} requests`));
      }
      this.enqueue(oldest, true);
      this.fetcher.window.lost(now, this.fetcher.rtt.smoothedRttMs ?? this.fetcher.rtt.rtoMs);
      this.fetcher.rtt.timedOut();
      this.lastProgressMs = now;
    }
    this.pump();
  }

  /** Whatever was in flight when the link dropped is gone: ask again, without counting it as loss. */
  private onReconnect(): void {
    const now = Date.now();
    this.lastProgressMs = now;
    this.fetcher.rate.restart(now);
    this.fetcher.sizer.connected(now);
    for (const piece of [...this.inFlight].reverse()) this.enqueue(piece, true);
    this.pump();
  }

  private onReply(reply: ChunkReply): void {
    if (this.finished) return;
    const job = this.jobs.get(toHex(reply.digest));
    if (!job || job.done) return;
    if (reply.errorCode !== '') {
      const code = isErrorCode(reply.errorCode) ? reply.errorCode : 'OTA_E_PROTOCOL';
      return this.finish(new OtaError(code, `server cannot serve blob ${toHex(reply.digest).slice(0, 16)}: ${reply.errorCode}`));
    }
    const piece = job.pieces.find((p) => reply.offset >= p.offset && reply.offset < p.offset + p.length);
    // Stale (already held) or nonsense ranges are ignored: the timeout path recovers.
    if (!piece || reply.data.length === 0 || reply.offset !== piece.offset + piece.received || reply.offset + reply.data.length > piece.offset + piece.length) return;
    if (job.pieces.length === 1 && reply.offset === 0 && reply.data.length === job.want.size) {
      job.data = reply.data;
      if (reply.wireBytes !== undefined) this.fetcher.sizer.observedWhole(reply.data.length, reply.wireBytes);
    }
    else reply.data.copy((job.data ??= Buffer.alloc(job.want.size)), reply.offset);
    piece.received += reply.data.length;
    const now = Date.now();
    this.lastProgressMs = now;
    const answered = piece.received >= piece.askedUpTo;
    // Karn's rule: only a range sent once gives an unambiguous round trip.
    const rttMs = answered && piece.sends === 1 ? now - piece.sentAtMs : undefined;
    if (rttMs !== undefined) this.fetcher.rtt.sample(rttMs);
    this.fetcher.rate.delivered(reply.wireBytes ?? reply.data.length, now, rttMs);
    if (!answered) return;
    piece.timeouts = 0;
    piece.inFlight = false;
    this.inFlight.delete(piece);
    this.fetcher.window.delivered();
    this.loseSkipped(piece);
    if (piece.received < piece.length) {
      // The next part is a new request, not a retransmission.
      piece.sends = 0;
      this.enqueue(piece, true);
    } else if (job.pieces.every((p) => p.received >= p.length)) {
      this.complete(job);
    }
    this.pump();
  }

  /**
   * The server answers a device's requests in order (chunk-server.ts): a range
   * requested before this answer and still missing was dropped, so it is asked
   * for again now rather than after a timeout. A range sent more than once
   * cannot tell which request was answered, so only its first send counts.
   */
  private loseSkipped(answered: Piece): void {
    const before = answered.sends === 1 ? answered.sendSeq : answered.firstSendSeq;
    const skipped = [...this.inFlight].filter((p) => p.sendSeq < before).sort((a, b) => b.sendSeq - a.sendSeq);
    for (const piece of skipped) this.enqueue(piece, true);
    if (skipped.length > 0) this.fetcher.window.lost(Date.now(), this.fetcher.rtt.smoothedRttMs ?? this.fetcher.rtt.rtoMs);
  }

  private complete(job: BlobJob): void {
    const data = job.data ?? Buffer.alloc(0);
    job.data = undefined;
    if (data.length !== job.want.size || !sha256(data).equals(job.want.digest)) {
      job.corrupt++;
      this.fetcher.stats.corrupt++;
      const hex = toHex(job.want.digest).slice(0, 16);
      this.options.logger?.warn('blob failed its digest, fetching it again', { blob: hex, attempt: job.corrupt });
      if (job.corrupt >= (this.options.maxCorruptPerBlob ?? 5)) {
        return this.finish(new OtaError('OTA_E_DIGEST', `blob ${hex} failed its sha256 ${job.corrupt} times`));
      }
      for (const piece of job.pieces) {
        piece.received = 0;
        this.enqueue(piece, true);
      }
      return;
    }
    job.done = true;
    this.fetcher.stats.bytes += data.length;
    this.delivering++;
    this.deliveries = this.deliveries
      .then(async () => {
        if (!this.finished) await this.onBlob(job.want, data);
      })
      .then(
        () => {
          this.delivering--;
          if (--this.remaining === 0) this.finish();
          else this.pump();
        },
        (err: unknown) => this.finish(err),
      );
  }

  private finish(err?: unknown): void {
    if (this.finished) return;
    this.finished = true;
    if (this.ticker) clearInterval(this.ticker);
    for (const cleanup of this.cleanups) cleanup();
    // Settle only once no write is in progress, so the caller may close its files.
    void this.deliveries.finally(() => (err === undefined ? this.resolve() : this.reject(err)));
  }
}
