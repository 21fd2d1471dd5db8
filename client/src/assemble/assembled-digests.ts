import { stat } from 'node:fs/promises';
import { sep } from 'node:path';

interface Entry {
  digest: Buffer;
  size: number;
  mtimeMs: number;
}

/**
 * The sha256 of part files this process assembled, computed while writing
 * them (InOrderDigest), so VERIFYING need not read them again. Kept in
 * memory only: after a restart the file is read in full, as is one whose
 * size or mtime changed since it was recorded.
 */
export class AssembledDigests {
  private readonly byPath = new Map<string, Entry>();

  async remember(path: string, digest: Buffer): Promise<void> {
    const { size, mtimeMs } = await stat(path);
    this.byPath.set(path, { digest, size, mtimeMs });
  }

  /** The recorded digest of `path` (used once), if the file is as it was left. */
  async take(path: string): Promise<Buffer | undefined> {
    const known = this.byPath.get(path);
    this.byPath.delete(path);
    if (known === undefined) return undefined;
    const now = await stat(path).catch(() => undefined);
    return now?.size === known.size && now.mtimeMs === known.mtimeMs ? known.digest : undefined;
  }

  /** Drops what is recorded for files under `dir`. */
  forgetUnder(dir: string): void {
    for (const path of this.byPath.keys()) if (path.startsWith(dir + sep)) this.byPath.delete(path);
  }
}
