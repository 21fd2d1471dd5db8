import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes, type Hash } from 'node:crypto';
import { digestsEqual, exists, fsyncDir, newSha256, OtaError, sha256File, toOtaError } from '@otacast/shared';
import { removeStaleEntries } from './stale-entries.js';

export interface PartialUploadOptions {
  /** Directory for `.part` files (same file system as the store), each store its own `<pid>-<random>/` in it. */
  tmpDir: string;
  /** Uploads idle this long are abandoned and their part file removed. Default 10 min. */
  idleMs?: number;
  /** At most this many blobs may be partially uploaded at once. Default 256. */
  maxPartials?: number;
}

/** Merged [start, end) intervals; more than this means a pathological upload. */
const MAX_INTERVALS = 10_000;

interface Partial {
  size: number;
  path: string;
  handle: FileHandle | undefined;
  /** Sorted, disjoint, merged [start, end) byte ranges already written. */
  covered: [number, number][];
  hash: Hash;
  hashedUpTo: number;
  touchedMs: number;
  done: boolean;
  /** Set when the upload was abandoned: ranges still queued on it fail with this. */
  failure: OtaError | undefined;
  /** Operations on one blob run one after the other. */
  queue: Promise<unknown>;
}

function addInterval(covered: [number, number][], start: number, end: number): void {
  if (start === end) return;
  covered.push([start, end]);
  covered.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of covered) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  covered.splice(0, covered.length, ...merged);
}

/**
 * Blobs larger than one PutBlob arrive as ranges, possibly out of order and
 * pipelined. Each is written at its offset into `tmp/<hex>.part`; once every
 * byte of `size` is covered the part is verified against its digest and
 * renamed into place. Ranges that arrive in order are hashed on the fly, so the
 * common case never reads the file back.
 */
export class PartialUploads {
  private readonly partials = new Map<string, Partial>();
  private readonly idleMs: number;
  private readonly maxPartials: number;
  /**
   * This store's own part files: workers sharing one data directory
   * (docs/scale-out.md) each upload into their own, so none removes another's.
   */
  private readonly ownDir: string;

  constructor(private readonly options: PartialUploadOptions) {
    this.idleMs = options.idleMs ?? 10 * 60_000;
    this.maxPartials = options.maxPartials ?? 256;
    this.ownDir = join(options.tmpDir, `${process.pid}-${randomBytes(4).toString('hex')}`);
  }

  /** Removes part files left by stores that are gone (their coverage was only in their memory); another live worker's stay. */
  async reset(): Promise<void> {
    await mkdir(this.options.tmpDir, { recursive: true });
    await removeStaleEntries(this.options.tmpDir, this.idleMs);
  }

  /**
   * Writes one range. Resolves true when this range completed the blob and it
   * now sits verified at `finalPath`; throws OTA_E_DIGEST (and forgets the
   * upload) when the completed bytes do not match.
   */
  write(digest: Buffer, size: number, offset: number, data: Uint8Array, finalPath: string): Promise<boolean> {
    const hex = digest.toString('hex');
    this.expireIdle();
    let partial = this.partials.get(hex);
    if (partial && partial.size !== size) {
      return Promise.reject(new OtaError('OTA_E_PROTOCOL', `blob ${hex} is being uploaded with size ${partial.size}, not ${size}`));
    }
    if (!partial) {
      if (this.partials.size >= this.maxPartials) {
        return Promise.reject(new OtaError('OTA_E_TOO_LARGE', `more than ${this.maxPartials} blob uploads in progress`));
      }
      partial = {
        size,
        path: join(this.ownDir, `${hex}.part`),
        handle: undefined,
        covered: [],
        hash: newSha256(),
        hashedUpTo: 0,
        touchedMs: Date.now(),
        done: false,
        failure: undefined,
        queue: Promise.resolve(),
      };
      this.partials.set(hex, partial);
    }
    const target = partial;
    target.touchedMs = Date.now();
    const result = target.queue.then(() => this.writeLocked(hex, digest, target, offset, data, finalPath));
    target.queue = result.catch(() => undefined);
    return result;
  }

