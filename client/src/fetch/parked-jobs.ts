import type { BlobJob } from './blob-job.js';

/**
 * Jobs waiting for a cast to bring them, in the order the cast sends blobs
 * (their want order). A cast chunk for a later job means the earlier ones
 * went by without reaching this device: they are released to be pulled.
 * It also keeps the time since the cast last brought one of them: a cast
 * that goes on without bringing anything (it passed all of them, or its
 * frames to this device are dropped) is not waited for past a bound
 * (`overdue`, fetch-run.ts).
 */
export class ParkedJobs<J extends BlobJob> {
  private jobs: J[] = [];
  private head = 0;
  /** Jobs still parked (not brought, not released) and their bytes. */
  private count = 0;
  private bytesParked = 0;
  /** When the cast last brought a parked job, or the first of those parked now began waiting. */
  private sinceMs = 0;

  get size(): number {
    return this.jobs.length - this.head;
  }

  /** Bytes of the jobs still parked: what pulls would have to fetch instead. */
  get bytes(): number {
    return this.bytesParked;
  }

  /** Parks jobs not yet asked for; they must come in want order after those already parked. */
  park(jobs: readonly J[], nowMs: number): void {
    for (const job of jobs) {
      if (job.parked || job.done) continue;
      if (this.count === 0) this.sinceMs = nowMs;
      job.parked = true;
      this.count++;
      this.bytesParked += job.want.size;
      this.jobs.push(job);
    }
  }

  /** Takes a job out of the line (it stays in the array, skipped later); `broughtAtMs` when the cast brought it. */
  unpark(job: J, broughtAtMs?: number): void {
    if (!job.parked) return;
    this.leave(job);
    if (broughtAtMs !== undefined) this.sinceMs = broughtAtMs;
  }

  /**
   * The cast sent a blob this run does not need, `castSent` blobs into the
   * release. Wants are a subsequence of the cast's blobs, so the first parked
   * job sits at cast index ≥ its order: while `castSent` has not passed that
   * order the cast is still on its way to it, and the wait restarts. (Past
   * it, a blob not ours cannot tell "coming" from "gone by": the bound runs.)
   */
  castApproaching(castSent: number, nowMs: number): void {
    const head = this.firstParked();
    if (head !== undefined && castSent <= head.order) this.sinceMs = nowMs;
  }

  private firstParked(): J | undefined {
    for (let i = this.head; i < this.jobs.length; i++) {
      const job = this.jobs[i] as J;
      if (job.parked && !job.done) return job;
    }
    return undefined;
  }

  /** True when jobs are parked and the cast has brought none of them for `boundMs`. */
  overdue(nowMs: number, boundMs: number): boolean {
    return this.count > 0 && nowMs - this.sinceMs >= boundMs;
  }

  /** Releases every parked job that comes before `order`; returns them. */
  releaseBefore(order: number): J[] {
    const released: J[] = [];
    for (let job = this.jobs[this.head]; job !== undefined && job.order < order; job = this.jobs[++this.head]) {
      if (!job.parked || job.done) continue;
      this.leave(job);
      released.push(job);
    }
    this.compact();
    return released;
  }

  releaseAll(): J[] {
    return this.releaseBefore(Number.POSITIVE_INFINITY);
  }

  private leave(job: J): void {
    job.parked = false;
    this.count--;
    this.bytesParked -= job.want.size;
  }

  /** Drops the released prefix now and then, so the array does not keep every job of a long fetch. */
  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.jobs.length) {
      this.jobs = this.jobs.slice(this.head);
      this.head = 0;
    }
  }
}
