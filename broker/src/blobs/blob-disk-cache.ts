// The local read-through cache in front of a remote blob store: stored forms
// of blobs as files (the DiskBlobStore layout: `ab/<hex>` raw, `ab/<hex>.br`
// compressed), least recently used evicted first once the files pass a bound
// in bytes. It is a cache, not a record: it is emptied when opened, so its
// files need no fsync (a crash cannot leave a torn file that a later run
// would serve) and the index of what it holds lives only in memory.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { readSmallFile, type BlobLocation } from './blob-files.js';

export interface BlobDiskCacheOptions {
  dir: string;
  /** Bound of the files' total size; 0 caches nothing. */
  maxBytes: number;
}

interface Entry extends BlobLocation {
  /** Bytes of the file (the stored form). */
  fileBytes: number;
}

function isMissingFile(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

export class BlobDiskCache {
  private readonly index: LRUCache<string, Entry> | undefined;

  private constructor(private readonly dir: string, readonly maxBytes: number) {
    this.index =
      maxBytes > 0
        ? new LRUCache<string, Entry>({
            maxSize: maxBytes,
            sizeCalculation: (entry) => Math.max(1, entry.fileBytes),
            // Replacing an entry keeps its file; evicting or deleting one removes it.
            dispose: (entry, hex, reason) => {
              if (reason !== 'set') void unlink(this.pathOf(hex, entry)).catch(() => undefined);
            },
          })
        : undefined;
  }

  static async open(options: BlobDiskCacheOptions): Promise<BlobDiskCache> {
    await rm(options.dir, { recursive: true, force: true });
    await mkdir(options.dir, { recursive: true });
    return new BlobDiskCache(options.dir, options.maxBytes);
  }

  private pathOf(hex: string, where: BlobLocation): string {
    return join(this.dir, hex.slice(0, 2), where.encoding === 'brotli' ? `${hex}.br` : hex);
  }

  /** How a cached blob is stored; undefined when it is not cached. Counts as a use. */
  locate(hex: string): BlobLocation | undefined {
    return this.index?.get(hex);
  }

  /** Whether a stored form of `fileBytes` is small enough to be cached at all. */
  accepts(fileBytes: number): boolean {
    // A blob that would push out more than an eighth of the cache at once is read by range instead.
    return this.index !== undefined && fileBytes <= this.maxBytes / 8;
  }

  /** The whole stored form; undefined when not cached (or its file was removed under us). */
  readStored(hex: string): Buffer | undefined {
    const entry = this.index?.get(hex);
    if (entry === undefined) return undefined;
    try {
      return readSmallFile(this.pathOf(hex, entry));
    } catch (err) {
      if (!isMissingFile(err)) throw err;
      this.index?.delete(hex);
      return undefined;
    }
  }

  /** Keeps a blob's stored form (when `accepts` it); a failure to write only means it is not cached. */
  async add(hex: string, where: BlobLocation, stored: Uint8Array): Promise<void> {
    if (this.index === undefined || !this.accepts(stored.byteLength) || this.index.has(hex)) return;
    const path = this.pathOf(hex, where);
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(temp, stored);
      await rename(temp, path);
      this.index.set(hex, { ...where, fileBytes: stored.byteLength });
    } catch {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }

  /** Forgets a blob (its file goes with it): a deleted blob is never served from the cache. */
  remove(hex: string): void {
    this.index?.delete(hex);
  }

  /** Total bytes of the cached files. */
  get bytes(): number {
    return this.index?.calculatedSize ?? 0;
  }
}
