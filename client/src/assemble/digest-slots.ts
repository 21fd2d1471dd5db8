/** How a DigestSlots reads the digest of a position it holds. */
export interface DigestSource {
  /** The first 4 bytes of the digest at `position`, as a number (the hash). */
  prefixAt(position: number): number;
  /** True when the digest at `position` is the one at `other`, or `digest`. */
  sameAt(position: number, other: number): boolean;
}

/**
 * An open-addressing hash set of positions (numbers ≥ 0) keyed by their
 * digests, in one Int32Array: a Map keyed by hex strings costs ~150 bytes an
 * entry, this 8. sha256 is uniform, so a digest's first bytes are its hash.
 */
export class DigestSlots {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    capacity: number,
    private readonly source: DigestSource,
  ) {
    let size = 8;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The position already held with the same digest as `position`; else holds `position` and returns -1. */
  addOrFind(position: number): number {
    for (let slot = this.source.prefixAt(position) & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot] ?? -1;
      if (held < 0) {
        this.slots[slot] = position;
        return -1;
      }
      if (this.source.sameAt(held, position)) return held;
    }
  }

  /** The position held whose digest matches, found by its prefix and a comparison; -1 when none. */
  find(prefix: number, matches: (position: number) => boolean): number {
    for (let slot = prefix & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot] ?? -1;
      if (held < 0) return -1;
      if (matches(held)) return held;
    }
  }
}
