// Uploaded blobs wait here until a commit makes them durable. Two fsyncs per
// 64 KiB chunk (file, then directory) made a 256 MiB upload wait ~13 s on a
// loaded 2-core machine, and each write through the thread pool cost a
// round trip; here a chunk is written with plain synchronous calls (page
// cache, tens of microseconds) and the commit syncs the release's files
// together (16 at once), moves them into the store and syncs each directory
// once. Syncing in the background during the upload was tried: it slowed the
// writes (file creation waits on the journal commits the syncs force) and
// ended later than syncing everything at the commit.
//
// Why a staging directory and not the final path: a file renamed into place
// before its data is on disk may read back empty after an OS crash, and the
// store would then hold a wrong blob under a right name. The directory is
// named after the kernel's boot id: in the same boot the page cache is
// coherent, so every worker sharing the data directory may read, sync and
// promote what another staged (uploads and commits of one publisher may reach
// different workers). The staged files of an earlier boot may be torn: they
// are never read, and removed on open once idle for STALE_STAGING_MS (a
// directory of another boot id that still changes belongs to a worker on
// another machine sharing the volume).
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fsyncDir, fsyncFile, OtaError } from '@otacast/shared';
import { locateBlobFile, type BlobLocation } from './blob-files.js';
import { removeStaleEntries } from './stale-entries.js';

const STAGED_PREFIX = 'staged-';
/** As the upload store's idle limit: a staging directory this long untouched has no live upload. */
const STALE_STAGING_MS = 10 * 60_000;
/** fsyncs a commit keeps in flight: the disk merges them, the thread pool queues them. */
const COMMIT_SYNCS = 16;

/** This boot of the machine (Linux); undefined elsewhere, where uploads are written durably one by one. */
export function currentBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim().replace(/-/g, '').slice(0, 16) || undefined;
  } catch {
    return undefined;
  }
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

/** Runs `task` over `items`, at most `limit` at once. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export class BlobStaging {
  private readonly madeDirs = new Set<string>();

  private constructor(readonly dir: string) {}

  /** The staging directory of this boot under `root`; idle ones of other boots are removed. Undefined without a boot id. */
  static async open(root: string, bootId = currentBootId()): Promise<BlobStaging | undefined> {
    if (bootId === undefined) return undefined;
    const name = `${STAGED_PREFIX}${bootId}`;
    await removeStaleEntries(root, STALE_STAGING_MS, (entry) => entry.startsWith(STAGED_PREFIX) && entry !== name);
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    return new BlobStaging(dir);
  }

  private fileName(hex: string, encoding: BlobLocation['encoding']): string {
    return encoding === 'brotli' ? `${hex}.br` : hex;
  }

  pathOf(hex: string, encoding: BlobLocation['encoding']): string {
    return join(this.dir, this.fileName(hex, encoding));
  }

  /** A staged blob, by this process or another worker of this boot. */
  locate(hex: string): BlobLocation | undefined {
    const where = locateBlobFile(join(this.dir, hex), hex);
    return where === undefined ? undefined : { ...where, staged: true };
  }

  /** Writes the stored form, under a temp name first: a reader (another worker too) never sees half a file. */
  write(hex: string, encoding: BlobLocation['encoding'], bytes: Uint8Array): void {
    const name = this.fileName(hex, encoding);
    const temp = join(this.dir, `.${name}.${randomBytes(4).toString('hex')}.tmp`);
    const fd = openSync(temp, 'w');
    try {
      let done = 0;
      while (done < bytes.byteLength) done += writeSync(fd, bytes, done, bytes.byteLength - done);
    } catch (err) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw new OtaError('OTA_E_IO', `cannot stage blob ${hex}: ${(err as Error).message}`, { cause: err });
    }
    closeSync(fd);
    renameSync(temp, join(this.dir, name));
  }

  /**
   * Makes these staged blobs durable in the store: each file synced, renamed
   * to `finalPath`, then each directory synced once. Blobs another worker promoted first are left
   * to it; anything not staged is ignored.
   */
  async promote(blobs: readonly { hex: string; encoding: BlobLocation['encoding']; finalPath: string }[]): Promise<void> {
    if (blobs.length === 0) return;
    const dirs = new Set<string>([this.dir]);
    const promoted: typeof blobs[number][] = [];
    await eachLimited(blobs, COMMIT_SYNCS, async (blob) => {
      try {
        await fsyncFile(this.pathOf(blob.hex, blob.encoding));
      } catch (err) {
        if (isMissing(err)) return; // promoted by another worker meanwhile
        throw new OtaError('OTA_E_IO', `cannot sync staged blob ${blob.hex}: ${(err as Error).message}`, { cause: err });
      }
      promoted.push(blob);
    });
    for (const blob of promoted) {
      const dir = dirname(blob.finalPath);
      if (!this.madeDirs.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.madeDirs.add(dir);
      }
      try {
        renameSync(this.pathOf(blob.hex, blob.encoding), blob.finalPath);
      } catch (err) {
        if (!isMissing(err)) throw new OtaError('OTA_E_IO', `cannot move staged blob ${blob.hex} into the store: ${(err as Error).message}`, { cause: err });
      }
      dirs.add(dir);
    }
    await eachLimited([...dirs], COMMIT_SYNCS, (dir) => fsyncDir(dir));
  }

  /** Removes a staged blob in either form (garbage collection); returns the bytes it took. */
  remove(hex: string): number {
    let freed = 0;
    for (const encoding of ['raw', 'brotli'] as const) {
      const path = this.pathOf(hex, encoding);
      const info = statSync(path, { throwIfNoEntry: false });
      if (info === undefined) continue;
      rmSync(path, { force: true });
      freed += info.size;
    }
    return freed;
  }
}
