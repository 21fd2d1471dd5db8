import { describe, expect, it } from 'vitest';
import { newBlobJob, type Piece } from '../src/fetch/blob-job.js';
import { BlobFetcher } from '../src/fetch/blob-fetcher.js';
import type { BlobRangeSpec } from '../src/fetch/chunk-link.js';
import { RangeQueue } from '../src/fetch/range-queue.js';
import { FakeLink } from './fake-link.js';

/**
 * What a device sees when the worker holding its requests is killed
 * (test/scale-out.test.ts, docs/scale-out.md "Failover"): everything it had
 * asked that worker is gone, and the worker that replaces it answers only
 * what is asked after the kill. The fetcher must ask again within a few
 * seconds of the replacement being there, with the default timers.
 */
class FailoverLink extends FakeLink {
  /** Ranges answered before the old server dies; from then on requests reach it and are never answered. */
  liveRanges = Number.POSITIVE_INFINITY;
  /** Set once the replacement serves. */
  replaced = false;
  private ranges = 0;

  override sendRequest(releaseId: string, ranges: readonly BlobRangeSpec[]): boolean {
    if (this.connected && !this.replaced && (this.ranges += ranges.length) > this.liveRanges) {
      this.requests.push([...ranges]);
      return true;
    }
    return super.sendRequest(releaseId, ranges);
  }

  get rangesAsked(): number {
    return this.requests.flat().length;
  }
}

const SIXTY_FOUR_KIB = 64 * 1024;
// FAILOVER_DEADLINE_MS=400000 shows how long the code before the fix took (210 s and 113 s).
const DEADLINE_MS = Number(process.env['FAILOVER_DEADLINE_MS'] ?? 8_000);

/** Resolves with the fetch's duration, or aborts it and rejects once `deadlineMs` passed (the old code took minutes). */
async function timed(done: Promise<void>, abort: AbortController, deadlineMs: number): Promise<number> {
  const started = Date.now();
  const timer = setTimeout(() => abort.abort(new Error(`not done after ${deadlineMs} ms`)), deadlineMs);
  try {
    await done;
    return Date.now() - started;
  } finally {
    clearTimeout(timer);
  }
}

describe('a device whose server was replaced mid-download', () => {
  it('is answered within a few seconds when its whole first window died with the old server', async () => {
    // dev-10 of the CI failure: it had asked for its first window, got nothing (bytesDone 0), and
    // every timeout moved one range out of a window still full of the lost ones, so nothing went out.
    const link = new FailoverLink({ latencyMs: 1 });
    const blobs = Array.from({ length: 48 }, () => link.addBlob(SIXTY_FOUR_KIB));
    const abort = new AbortController();
    const fetcher = new BlobFetcher(link, { releaseId: 'r', signal: abort.signal });
    link.liveRanges = 0;
    const done = fetcher.fetch(blobs, async () => undefined);
    await new Promise((r) => setTimeout(r, 50));
    // The replacement can serve from here on.
    link.replaced = true;
    const ms = await timed(done, abort, DEADLINE_MS);
    console.log(`done ${ms} ms after the replacement, ${fetcher.flow.stats.timeouts} timeouts, ${fetcher.flow.stats.retransmits} ranges asked again`);
    // One initial RTO (2 s, no round trip measured yet) and the answers.
    expect(ms).toBeLessThan(4_000);
    expect(fetcher.flow.stats.timeouts).toBeLessThanOrEqual(2);
  });

  it('is answered within a few seconds when every range it still needed died with the old server', async () => {
    // The tail of a download: nothing new is left to ask for, so no fresh request can reveal the loss.
    const link = new FailoverLink({ latencyMs: 1 });
    const blobs = Array.from({ length: 40 }, () => link.addBlob(SIXTY_FOUR_KIB));
    const abort = new AbortController();
    const fetcher = new BlobFetcher(link, { releaseId: 'r', signal: abort.signal });
    // The first 30 are answered (round trips measured), the last 10 go to the server that dies.
    link.liveRanges = 30;
    const done = fetcher.fetch(blobs, async () => undefined);
    while (link.rangesAsked < 40) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    link.replaced = true;
    const ms = await timed(done, abort, DEADLINE_MS);
    console.log(`done ${ms} ms after the replacement, ${fetcher.flow.stats.timeouts} timeouts, ${fetcher.flow.stats.retransmits} ranges asked again`);
    expect(ms).toBeLessThan(3_000);
  });
});

describe('RangeQueue on a timeout', () => {
  const piecesOf = (count: number): Piece[] => Array.from({ length: count }, (_, i) => newBlobJob({ digest: Buffer.alloc(32, i), size: 100 }).pieces[0] as Piece);

  it('asks again for the oldest, lets the rest stop holding the window, and asks again at the next timeout for what is still out', () => {
    const queue = new RangeQueue();
    const [a, b, c, d] = piecesOf(4) as [Piece, Piece, Piece, Piece];
    queue.sent([a, b, c], [100, 100, 100], 0);
    expect(queue.pipe).toBe(3);
    expect(queue.timedOut(a)).toBe(1);
    // b and c are presumed lost: still in flight (an answer counts), no longer in the window.
    expect([queue.inFlight, queue.pipe, queue.waiting]).toEqual([2, 0, 1]);
    expect(queue.take(10)).toEqual([a]);
    queue.sent([a, d], [100, 100], 1);
    queue.answered(c);
    expect([queue.inFlight, queue.pipe]).toEqual([3, 2]);
    // Nothing more came: the oldest (b, presumed lost before) and the rest presumed lost then (none) go again.
    expect(queue.timedOut(b)).toBe(1);
    expect(queue.take(10)).toEqual([b]);
    expect([queue.inFlight, queue.pipe]).toEqual([2, 0]);
    expect(queue.timedOut(a)).toBe(2);
    expect(queue.take(10)).toEqual([a, d]);
  });
});
