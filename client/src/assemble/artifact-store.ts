import { mkdir, open, readFile, rename, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { ChunkTable, fsyncDir, sha256 } from '@otacast/shared';
import { DigestSlots } from './digest-slots.js';

/**
 * The verified artifact of each installed component and its chunk index,
 * kept in `STATE/artifacts/` as the base of the next update: a chunk the
 * device already holds is copied from here instead of downloaded, and a delta
 * patch (delta/patch-download.ts) is applied to the artifact kept here.
 */
export class ArtifactStore {
  readonly dir: string;

  constructor(stateDir: string) {
    this.dir = join(stateDir, 'artifacts');
  }

  /** Moves a verified download in as the base for `name` (rename: no copy). */
  async keep(name: string, artifactPath: string, indexPath: string): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    // Index first: a crash in between leaves a mismatched pair, which only costs
    // downloads, because every reused chunk is checked against its digest. The
    // commit that restarts after such a crash finds the index moved already.
    try {
      await rename(indexPath, join(this.dir, `${name}.index`));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    await rename(artifactPath, join(this.dir, `${name}.bin`));
    await fsyncDir(this.dir);
  }

  /** Where the installed artifact of `name` is kept (it may be absent): the base a delta patch applies to. */
  artifactPath(name: string): string {
    return join(this.dir, `${name}.bin`);
  }

  /** A reader of the chunks held for `name`, or undefined when there is no usable base. */
  async open(name: string): Promise<LocalChunks | undefined> {
    let index: Buffer;
    let handle: FileHandle;
    try {
      index = await readFile(join(this.dir, `${name}.index`));
      handle = await open(join(this.dir, `${name}.bin`), 'r');
    } catch {
      return undefined;
    }
    const decoded = ChunkTable.decode(index);
    if (!decoded.ok) {
      await handle.close();
      return undefined;
    }
    return new LocalChunks(handle, decoded.value);
  }
}

export class LocalChunks {
  /** Chunk indexes by digest: a table, not a Map of hex strings (large artifacts have ~16k chunks a GiB). */
  private readonly byDigest: DigestSlots;

  constructor(
    private readonly handle: FileHandle,
    private readonly chunks: ChunkTable,
  ) {
    this.byDigest = new DigestSlots(chunks.count, {
      prefixAt: (i) => chunks.digestPrefix(i),
      sameAt: (a, b) => chunks.digestIs(a, chunks.digestAt(b)),
    });
    for (let i = 0; i < chunks.count; i++) this.byDigest.addOrFind(i);
  }

  has(digest: Uint8Array): boolean {
    return this.indexOf(digest) >= 0;
  }

  /** The chunk's bytes when held and still intact, else undefined. */
  async read(digest: Uint8Array): Promise<Buffer | undefined> {
    const i = this.indexOf(digest);
    if (i < 0) return undefined;
    const length = this.chunks.lengthAt(i);
    const data = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(data, 0, length, this.chunks.offsetAt(i));
    if (bytesRead !== length || !sha256(data).equals(digest)) return undefined;
    return data;
  }

  private indexOf(digest: Uint8Array): number {
    if (digest.byteLength < 4) return -1;
    const prefix = Buffer.from(digest.buffer, digest.byteOffset, 4).readUInt32LE(0);
    return this.byDigest.find(prefix, (i) => this.chunks.digestIs(i, digest));
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}
