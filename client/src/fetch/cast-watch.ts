import type { CastInfoReply } from './chunk-link.js';

/** Cast frames the device may go without hearing before it stops waiting for a cast (info repeats every second). */
export const DEFAULT_CAST_IDLE_MS = 3_000;
/** Blobs a cast may send while none of its chunks reach this device before it stops listening: its link cannot keep up. */
const SILENT_BLOBS = 32;
/** Missed cast blobs, beyond more than it took, after which the device stops listening. */
const MISSED_BLOBS = 8;
/**
 * Least wait for a cast to bring a parked job: the server holds a frame up to
 * 1 s for its slower listeners (broker.ts, CAST_MAX_WAIT_MS), so a shorter
 * wait would give a healthy cast up on a loaded server.
 */
const MIN_CAST_WAIT_MS = 1_000;

/**
 * What a device knows of the cast of the release it fetches (docs/protocol.md,
 * "Broadcast"), shared by the fetch runs of that release: whether one is
 * under way and worth waiting for. A device that keeps missing what the cast
 * sends (a slow or lossy link) gives the cast up for this release and pulls.
 */
export class CastWatch {
  private info: CastInfoReply | undefined;
  private heardMs = 0;
  private sentWhenJoined: number | undefined;
  private taken = 0;
  /** Cast chunks that reached this device, wanted or not (one it already holds is no sign of a bad link). */
  private heardChunks = 0;
  private missed = 0;
  private givenUp = false;

  constructor(
    readonly releaseId: string,
    private readonly idleMs = DEFAULT_CAST_IDLE_MS,
  ) {}

  /** A CastInfo frame arrived; ignored unless it is of our release. */
  heardInfo(info: CastInfoReply, nowMs: number): void {
    if (info.releaseId !== this.releaseId) return;
    this.info = info;
    this.heardMs = nowMs;
    this.sentWhenJoined ??= info.sent;
    if (this.heardChunks === 0 && info.sent - this.sentWhenJoined > SILENT_BLOBS) this.giveUp();
  }

  /** A cast chunk arrived (ours or not): the cast is alive. */
  heardChunk(nowMs: number): void {
    this.heardChunks++;
    if (this.info !== undefined) this.heardMs = nowMs;
  }

  /** Blobs the cast had sent by its latest CastInfo (0 before one arrived). */
  get sent(): number {
    return this.info?.sent ?? 0;
  }

  took(): void {
    this.taken++;
  }

  /** Cast blobs this device wanted went by without reaching it. */
  missedSome(count: number): void {
    this.missed += count;
    if (this.missed >= MISSED_BLOBS && this.missed > this.taken) this.giveUp();
  }

  /** A cast of our release runs and this device still listens to it: wait for its chunks rather than pull them. */
  live(nowMs: number): boolean {
    return !this.givenUp && this.info !== undefined && !this.info.ended && nowMs - this.heardMs < this.idleMs;
  }

  /**
   * How long parked jobs wait for the cast to bring one of them before they
   * are pulled: about what pulling them would take (`parkedBytes` at the
   * rate this device's pulls were measured at), at least MIN_CAST_WAIT_MS,
   * at most the idle bound. A cast that keeps going without reaching this
   * device (it passed the device's chunks, or the broker drops its frames to
   * this slow link) therefore costs at most that, never the whole cast.
   */
  waitBoundMs(parkedBytes: number, pullBytesPerSecond: number | undefined): number {
    const pullMs = pullBytesPerSecond !== undefined && pullBytesPerSecond > 0 ? (parkedBytes * 1000) / pullBytesPerSecond : this.idleMs;
    return Math.min(this.idleMs, Math.max(Math.min(MIN_CAST_WAIT_MS, this.idleMs), pullMs));
  }

  get gaveUp(): boolean {
    return this.givenUp;
  }

  private giveUp(): void {
    this.givenUp = true;
  }
}
