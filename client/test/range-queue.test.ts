import { describe, expect, it } from 'vitest';
import { newBlobJob, type Piece } from '../src/fetch/blob-job.js';
import { RangeQueue } from '../src/fetch/range-queue.js';

const piecesOf = (count: number): Piece[] => Array.from({ length: count }, (_, i) => newBlobJob({ digest: Buffer.alloc(32, i), size: 100 }).pieces[0] as Piece);

describe('RangeQueue', () => {
  it('hands out pieces in line order, retries first, and skips pieces no longer wanted', () => {
    const queue = new RangeQueue();
    const [a, b, c] = piecesOf(3) as [Piece, Piece, Piece];
    for (const p of [a, b, c]) queue.enqueue(p, false);
    b.received = b.length;
    expect(queue.take(1)).toEqual([a]);
    queue.enqueue(a, true);
    expect(queue.take(10)).toEqual([a, c]);
    expect(queue.waiting).toBe(0);
  });

  it('requeues, oldest first, the pieces an in-order answer skipped; a resent piece counts from its first send', () => {
    const queue = new RangeQueue();
    const [a, b, c, d] = piecesOf(4) as [Piece, Piece, Piece, Piece];
    expect(queue.sent([a, b, c], [100, 100, 100], 0)).toBe(0);
    queue.answered(c);
    expect(queue.requeueSkippedBy(c)).toBe(2);
    expect(queue.inFlight).toBe(0);
    expect(queue.take(10)).toEqual([a, b]);

    // a is sent again after d: its answer cannot tell which send it answers, so d (sent after a's first send) stays.
    queue.sent([d], [100], 1);
    expect(queue.sent([a], [100], 2)).toBe(1);
    queue.answered(a);
    expect(queue.requeueSkippedBy(a)).toBe(0);
    expect(queue.oldest()).toBe(d);
  });
});
