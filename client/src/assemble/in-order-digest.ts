import { createHash, type Hash } from 'node:crypto';

/** Where each chunk lies in the component (a ChunkTable). */
export interface ChunkLayout {
  readonly count: number;
  offsetAt(index: number): number;
  lengthAt(index: number): number;
}

/** What the digest reads chunks back from: the part file. */
export interface HeldChunks {
  has(index: number): boolean;
  read(offset: number, length: number): Promise<Buffer>;
}

/** Chunks that arrive ahead of their turn are kept in memory up to this many bytes; the rest are read back. */
const DEFAULT_AHEAD_BYTES = 4 * 1024 * 1024;

/**
 * The whole component's sha256, computed while it is written, so VERIFYING
 * needs no second pass over the file. Chunks mostly arrive in order and are
 * hashed from memory as they are written; one that arrives ahead of its turn
 * is kept (within a byte budget) until its turn, and anything else held —
 * chunks from an earlier run (trusted only as far as the bitmap marks them)
 * or beyond the budget — is read back from the part file when its turn comes.
 * The result is only as good as the bytes on disk, like a full re-read.
 */
export class InOrderDigest {
  private readonly hash: Hash = createHash('sha256');
  private next = 0;
  private readonly ahead = new Map<number, Buffer>();
  private aheadBytes = 0;
  private result: Buffer | undefined;
  /** One catch-up at a time: each reads on from where the last stopped. */
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly chunks: ChunkLayout,
    private readonly held: HeldChunks,
    private readonly aheadBudgetBytes = DEFAULT_AHEAD_BYTES,
  ) {}

  /** Chunk `index` was just written with `data` (verified against its digest). */
  async written(index: number, data: Buffer): Promise<void> {
    if (index >= this.next && !this.ahead.has(index) && (index === this.next || this.aheadBytes + data.length <= this.aheadBudgetBytes)) {
      this.ahead.set(index, data);
      this.aheadBytes += data.length;
    }
    await this.catchUp();
  }

  /** Hashes held chunks from the next one on, until one is missing. */
  catchUp(): Promise<void> {
    this.running = this.running.then(() => this.advance());
    return this.running;
  }

  private async advance(): Promise<void> {
    for (const { chunks } = this; this.next < chunks.count && this.held.has(this.next); ) {
      const kept = this.ahead.get(this.next);
      if (kept) {
        this.ahead.delete(this.next);
        this.aheadBytes -= kept.length;
      }
      this.hash.update(kept ?? (await this.held.read(chunks.offsetAt(this.next), chunks.lengthAt(this.next))));
      this.next++;
    }
  }

  /** The sha256 of the whole file once every chunk has been hashed, else undefined. */
  digest(): Buffer | undefined {
    if (this.next < this.chunks.count) return undefined;
    this.result ??= this.hash.digest();
    return this.result;
  }
}
