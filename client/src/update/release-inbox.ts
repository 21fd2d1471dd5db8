/**
 * Announced manifests waiting to be applied: the latest wins. A persistent
 * session may hand over several queued announcements right after a connect
 * (then the retained one): acting only once announcements have been quiet for
 * `settleMs` means the device applies where the channel is now, not every
 * step it missed.
 */
export class ReleaseInbox {
  private latest: Buffer | undefined;
  private lastOfferMs = 0;
  private wake: (() => void) | undefined;

  constructor(private readonly settleMs: number) {}

  get pending(): boolean {
    return this.latest !== undefined;
  }

  offer(payload: Buffer): void {
    this.latest = payload;
    this.lastOfferMs = Date.now();
    this.wake?.();
  }

  /**
   * The latest announcement once it has settled; undefined after `timeoutMs`
   * without one; rejects when `signal` aborts.
   */
  async next(signal: AbortSignal, timeoutMs = Number.POSITIVE_INFINITY): Promise<Buffer | undefined> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      signal.throwIfAborted();
      const quietFor = Date.now() - this.lastOfferMs;
      if (this.latest !== undefined && quietFor >= this.settleMs) {
        const payload = this.latest;
        this.latest = undefined;
        return payload;
      }
      const left = deadline - Date.now();
      if (left <= 0) return undefined;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          clearTimeout(expiry);
          signal.removeEventListener('abort', done);
          this.wake = undefined;
          resolve();
        };
        const timer = this.latest !== undefined ? setTimeout(done, this.settleMs - quietFor) : undefined;
        // Our own timer: AbortSignal.timeout did not fire reliably here (Node 20, unreferenced signals).
        const expiry = Number.isFinite(left) ? setTimeout(done, left) : undefined;
        signal.addEventListener('abort', done, { once: true });
        this.wake = done;
      });
    }
  }
}
