import { mkdir, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { MAX_RANGE_BYTES, MiB, OtaError, digestsEqual, sha256, toHex, writeFileAtomic } from '@otacast/shared';
import { checkCount, checkDigest, checkUploadRange, findMissing, rangeLength, slice } from './blob-checks.js';
import { PartialUploads } from './blob-upload.js';
import { DEFAULT_COMPRESS_QUALITY, compressBlob, compressedPayload, decompressPayload, type BlobEncoding } from './blob-compression.js';
import { locateBlobFile, readFileRange, readSmallFile, type BlobLocation } from './blob-files.js';
import { BlobStaging } from './blob-staging.js';

/** A range of a stored blob and the size of the whole blob. */
export interface BlobSlice {
  data: Buffer;
  blobSize: number;
}

/** A whole blob in the form it is stored and sent in (digests are of the decoded bytes). */
export interface StoredBlob {
  data: Buffer;
  encoding: BlobEncoding;
  blobSize: number;
}

/**
 * Content-addressed blob storage: a blob (a chunk, a chunk index, a piece of a
 * delta patch) is named by the sha256 of its bytes. This is a port: the disk
 * store below is one implementation, and broker/test/suites/blob-store-suite.ts
 * is the suite every implementation passes.
 */
export interface BlobStore {
  has(digest: Uint8Array): Promise<boolean>;
  /** Size of a stored blob, undefined when it is not stored. */
  size(digest: Uint8Array): Promise<number | undefined>;
  /** The digests of `digests` that are not stored, in their order. */
  missing(digests: readonly Uint8Array[]): Promise<Buffer[]>;
  /** Stores a whole blob; OTA_E_DIGEST when the bytes do not match. Idempotent. */
  put(digest: Uint8Array, bytes: Uint8Array): Promise<void>;
  /**
   * Stores one range of a blob of `size` bytes (an upload). Resolves true once
   * the whole blob is stored and verified (also when it already was). It is
   * readable at once but may be durable only after persist() (the disk store
   * leaves the fsync to the commit).
   */
  putRange(digest: Uint8Array, size: number, offset: number, data: Uint8Array): Promise<boolean>;
  /** Makes the uploaded blobs among `digests` durable (a commit, before it records the release). */
  persist(digests: readonly Uint8Array[]): Promise<void>;
  /**
   * Reads `length` bytes from `offset` (0: to the end), clamped to the blob.
   * Undefined when the blob is not stored; OTA_E_PROTOCOL when offset is past its end.
   */
  read(digest: Uint8Array, offset: number, length: number): Promise<BlobSlice | undefined>;
  /**
   * The whole blob as stored — brotli when compressing it saved bytes, else
   * raw — to send as is. Undefined when it is not stored or is larger than
   * one range (MAX_RANGE_BYTES): those are read by range.
   */
  readStored(digest: Uint8Array): Promise<StoredBlob | undefined>;
  /**
   * Removes a stored blob (garbage collection); resolves with the bytes it
   * occupied in the store, 0 when it was not stored. Idempotent. Afterwards
   * has() is false and reads find nothing until the blob is put again; an
   * upload of it in progress is not affected.
   */
  delete(digest: Uint8Array): Promise<number>;
  close(): Promise<void>;
}

export interface DiskBlobStoreOptions {
  /** Root of the store: blobs live at `root/ab/abcdef…`, uploads in progress in `root/tmp/`. */
  root: string;
  /** Bound of the in-memory cache of hot blobs, in bytes; 0 disables it. Default 64 MiB. */
  cacheBytes?: number;
  /** Blobs up to this size are cached whole; larger ones are read by range. Default 1 MiB. */
  maxCachedBlobBytes?: number;
  /** Brotli quality (0–11) for blobs up to one range; -1 stores everything raw. Default 11. */
  compressQuality?: number;
}

/** Blob locations remembered (~200 bytes each). */
export const MAX_KNOWN_LOCATIONS = 100_000;

/**
 * Blobs as files on disk, with a byte-bounded LRU of small hot blobs in front.
 * A blob that compresses is kept as `ab/<hex>.br` (brotli with a size header),
 * any other as the raw bytes at `ab/<hex>`. Blobs up to one range are read
 * in one synchronous call (blob-files.ts says why); where each blob is and its
 * size is remembered.
 */
export class DiskBlobStore implements BlobStore {
  private readonly cache: LRUCache<string, StoredBlob> | undefined;
  /** Where each blob is and its size: blobs never change once stored, and delete() forgets what it removes. */
  private readonly locations = new LRUCache<string, BlobLocation>({ max: MAX_KNOWN_LOCATIONS });
  private readonly maxCachedBlobBytes: number;
  private readonly compressQuality: number;
  private readonly uploads: PartialUploads;
  /** Where uploads wait for their commit; undefined (no boot id): they are written durably one by one. */
  private staging: BlobStaging | undefined;

  private constructor(private readonly root: string, options: DiskBlobStoreOptions) {
    const cacheBytes = options.cacheBytes ?? 64 * MiB;
    this.maxCachedBlobBytes = Math.min(options.maxCachedBlobBytes ?? MAX_RANGE_BYTES, cacheBytes);
    this.compressQuality = options.compressQuality ?? DEFAULT_COMPRESS_QUALITY;
    this.cache = cacheBytes > 0 ? new LRUCache<string, StoredBlob>({ maxSize: cacheBytes, sizeCalculation: (b) => Math.max(1, b.data.byteLength) }) : undefined;
    this.uploads = new PartialUploads({ tmpDir: join(root, 'tmp') });
  }

  static async open(options: DiskBlobStoreOptions): Promise<DiskBlobStore> {
    const store = new DiskBlobStore(options.root, options);
    await mkdir(options.root, { recursive: true });
    await store.uploads.reset();
    store.staging = await BlobStaging.open(options.root);
    return store;
  }

  private pathOf(hex: string): string {
    return join(this.root, hex.slice(0, 2), hex);
  }

  async size(digest: Uint8Array): Promise<number | undefined> {
    const hex = toHex(checkDigest(digest));
    return this.cache?.get(hex)?.blobSize ?? this.locate(hex)?.size;
  }

  /** How a blob is stored, and its decoded size; undefined when it is not. Remembered once found. */
  private locate(hex: string): BlobLocation | undefined {
    const known = this.locations.get(hex);
    if (known !== undefined) return known;
    const location = locateBlobFile(this.pathOf(hex), hex) ?? this.staging?.locate(hex);
    if (location !== undefined) this.locations.set(hex, location);
    return location;
  }

  /** The file that holds a blob's stored form. */
  private fileOf(hex: string, where: BlobLocation): string {
    if (where.staged && this.staging) return this.staging.pathOf(hex, where.encoding);
    return where.encoding === 'raw' ? this.pathOf(hex) : `${this.pathOf(hex)}.br`;
  }

  /** Reads a blob's file; a staged one another worker's commit moved meanwhile is looked up again. */
  private readFile<T>(hex: string, where: BlobLocation, read: (path: string) => T): T {
    try {
      return read(this.fileOf(hex, where));
    } catch (err) {
      if (!where.staged || (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      this.locations.delete(hex);
      const moved = this.locate(hex);
      if (moved === undefined) throw err;
      return read(this.fileOf(hex, moved));
    }
  }

  /** The whole stored form of a compressed blob or of a raw one up to `maxRaw` (≤ one range) bytes; cached when small and `cache`. */
  private loadWhole(hex: string, maxRaw: number, cache: boolean): StoredBlob | { encoding: 'raw'; blobSize: number; data?: undefined } | undefined {
    const cached = this.cache?.get(hex);
    if (cached) return cached;
    const where = this.locate(hex);
    if (where === undefined) return undefined;
    if (where.encoding === 'raw' && where.size > maxRaw) return { encoding: 'raw', blobSize: where.size };
    const file = this.readFile(hex, where, readSmallFile);
    const data = where.encoding === 'raw' ? file : compressedPayload(file);
    const blob: StoredBlob = { data, encoding: where.encoding, blobSize: where.size };
    if (cache && this.cache && where.size <= this.maxCachedBlobBytes) this.cache.set(hex, blob);
    return blob;
  }

  async readStored(digest: Uint8Array): Promise<StoredBlob | undefined> {
    // Not cached here: the chunk server keeps the encoded Chunk it sends (whole-blob-chunks.ts).
    const blob = this.loadWhole(toHex(checkDigest(digest)), MAX_RANGE_BYTES, false);
    return blob?.data === undefined ? undefined : blob;
  }

  async has(digest: Uint8Array): Promise<boolean> {
    return (await this.size(digest)) !== undefined;
  }

  missing(digests: readonly Uint8Array[]): Promise<Buffer[]> {
    return findMissing(digests, (d) => this.has(d));
  }

  put(digest: Uint8Array, bytes: Uint8Array): Promise<void> {
    return this.store(digest, bytes, false);
  }

  /** put(), or with `stage` an upload left for persist() to make durable. */
  private async store(digest: Uint8Array, bytes: Uint8Array, stage: boolean): Promise<void> {
    const expected = checkDigest(digest);
    const actual = sha256(bytes);
    if (!digestsEqual(actual, expected)) {
      throw new OtaError('OTA_E_DIGEST', `blob ${toHex(expected)} has sha256 ${toHex(actual)}`);
    }
    if (await this.has(expected)) return;
    const hex = toHex(expected);
    const path = this.pathOf(hex);
    const compressed = bytes.byteLength <= MAX_RANGE_BYTES ? await compressBlob(bytes, this.compressQuality) : undefined;
    const encoding: BlobEncoding = compressed ? 'brotli' : 'raw';
    if (stage && this.staging) {
      this.staging.write(hex, encoding, compressed ?? bytes);
      this.locations.set(hex, { encoding, size: bytes.byteLength, staged: true });
      return;
    }
    await mkdir(dirname(path), { recursive: true });
    if (compressed) await writeFileAtomic(`${path}.br`, compressed);
    else await writeFileAtomic(path, bytes);
  }

  async persist(digests: readonly Uint8Array[]): Promise<void> {
    if (!this.staging) return;
    const staged: { hex: string; encoding: BlobEncoding; finalPath: string; size: number }[] = [];
    for (const digest of digests) {
      const hex = toHex(checkDigest(digest));
      const where = this.locate(hex);
      if (where?.staged) staged.push({ hex, encoding: where.encoding, finalPath: this.fileOf(hex, { encoding: where.encoding, size: where.size }), size: where.size });
    }
    await this.staging.promote(staged);
    for (const { hex, encoding, size } of staged) this.locations.set(hex, { encoding, size });
  }

  async putRange(digest: Uint8Array, size: number, offset: number, data: Uint8Array): Promise<boolean> {
    const expected = checkDigest(digest);
    checkUploadRange(size, offset, data);
    // A whole blob in one range: store() looks it up first.
    if (offset === 0 && data.byteLength === size) {
      await this.store(expected, data, true);
      return true;
    }
    if (await this.has(expected)) return true;
    return this.uploads.write(expected, size, offset, data, this.pathOf(toHex(expected)));
  }

  async read(digest: Uint8Array, offset: number, length: number): Promise<BlobSlice | undefined> {
    const hex = toHex(checkDigest(digest));
    checkCount(offset, 'range offset');
    checkCount(length, 'range length');
    const stored = this.loadWhole(hex, this.maxCachedBlobBytes, true);
    if (stored === undefined) return undefined;
    if (stored.data !== undefined) {
      return slice(stored.encoding === 'raw' ? stored.data : decompressPayload(stored.data, stored.blobSize, hex), offset, length, hex);
    }
    const blobSize = stored.blobSize;
    const count = rangeLength(hex, offset, length, blobSize);
    const where = this.locate(hex);
    return { data: await readFileRange(where === undefined ? this.pathOf(hex) : this.fileOf(hex, where), offset, count), blobSize };
  }

  async delete(digest: Uint8Array): Promise<number> {
    const hex = toHex(checkDigest(digest));
    this.cache?.delete(hex);
    this.locations.delete(hex);
    const path = this.pathOf(hex);
    let freed = 0;
    // Either form may exist (a blob stored raw, then compressed by a later put after a delete): remove both.
    for (const file of [path, `${path}.br`]) freed += await removeFile(file);
    return freed + (this.staging?.remove(hex) ?? 0);
  }

  async close(): Promise<void> {
    await this.uploads.close();
    this.cache?.clear();
  }
}

/** Deletes a file; resolves with its size, 0 when it did not exist. */
async function removeFile(path: string): Promise<number> {
  try {
    const { size } = await stat(path);
    await unlink(path);
    return size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw new OtaError('OTA_E_IO', `cannot delete blob file ${path}: ${(err as Error).message}`, { cause: err });
  }
}
