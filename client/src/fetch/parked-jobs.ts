import type { BlobJob } from './blob-job.js';

/**
 * Jobs waiting for a cast to bring them, in the order the cast sends blobs
 * (their want order). A cast chunk for a later job means the earlier ones
 * went by without reaching this device: they are released to be pulled.
 */
export class ParkedJobs<J extends BlobJob> {
  private jobs: J[] = [];
  private head = 0;

  get size(): number {
    return this.jobs.length - this.head;
  }

  /** Parks jobs not yet asked for; they must come in want order after those already parked. */
  park(jobs: readonly J[]): void {
    for (const job of jobs) {
      if (job.parked || job.done) continue;
      job.parked = true;
      this.jobs.push(job);
    }
  }

  /** Takes a job the cast brought out of the line (it stays in the array, skipped later). */
  unpark(job: J): void {
    job.parked = false;
  }

  /** Releases every parked job that comes before `order`; returns them. */
  releaseBefore(order: number): J[] {
    const released: J[] = [];
    for (let job = this.jobs[this.head]; job !== undefined && job.order < order; job = this.jobs[++this.head]) {
      if (!job.parked || job.done) continue;
      job.parked = false;
      released.push(job);
    }
    this.compact();
    return released;
  }

  releaseAll(): J[] {
    return this.releaseBefore(Number.POSITIVE_INFINITY);
  }

  /** Drops the released prefix now and then, so the array does not keep every job of a long fetch. */
  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.jobs.length) {
      this.jobs = this.jobs.slice(this.head);
      this.head = 0;
    }
  }
}
