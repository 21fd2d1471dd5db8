import type { ChunkTable } from '@otacast/shared';
import type { BlobWanted } from '../fetch/chunk-link.js';
import { DigestSlots } from './digest-slots.js';

/** A component's chunks and which of them are already held. */
export interface PlanTarget {
  chunks: ChunkTable;
  has(index: number): boolean;
}

/** A chunk to fetch, by its position in the plan (its first occurrence). */
export interface ChunkWanted extends BlobWanted {
  position: number;
}

const WANTED = 0;
const HELD = 1;
/** Fetched once, with an earlier position of the same digest. */
const DUPLICATE = 2;

/**
 * The chunks a download still lacks across its components, each distinct
 * digest fetched once. Kept as flat arrays over "positions" (the components'
 * chunks numbered one after another) — a state byte and a next-same link per
 * chunk — instead of an object per chunk: wants are made as the fetch pulls them.
 */
export class ChunkPlan {
  private readonly bases: number[] = [];
  private readonly state: Uint8Array;
  /** The next position with the same digest, -1 at the end: the first position heads the list. */
  private readonly nextSame: Int32Array;
  /** Distinct chunks to fetch. */
  readonly distinct: number = 0;

  constructor(private readonly targets: readonly PlanTarget[]) {
    let total = 0;
    for (const t of targets) {
      this.bases.push(total);
      total += t.chunks.count;
    }
    this.state = new Uint8Array(total);
    this.nextSame = new Int32Array(total).fill(-1);
    const slots = new DigestSlots(total, {
      prefixAt: (p) => this.targetAt(p).chunks.digestPrefix(this.indexOf(p)),
      sameAt: (a, b) => this.targetAt(a).chunks.digestIs(this.indexOf(a), this.digestAt(b)),
    });
    for (let p = 0; p < total; p++) {
      if (this.targetAt(p).has(this.indexOf(p))) {
        this.state[p] = HELD;
        continue;
      }
      const first = slots.addOrFind(p);
      if (first < 0) {
        this.distinct++;
        continue;
      }
      this.state[p] = DUPLICATE;
      this.nextSame[p] = this.nextSame[first] ?? -1;
      this.nextSame[first] = p;
    }
  }

  /** The distinct chunks to fetch, made one at a time as they are asked for. */
  *wants(): Generator<ChunkWanted> {
    for (let p = 0; p < this.state.length; p++) {
      if (this.state[p] === WANTED) yield { digest: this.digestAt(p), size: this.lengthAt(p), position: p };
    }
  }

  /** Every (component, chunk) position holding the digest first seen at `position`. */
  *sameAs(position: number): Generator<{ target: number; index: number }> {
    for (let p = position; p >= 0; p = this.nextSame[p] ?? -1) yield { target: this.targetOf(p), index: this.indexOf(p) };
  }

  private digestAt(p: number): Buffer {
    return this.targetAt(p).chunks.digestAt(this.indexOf(p));
  }

  private lengthAt(p: number): number {
    return this.targetAt(p).chunks.lengthAt(this.indexOf(p));
  }

  private targetOf(p: number): number {
    let t = this.bases.length - 1;
    while (t > 0 && (this.bases[t] ?? 0) > p) t--;
    return t;
  }

  private targetAt(p: number): PlanTarget {
    return this.targets[this.targetOf(p)] as PlanTarget;
  }

  private indexOf(p: number): number {
    return p - (this.bases[this.targetOf(p)] ?? 0);
  }
}
