import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { sha256 } from '../digest.js';
import { VarintWriter, encodeDeltaHeader } from './format.js';
import { HASH_BASE, OldIndex, outFactor, windowHash } from './old-index.js';

export interface DeltaEncodeOptions {
  /** Bytes hashed per old-file index entry; shorter finds more matches and costs more time. Default 16. */
  window?: number;
  /** Bound on old-file index entries (4 bytes each); larger files are sampled. Default 2^23. */
  maxIndexEntries?: number;
  /** Index candidates examined per position. Default 32. */
  maxChain?: number;
  /** Brotli quality of both streams, 0–11. Default 11. */
  quality?: number;
  /** Brotli window of both streams, log2 bytes (16–24); the applier needs this much per stream. Default 22. */
  lgwin?: number;
  /**
   * Shortest copy at a new alignment. Shorter copies cost more in the control
   * stream than brotli spends on the same bytes as literals (measured on
   * npm tarballs and an ELF binary). Default 32.
   */
  minMatch?: number;
  /** Shortest copy at the previous alignment. Default 4. */
  repeatMin?: number;
}

export interface DeltaStats {
  ops: number;
  copied: number;
  inserted: number;
}

/** A match this long ends the search at a position: good enough, save time. */
const GOOD_ENOUGH = 1024;

/** Length of the common run of a[ai..] and b[bi..], at most `max`. */
function forwardMatch(a: Uint8Array, ai: number, b: Uint8Array, bi: number, max: number): number {
  let n = 0;
  while (n < max && a[ai + n] === b[bi + n]) n++;
  return n;
}

/** Length of the common run ending just before a[ai] and b[bi], at most `max`. */
function backwardMatch(a: Uint8Array, ai: number, b: Uint8Array, bi: number, max: number): number {
  let n = 0;
  while (n < max && a[ai - n - 1] === b[bi - n - 1]) n++;
  return n;
}

/**
 * Computes a COPY/INSERT patch turning `oldData` into `newData` (format in
 * ./format.ts). Greedy matching over an index of the old file, with a check of
 * the previous alignment first (edits inside a file keep it), backward
 * extension into pending literals, and the longest of the index candidates.
 * Memory: both inputs, the index, and the literals.
 */
export function encodeDelta(oldData: Uint8Array, newData: Uint8Array, options: DeltaEncodeOptions = {}): { patch: Buffer; stats: DeltaStats } {
  const window = options.window ?? 16;
  const maxChain = options.maxChain ?? 32;
  const minMatch = Math.max(window, options.minMatch ?? 32);
  const REPEAT_MIN = options.repeatMin ?? 4;
  const index = new OldIndex(oldData, { window, maxEntries: options.maxIndexEntries ?? 1 << 23 });
  const stride = index.stride;
  const factor = outFactor(window);
  const ctrl = new VarintWriter();
  const literals: Uint8Array[] = [];
  const stats: DeltaStats = { ops: 0, copied: 0, inserted: 0 };
  const n = newData.length;
  const oldLength = oldData.length;

  let litStart = 0;
  // Old position the next op is expected at if the alignment holds (substitutions keep it).
  let oldCursor = 0;
  // oldPos - newPos of the last copy.
  let alignment = 0;

  const emit = (newAt: number, oldAt: number, length: number): void => {
    const insert = newAt - litStart;
    if (insert > 0) literals.push(newData.subarray(litStart, newAt));
    ctrl.uint(insert);
    ctrl.uint(length);
    ctrl.int(oldAt - (oldCursor + insert));
    oldCursor = oldAt + length;
    stats.ops++;
    stats.copied += length;
    stats.inserted += insert;
    litStart = newAt + length;
  };

  let p = 0;
  let h = n >= window ? windowHash(newData, 0, window) : 0;
  while (p + REPEAT_MIN <= n) {
    let bestLength = 0;
    let bestOld = 0;
    let bestNew = p;

    const q = p + alignment;
    if (q >= 0 && q < oldLength) {
      const forward = forwardMatch(oldData, q, newData, p, Math.min(oldLength - q, n - p));
      if (forward >= REPEAT_MIN) {
        const back = backwardMatch(oldData, q, newData, p, Math.min(q, p - litStart));
        bestLength = forward + back;
        bestOld = q - back;
        bestNew = p - back;
      }
    }

    if (bestLength < GOOD_ENOUGH && p + window <= n) {
      let chain = maxChain;
      for (let entry = index.first(h); entry >= 0 && chain-- > 0; entry = index.next(entry)) {
        const c = entry * stride;
        if (oldData[c] !== newData[p] || oldData[c + window - 1] !== newData[p + window - 1]) continue;
        const forward = forwardMatch(oldData, c, newData, p, Math.min(oldLength - c, n - p));
        if (forward < window) continue;
        const back = backwardMatch(oldData, c, newData, p, Math.min(c, p - litStart));
        if (forward + back > bestLength) {
          bestLength = forward + back;
          bestOld = c - back;
          bestNew = p - back;
          if (bestLength >= GOOD_ENOUGH) break;
        }
      }
    }

    const aligned = bestOld - bestNew === alignment;
    if (bestLength >= (aligned ? REPEAT_MIN : minMatch)) {
      emit(bestNew, bestOld, bestLength);
      alignment = bestOld - bestNew;
      p = bestNew + bestLength;
      if (p + window <= n) h = windowHash(newData, p, window);
      continue;
    }
    if (p + window < n) h = (Math.imul(h - Math.imul(newData[p] as number, factor), HASH_BASE) + (newData[p + window] as number)) | 0;
    p++;
  }
  if (litStart < n) {
    literals.push(newData.subarray(litStart, n));
    ctrl.uint(n - litStart);
    ctrl.uint(0);
    ctrl.int(0);
    stats.ops++;
    stats.inserted += n - litStart;
  }

  const params = (quality: number, size: number) => ({
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: quality,
      [zlibConstants.BROTLI_PARAM_LGWIN]: options.lgwin ?? 22,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: size,
    },
  });
  const quality = options.quality ?? 11;
  const compress = (bytes: Buffer): Buffer => {
    // Quality 11 spends seconds per MB on data it cannot shrink (new random bytes
    // of an image): a quality-5 pass that gains nothing is kept instead.
    if (quality > 5 && bytes.length > 64 * 1024) {
      const probe = brotliCompressSync(bytes, params(5, bytes.length));
      if (probe.length > bytes.length * 0.97) return probe;
    }
    return brotliCompressSync(bytes, params(quality, bytes.length));
  };
  const ctrlStream = compress(ctrl.finish());
  const litStream = compress(Buffer.concat(literals));
  const header = encodeDeltaHeader({
    oldSize: oldLength,
    newSize: n,
    oldSha256: sha256(oldData),
    newSha256: sha256(newData),
    ctrlBytes: ctrlStream.length,
    litBytes: litStream.length,
  });
  return { patch: Buffer.concat([header, ctrlStream, litStream]), stats };
}
