import type { Piece } from './blob-job.js';

/**
 * Which pieces wait to be asked for (a line, retries at its front) and which
 * are in flight, numbered in send order: the server answers a device's
 * requests in order, so the numbering tells which ranges an answer skipped.
 */
export class RangeQueue {
  private readonly line: Piece[] = [];
  private readonly flying = new Set<Piece>();
  /** In flight when a timeout fired: presumed lost (see timedOut). */
  private lost = new Set<Piece>();
  private sendSeq = 0;

  get inFlight(): number {
    return this.flying.size;
  }

  /** In flight and not presumed lost: what holds the window (RFC 6675's "pipe"). */
  get pipe(): number {
    return this.flying.size - this.lost.size;
  }

  get waiting(): number {
    return this.line.length;
  }

  /** Puts a piece (back) in line; `front` for one that is overdue or continues. */
  enqueue(piece: Piece, front: boolean): void {
    piece.inFlight = false;
    this.flying.delete(piece);
    this.lost.delete(piece);
    if (piece.queued) return;
    piece.queued = true;
    if (front) this.line.unshift(piece);
    else this.line.push(piece);
  }

  /** Up to `max` pieces from the front of the line that are still wanted. */
  take(max: number): Piece[] {
    const batch: Piece[] = [];
    while (batch.length < max && this.line.length > 0) {
      const piece = this.line.shift() as Piece;
      piece.queued = false;
      if (!piece.blob.done && piece.received < piece.length) batch.push(piece);
    }
    return batch;
  }

  /** Puts a batch that could not be sent back at the front, in its order. */
  giveBack(batch: readonly Piece[]): void {
    for (const piece of [...batch].reverse()) this.enqueue(piece, true);
  }

  /** The batch went out asking for `lengths[i]` bytes of each piece; returns how many were retransmissions. */
  sent(batch: readonly Piece[], lengths: readonly number[], nowMs: number): number {
    let retransmits = 0;
    batch.forEach((piece, i) => {
      piece.askedUpTo = piece.received + (lengths[i] ?? 0);
      if (piece.sends > 0) retransmits++;
      piece.sends++;
      piece.sentAtMs = nowMs;
      piece.sendSeq = ++this.sendSeq;
      if (piece.sends === 1) piece.firstSendSeq = piece.sendSeq;
      piece.inFlight = true;
      this.flying.add(piece);
    });
    return retransmits;
  }

  /** The request for this piece has been answered in full. */
  answered(piece: Piece): void {
    piece.inFlight = false;
    this.flying.delete(piece);
    this.lost.delete(piece);
  }

  /**
   * Nothing arrived for a whole RTO. The oldest piece is asked for again, and
   * so is every piece already presumed lost at an earlier timeout (the link
   * had a whole timer since to answer it); the rest in flight is presumed
   * lost now: it stops holding the window, so new requests can go out and
   * their answers show what was skipped (a server that died with the window,
   * docs/scale-out.md), while an answer to it still counts if it comes.
   * Returns the pieces requeued.
   */
  timedOut(oldest: Piece): number {
    const again = [...new Set([...this.lost, oldest])].sort((a, b) => b.sendSeq - a.sendSeq);
    for (const piece of again) this.enqueue(piece, true);
    this.lost = new Set(this.flying);
    return again.length;
  }

  /** The piece in flight the longest. */
  oldest(): Piece | undefined {
    let oldest: Piece | undefined;
    for (const piece of this.flying) if (oldest === undefined || piece.sendSeq < oldest.sendSeq) oldest = piece;
    return oldest;
  }

  /**
   * Requeues (at the front, in send order) every piece in flight that was
   * sent before `answered`: the in-order server skipped it. A range sent more
   * than once cannot tell which request was answered, so only its first send
   * counts. Returns how many were requeued.
   */
  requeueSkippedBy(answered: Piece): number {
    const before = answered.sends === 1 ? answered.sendSeq : answered.firstSendSeq;
    const skipped = [...this.flying].filter((p) => p.sendSeq < before).sort((a, b) => b.sendSeq - a.sendSeq);
    for (const piece of skipped) this.enqueue(piece, true);
    return skipped.length;
  }

  /** The link dropped: whatever was in flight is asked for again first, in its order. */
  requeueAllInFlight(): void {
    for (const piece of [...this.flying].reverse()) this.enqueue(piece, true);
  }
}
