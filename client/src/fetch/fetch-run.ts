import { MAX_RANGES_PER_REQUEST, OtaError, isErrorCode, sha256, toHex } from '@otacast/shared';
import { allReceived, newBlobJob, pieceFor, storeReply, takeVerified, type BlobJob, type Piece } from './blob-job.js';
import type { CastWatch } from './cast-watch.js';
import type { BlobWanted, CastInfoReply, ChunkLink, ChunkReply } from './chunk-link.js';
import type { BlobSink, FetchRunOptions } from './fetch-options.js';
import type { FlowControl } from './flow-control.js';
import { ParkedJobs } from './parked-jobs.js';
import { RangeQueue } from './range-queue.js';

/** Verified cast blobs waiting for the sink beyond which more cast chunks are left to the pulls (memory stays bounded). */
const MAX_CAST_BACKLOG = 64;

/**
 * One fetch() call: keeps the window of ranges in flight, times them out,
 * verifies each assembled blob and hands it to the sink (awaited, one at a
 * time). A range is in flight until its blob has been handed on, so a slow
 * sink slows the requests instead of piling blobs up in memory.
 * Wants are pulled from the iterator only as the window needs them, and a
 * job is dropped once verified: memory follows the window, not the count of
 * blobs (a 1 GiB component has ~16k chunks). Pass each digest once.
 *
 * With a cast watch, while a broadcast of the release runs (docs/protocol.md,
 * "Broadcast") every want is pulled from the iterator at once and parked
 * instead of asked for; cast chunks complete parked jobs (verified as any
 * other), a cast chunk for a later job releases the earlier ones still
 * parked to be pulled (the cast went past them), and when the cast ends or
 * falls silent the rest are pulled.
 */
export class FetchRun<W extends BlobWanted> {
  /** Jobs pulled and not yet verified, by hex digest (a window's worth). */
  private readonly jobs = new Map<string, BlobJob<W>>();
  private readonly ranges = new RangeQueue();
  private readonly source: Iterator<W>;
  private sourceDone = false;
  /** Jobs pulled and not yet handed to the sink. */
  private active = 0;
  private delivering = 0;
  private deliveries: Promise<void> = Promise.resolve();
  private finished = false;
  /** When data last arrived (or the link came back): the re-request timer runs from here. */
  private lastProgressMs = 0;
  private ticker: NodeJS.Timeout | undefined;
  private readonly cleanups: (() => void)[] = [];
  private readonly parked = new ParkedJobs<BlobJob<W>>();
  private wants = 0;
  /** Stops listening to casts (undefined once done, or without a cast watch). */
  private leaveCast: (() => void) | undefined;

  constructor(
    private readonly flow: FlowControl,
    private readonly link: ChunkLink,
    private readonly options: FetchRunOptions,
    blobs: Iterable<W>,
    private readonly sink: BlobSink<W>,
    private readonly settle: (err?: unknown) => void,
    private readonly cast?: CastWatch,
  ) {
    this.source = blobs[Symbol.iterator]();
  }

