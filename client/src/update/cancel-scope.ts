/** Why a job was aborted by a cancel (a withdrawn assignment), as opposed to the client stopping. */
export class ReleaseCancelled extends Error {
  override readonly name = 'AbortError';

  constructor(readonly releaseId: string) {
    super(`the assignment of release ${releaseId} was withdrawn`);
  }
}

/**
 * The abort signal the update parts obey: the client's (stop) joined with one
 * per release (cancel). Parts read `signal` each time they start work, so a
 * new release gets a fresh one once a cancelled release has been wound down.
 */
export class CancelScope {
  private job = new AbortController();
  private joined: AbortSignal;

  constructor(private readonly stop: AbortSignal) {
    this.joined = AbortSignal.any([stop, this.job.signal]);
  }

  get signal(): AbortSignal {
    return this.joined;
  }

  /** Aborts the work under way with a ReleaseCancelled reason. */
  cancel(releaseId: string): void {
    if (!this.job.signal.aborted) this.job.abort(new ReleaseCancelled(releaseId));
  }

  /** A fresh signal for the next release (after a cancel was handled). */
  reset(): void {
    if (!this.job.signal.aborted) return;
    this.job = new AbortController();
    this.joined = AbortSignal.any([this.stop, this.job.signal]);
  }
}
