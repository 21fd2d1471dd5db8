/**
 * A hash index of the old file for the delta encoder: the hash of the
 * `window` bytes starting at every `stride`-th position, in a chained hash
 * table (head per bucket, one link per entry, like zlib's head/prev arrays).
 * Memory is 4 bytes per entry plus the table, so huge files are sampled with a
 * larger stride: every match at least window + stride - 1 long is still found.
 */
export const HASH_BASE = 0x01000193;

/** The window's polynomial hash, rolled one byte at a time by `roll`. */
export function windowHash(data: Uint8Array, at: number, window: number): number {
  let h = 0;
  for (let i = 0; i < window; i++) h = (Math.imul(h, HASH_BASE) + (data[at + i] as number)) | 0;
  return h;
}

/** HASH_BASE^(window-1) mod 2^32: what the byte leaving the window contributed. */
export function outFactor(window: number): number {
  let f = 1;
  for (let i = 1; i < window; i++) f = Math.imul(f, HASH_BASE);
  return f;
}

export interface OldIndexOptions {
  window: number;
  maxEntries: number;
}

export class OldIndex {
  readonly stride: number;
  private readonly bits: number;
  private readonly head: Int32Array;
  private readonly chain: Int32Array;

  constructor(
    private readonly old: Uint8Array,
    private readonly options: OldIndexOptions,
  ) {
    const { window, maxEntries } = options;
    const positions = Math.max(0, old.length - window + 1);
    this.stride = Math.max(1, Math.ceil(positions / maxEntries));
    const entries = Math.ceil(positions / this.stride);
    // About two buckets per entry keeps chains short; 2^24 buckets (64 MiB) at most.
    this.bits = Math.min(24, Math.max(10, Math.ceil(Math.log2(Math.max(1, entries) * 2))));
    this.head = new Int32Array(1 << this.bits).fill(-1);
    this.chain = new Int32Array(entries);
    if (positions === 0) return;
    const stride = this.stride;
    const factor = outFactor(window);
    const shift = 32 - this.bits;
    const head = this.head;
    const chain = this.chain;
    let h = windowHash(old, 0, window);
    for (let entry = 0, pos = 0; entry < entries; entry++) {
      const bucket = Math.imul(h, 0x9e3779b1) >>> shift;
      chain[entry] = head[bucket] as number;
      head[bucket] = entry;
      const next = pos + stride;
      if (next >= positions) break;
      if (stride >= window) {
        // Windows do not overlap: hashing the next one afresh is cheaper than rolling over the gap.
        h = windowHash(old, next, window);
        pos = next;
      } else {
        for (; pos < next; pos++) h = (Math.imul(h - Math.imul(old[pos] as number, factor), HASH_BASE) + (old[pos + window] as number)) | 0;
      }
    }
  }

  bucketOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> (32 - this.bits);
  }

  /** First entry of the bucket of `hash`, or -1; entries map to old offsets entry * stride. */
  first(hash: number): number {
    return this.head[this.bucketOf(hash)] as number;
  }

  next(entry: number): number {
    return this.chain[entry] as number;
  }

  get window(): number {
    return this.options.window;
  }

  get oldLength(): number {
    return this.old.length;
  }
}