  start(): void {
    this.refill();
    if (this.active === 0 && this.sourceDone) return this.finish();
    const signal = this.options.signal;
    if (signal?.aborted) return this.finish(signal.reason);
    if (signal) {
      const onAbort = () => this.finish(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.cleanups.push(() => signal.removeEventListener('abort', onAbort));
    }
    this.cleanups.push(this.link.onChunk((reply) => this.onReply(reply)));
    this.cleanups.push(this.link.onConnect(() => this.onReconnect()));
    if (this.cast !== undefined && !this.cast.gaveUp && this.link.joinCast && this.link.onCastInfo) {
      this.cleanups.push(this.link.onCastInfo((info) => this.onCastInfo(info)));
      this.leaveCast = this.link.joinCast();
      this.cleanups.push(() => this.stopListening());
    }
    if (this.link.isConnected()) this.flow.linkUp(Date.now());
    this.ticker = setInterval(() => this.onTick(), this.options.tickMs ?? 50);
    this.pump();
  }

  /** Pulls wants until a window's worth of ranges waits: jobs exist only for what is about to go out. */
  private refill(): void {
    const listening = this.listening();
    while (!this.sourceDone && (listening || this.ranges.waiting < this.flow.windowSize)) {
      const next = this.source.next();
      if (next.done === true) {
        this.sourceDone = true;
        return;
      }
      const key = toHex(next.value.digest);
      if (this.jobs.has(key)) continue;
      const job = newBlobJob(next.value);
      job.order = this.wants++;
      this.jobs.set(key, job);
      this.active++;
      // An empty blob needs no round trip; it is still checked against its digest.
      if (job.pieces.length === 0) this.complete(job);
      else if (listening) this.parked.park([job], Date.now());
      else for (const piece of job.pieces) this.ranges.enqueue(piece, false);
    }
  }

  /** Sends requests while the window has room. */
  private pump(): void {
    if (this.finished) return;
    this.refill();
    if (this.active === 0 && this.sourceDone) return this.finish();
    if (!this.link.isConnected()) return;
    const maxPerRequest = this.options.maxRangesPerRequest ?? MAX_RANGES_PER_REQUEST;
    for (;;) {
      this.refill();
      const busy = this.ranges.pipe + this.delivering;
      const window = this.flow.windowSize;
      const room = window - busy;
      const waiting = this.ranges.waiting;
      // Batch: wait for a quarter window of room (fewer, fuller requests), unless the pipe is empty.
      if (room <= 0 || waiting === 0 || (busy > 0 && room < Math.min(waiting, window / 4))) return;
      const batch = this.ranges.take(Math.min(room, maxPerRequest));
      if (batch.length === 0) continue;
      const lengths = batch.map((p) => this.flow.requestLength(p.length, p.received));
      const ranges = batch.map((p, i) => ({ digest: p.blob.want.digest, offset: p.offset + p.received, length: lengths[i] ?? 0 }));
      if (!this.link.sendRequest(this.options.releaseId, ranges)) return this.ranges.giveBack(batch);
      this.flow.requestSent(batch.length, this.ranges.sent(batch, lengths, Date.now()));
    }
  }

  /**
   * The re-request timer, as TCP's: it runs from the last progress (not from
   * each send), so ranges queued behind others on a slow link do not time out
   * while data keeps coming. When nothing arrived for a whole RTO, the oldest
   * range is asked for again and the rest in flight stops holding the window
   * (RangeQueue.timedOut): fresh requests go out, and their answers show
   * which were skipped (onReply), so a stall that clears duplicates one range,
   * not a window, while a server that died with the window (a killed worker)
   * costs one RTO. What is still unanswered at the next timeout is asked again.
   */
  private onTick(): void {
    if (this.finished) return;
    const now = Date.now();
    if (this.parked.size > 0 && (!this.listening() || this.castOverdue(now))) this.castOver();
    if (!this.link.isConnected()) return;
    const oldest = this.ranges.oldest();
    if (oldest !== undefined && now - Math.max(this.lastProgressMs, oldest.sentAtMs) >= this.flow.rtoMs) {
      oldest.timeouts++;
      if (oldest.timeouts >= (this.options.maxTimeoutsPerRange ?? 10)) {
        return this.finish(new OtaError('OTA_E_TIMEOUT', `blob ${toHex(oldest.blob.want.digest).slice(0, 16)} did not arrive after ${oldest.timeouts} requests`));
      }
      this.ranges.timedOut(oldest);
      this.flow.timedOut(now);
      this.lastProgressMs = now;
    }
    this.pump();
  }

  /** Whatever was in flight when the link dropped is gone: ask again, without counting it as loss. */
  private onReconnect(): void {
    const now = Date.now();
    this.lastProgressMs = now;
    this.flow.reconnected(now);
    this.ranges.requeueAllInFlight();
    this.pump();
  }

  private onReply(reply: ChunkReply): void {
    if (this.finished) return;
    if (reply.cast === true) return this.onCastChunk(reply);
    const job = this.jobs.get(toHex(reply.digest));
    if (!job || job.done) return;
    if (reply.errorCode !== '') {
      const code = isErrorCode(reply.errorCode) ? reply.errorCode : 'OTA_E_PROTOCOL';
      return this.finish(new OtaError(code, `server cannot serve blob ${toHex(reply.digest).slice(0, 16)}: ${reply.errorCode}`));
    }
    const piece = pieceFor(job, reply);
    if (!piece) return;
    if (storeReply(job, piece, reply) && reply.wireBytes !== undefined) this.flow.wholeBlobReplied(reply.data.length, reply.wireBytes);
    const now = Date.now();
    this.lastProgressMs = now;
    const answered = piece.received >= piece.askedUpTo;
    // Karn's rule: only a range sent once gives an unambiguous round trip.
    const rttMs = answered && piece.sends === 1 ? now - piece.sentAtMs : undefined;
    this.flow.replied(reply.wireBytes ?? reply.data.length, now, rttMs);
    if (!answered) return;
    this.onAnswered(job, piece);
    this.pump();
  }

  private onAnswered(job: BlobJob<W>, piece: Piece): void {
    piece.timeouts = 0;
    this.ranges.answered(piece);
    this.flow.answered(this.ranges.requeueSkippedBy(piece), Date.now());
    if (piece.received < piece.length) {
      // The next part is a new request, not a retransmission.
      piece.sends = 0;
      this.ranges.enqueue(piece, true);
    } else if (allReceived(job)) {
      this.complete(job);
    }
  }

  private complete(job: BlobJob<W>): void {
    const data = takeVerified(job);
    if (data === undefined) return this.refetchCorrupt(job);
    this.deliver(job, data);
  }

  /** Hands a verified blob to the sink, in turn. */
  private deliver(job: BlobJob<W>, data: Buffer, fromCast = false): void {
    job.done = true;
    this.jobs.delete(toHex(job.want.digest));
    this.flow.verified(data.length);
    if (fromCast) this.flow.castVerified(data.length);
    this.delivering++;
    this.deliveries = this.deliveries
      .then(async () => {
        if (!this.finished) await this.sink(job.want, data);
      })
      .then(
        () => {
          this.delivering--;
          this.active--;
          this.pump();
        },
        (err: unknown) => this.finish(err),
      );
  }

  private refetchCorrupt(job: BlobJob<W>): void {
    job.corrupt++;
    this.flow.corrupt();
    const hex = toHex(job.want.digest).slice(0, 16);
    this.options.logger?.warn('blob failed its digest, fetching it again', { blob: hex, attempt: job.corrupt });
    if (job.corrupt >= (this.options.maxCorruptPerBlob ?? 5)) {
      return this.finish(new OtaError('OTA_E_DIGEST', `blob ${hex} failed its sha256 ${job.corrupt} times`));
    }
    for (const piece of job.pieces) this.ranges.enqueue(piece, true);
  }

  private listening(): boolean {
    return this.leaveCast !== undefined && this.cast?.live(Date.now()) === true;
  }

  private onCastInfo(info: CastInfoReply): void {
    if (this.finished || this.cast === undefined) return;
    const was = this.listening();
    this.cast.heardInfo(info, Date.now());
    if (this.cast.gaveUp) return this.castOver();
    if (was || !this.listening()) return;
    // A cast began: what waits to be asked for waits for the cast instead (in want order).
    const waiting = this.ranges.take(Number.MAX_SAFE_INTEGER);
    const parkable = (p: Piece): boolean => p.blob.pieces.length === 1 && p.received === 0 && p.sends === 0;
    this.ranges.giveBack(waiting.filter((p) => !parkable(p)));
    this.parked.park(waiting.filter(parkable).map((p) => p.blob as BlobJob<W>).sort((a, b) => a.order - b.order), Date.now());
    this.options.logger?.info('listening to a cast of the release', { releaseId: info.releaseId, castBlobs: info.blobCount, castSent: info.sent, parked: this.parked.size });
    this.pump();
  }

  /**
   * A whole blob from the cast: taken when it is one this run wants and has
   * not begun to receive, verified like a pulled one. A chunk that fails its
   * digest (the cast topic is not the device's own) is pulled instead; it
   * does not count against the blob's corrupt limit.
   */
  private onCastChunk(reply: ChunkReply): void {
    const cast = this.cast;
    if (cast === undefined || this.leaveCast === undefined) return;
    cast.heardChunk(Date.now());
    const job = this.jobs.get(toHex(reply.digest));
    if (!job || job.done) {
      // A blob this run does not need: the cast may still be on its way to the parked ones.
      this.parked.castApproaching(cast.sent, Date.now());
      return;
    }
    if (reply.errorCode !== '' || reply.offset !== 0 || reply.data.length !== job.want.size) return;
    if (job.pieces.some((p) => p.received > 0) || this.delivering >= MAX_CAST_BACKLOG) return;
    const missed = this.release(this.parked.releaseBefore(job.order));
    if (missed > 0) cast.missedSome(missed);
    if (!sha256(reply.data).equals(job.want.digest)) {
      this.flow.castCorrupt();
      this.options.logger?.warn('a cast chunk failed its digest, pulling it', { code: 'OTA_E_DIGEST', blob: toHex(job.want.digest).slice(0, 16) });
      if (job.parked) this.parked.unpark(job);
      this.release([job]);
    } else {
      cast.took();
      this.parked.unpark(job, Date.now());
      for (const piece of job.pieces) {
        piece.received = piece.length;
        this.ranges.answered(piece);
      }
      this.lastProgressMs = Date.now();
      this.deliver(job, reply.data, true);
    }
    if (cast.gaveUp) this.castOver();
    this.pump();
  }

  /** The cast has brought none of the parked jobs for about as long as pulling them would take (cast-watch.ts). */
  private castOverdue(nowMs: number): boolean {
    return this.cast !== undefined && this.parked.overdue(nowMs, this.cast.waitBoundMs(this.parked.bytes, this.flow.rate.bytesPerSecond));
  }

  /** Puts released jobs in line to be pulled; returns how many. */
  private release(jobs: readonly BlobJob<W>[]): number {
    for (const job of jobs) for (const piece of job.pieces) this.ranges.enqueue(piece, false);
    return jobs.length;
  }

  /** The cast ended, fell silent, or this device gave it up: pull what it did not bring. */
  private castOver(): void {
    const released = this.release(this.parked.releaseAll());
    if (this.cast?.gaveUp === true) {
      this.stopListening();
      this.options.logger?.info('ignoring the cast of the release: this link misses too much of it, pulling instead', { releaseId: this.cast.releaseId });
    }
    if (released > 0) this.options.logger?.info('pulling what the cast did not bring', { blobs: released });
    this.pump();
  }

  private stopListening(): void {
    const leave = this.leaveCast;
    this.leaveCast = undefined;
    leave?.();
  }

  private finish(err?: unknown): void {
    if (this.finished) return;
    this.finished = true;
    if (this.ticker) clearInterval(this.ticker);
    for (const cleanup of this.cleanups) cleanup();
    // Settle only once no write is in progress, so the caller may close its files.
    void this.deliveries.finally(() => this.settle(err));
  }
}