  private async writeLocked(hex: string, digest: Buffer, partial: Partial, offset: number, data: Uint8Array, finalPath: string): Promise<boolean> {
    if (partial.done) return true;
    if (partial.failure) throw partial.failure;
    try {
      if (partial.handle === undefined) {
        // The blob may have been completed by another upload since the caller looked.
        if (await exists(finalPath)) {
          partial.done = true;
          await this.abandon(hex, partial);
          return true;
        }
        // Made here, not at open: another worker's reset may have taken it away while it was empty.
        await mkdir(this.ownDir, { recursive: true });
        partial.handle = await open(partial.path, 'w+');
      }
      await partial.handle.write(data, 0, data.byteLength, offset);
      if (offset <= partial.hashedUpTo && offset + data.byteLength > partial.hashedUpTo) {
        partial.hash.update(data.subarray(partial.hashedUpTo - offset));
        partial.hashedUpTo = offset + data.byteLength;
      }
      addInterval(partial.covered, offset, offset + data.byteLength);
      if (partial.covered.length > MAX_INTERVALS) throw new OtaError('OTA_E_PROTOCOL', `blob ${hex} upload is fragmented into too many ranges`);
      const first = partial.covered[0];
      const complete = partial.size === 0 || (partial.covered.length === 1 && first !== undefined && first[0] === 0 && first[1] === partial.size);
      if (!complete) return false;
      return await this.finish(hex, digest, partial, finalPath);
    } catch (err) {
      partial.failure = toOtaError(err);
      await this.abandon(hex, partial);
      throw partial.failure;
    }
  }

  private async finish(hex: string, digest: Buffer, partial: Partial, finalPath: string): Promise<boolean> {
    const handle = partial.handle ?? (await open(partial.path, 'w+'));
    partial.handle = handle;
    await handle.sync();
    // In-order uploads were hashed as they came; otherwise stream the file once.
    const actual = partial.hashedUpTo === partial.size ? partial.hash.digest() : await sha256File(partial.path);
    if (!digestsEqual(actual, digest)) {
      throw new OtaError('OTA_E_DIGEST', `uploaded blob ${hex} has sha256 ${actual.toString('hex')}`);
    }
    await handle.close();
    partial.handle = undefined;
    await mkdir(dirname(finalPath), { recursive: true });
    await rename(partial.path, finalPath);
    await fsyncDir(dirname(finalPath));
    partial.done = true;
    this.partials.delete(hex);
    return true;
  }

  private async abandon(hex: string, partial: Partial): Promise<void> {
    if (this.partials.get(hex) === partial) this.partials.delete(hex);
    const handle = partial.handle;
    partial.handle = undefined;
    await handle?.close().catch(() => undefined);
    await rm(partial.path, { force: true }).catch(() => undefined);
  }

  private expireIdle(): void {
    const cutoff = Date.now() - this.idleMs;
    for (const [hex, partial] of this.partials) {
      if (partial.touchedMs >= cutoff) continue;
      partial.failure = new OtaError('OTA_E_TIMEOUT', `upload of blob ${hex} was idle for more than ${this.idleMs} ms`);
      partial.queue = partial.queue.then(() => this.abandon(hex, partial));
      this.partials.delete(hex);
    }
  }

  /** Drops every upload in progress (the server is stopping). */
  async close(): Promise<void> {
    const all = [...this.partials.entries()];
    this.partials.clear();
    for (const [hex, partial] of all) partial.failure ??= new OtaError('OTA_E_IO', `upload of blob ${hex} interrupted: the store is closing`);
    await Promise.all(all.map(([hex, partial]) => partial.queue.then(() => this.abandon(hex, partial))));
    await rm(this.ownDir, { recursive: true, force: true });
  }
}
