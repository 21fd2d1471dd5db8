import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { LRUCache } from 'lru-cache';
import { MAX_RANGE_BYTES, MiB, OtaError, digestsEqual, sha256, toHex } from '@otacast/shared';
import { checkCount, checkDigest, checkUploadRange, findMissing, rangeLength, slice } from './blob-checks.js';
import { DEFAULT_COMPRESS_QUALITY, compressBlob, compressedPayload, decompressPayload } from './blob-compression.js';
import { BlobDiskCache } from './blob-disk-cache.js';
import { readFileRange, type BlobLocation } from './blob-files.js';
import { MAX_KNOWN_LOCATIONS, type BlobSlice, type BlobStore, type StoredBlob } from './blob-store.js';
import { PartialUploads } from './blob-upload.js';
import { S3Objects, type S3Location } from './s3-objects.js';

export interface S3BlobStoreOptions {
  s3: S3Location;
  /** Local directory of the read-through cache (emptied on open). */
  cacheDir: string;
  /** Bound of the cache's files in bytes; 0: every read goes to S3. Default 1 GiB. */
  cacheBytes?: number;
  /** Local directory where blobs uploaded by range are assembled before they go to S3. */
  uploadDir: string;
  /** Brotli quality (0–11) for blobs up to one range; -1 stores everything raw. Default 11. */
  compressQuality?: number;
}

export const DEFAULT_S3_CACHE_BYTES = 1024 * MiB;

/**
 * Blobs as objects in an S3-compatible bucket (s3-objects.ts), stored in the
 * same form as on disk (brotli when it pays), with a byte-bounded disk cache
 * in front (blob-disk-cache.ts) so a hot chunk is fetched from S3 once per
 * worker, not once per device. Reads of one blob that miss the cache at the
 * same time share one GET. Ranges of large raw blobs are ranged GETs.
 * Uploads by range are assembled locally (blob-upload.ts) and sent when
 * complete and verified; putRange answers true only once the object is in
 * the bucket. Other workers may store blobs at any time, so only positive
 * lookups are remembered.
 */
export class S3BlobStore implements BlobStore {
  /** Blobs never change once stored, so a remembered location never goes stale. */
  private readonly locations = new LRUCache<string, BlobLocation>({ max: MAX_KNOWN_LOCATIONS });
  private readonly fetches = new Map<string, Promise<Buffer | undefined>>();
  /** Blobs assembled from ranges and being sent to S3, by hex. */
  private readonly committing = new Map<string, Promise<void>>();
  private readonly compressQuality: number;

  private constructor(
    private readonly objects: S3Objects,
    private readonly cache: BlobDiskCache,
    private readonly uploads: PartialUploads,
    private readonly stagingDir: string,
    options: S3BlobStoreOptions,
  ) {
    this.compressQuality = options.compressQuality ?? DEFAULT_COMPRESS_QUALITY;
  }

  /** Opens the store; OTA_E_BLOBS_UNAVAILABLE when the bucket cannot be reached or does not exist. */
  static async open(options: S3BlobStoreOptions): Promise<S3BlobStore> {
    const objects = new S3Objects(options.s3);
    try {
      await objects.checkBucket();
      const cache = await BlobDiskCache.open({ dir: options.cacheDir, maxBytes: options.cacheBytes ?? DEFAULT_S3_CACHE_BYTES });
      const uploads = new PartialUploads({ tmpDir: join(options.uploadDir, 'tmp') });
      await uploads.reset();
      const stagingDir = join(options.uploadDir, 'staged');
      await rm(stagingDir, { recursive: true, force: true });
      return new S3BlobStore(objects, cache, uploads, stagingDir, options);
    } catch (err) {
      objects.close();
      throw err;
    }
  }

  private async locate(hex: string): Promise<BlobLocation | undefined> {
    const known = this.cache.locate(hex) ?? this.locations.get(hex);
    if (known !== undefined) return known;
    const found = await this.objects.head(hex);
    if (found !== undefined) this.locations.set(hex, found);
    return found;
  }

  async size(digest: Uint8Array): Promise<number | undefined> {
    return (await this.locate(toHex(checkDigest(digest))))?.size;
  }

  async has(digest: Uint8Array): Promise<boolean> {
    return (await this.size(digest)) !== undefined;
  }

  missing(digests: readonly Uint8Array[]): Promise<Buffer[]> {
    return findMissing(digests, (d) => this.has(d));
  }

  async put(digest: Uint8Array, bytes: Uint8Array): Promise<void> {
    const expected = checkDigest(digest);
    const actual = sha256(bytes);
    if (!digestsEqual(actual, expected)) throw new OtaError('OTA_E_DIGEST', `blob ${toHex(expected)} has sha256 ${toHex(actual)}`);
    const hex = toHex(expected);
    if ((await this.locate(hex)) !== undefined) return;
    const compressed = bytes.byteLength <= MAX_RANGE_BYTES ? await compressBlob(bytes, this.compressQuality) : undefined;
    const stored = compressed ?? bytes;
    const where: BlobLocation = { encoding: compressed ? 'brotli' : 'raw', size: bytes.byteLength };
    await this.objects.put(hex, stored.byteLength, where, async (offset, length) => stored.subarray(offset, offset + length));
    this.locations.set(hex, where);
    // Just uploaded means soon requested: keep it (the cache takes it only when small enough).
    await this.cache.add(hex, where, stored);
  }

  /** An object is durable once its PUT has answered: nothing to do. */
  async persist(): Promise<void> {}

  async putRange(digest: Uint8Array, size: number, offset: number, data: Uint8Array): Promise<boolean> {
    const expected = checkDigest(digest);
    checkUploadRange(size, offset, data);
    if (await this.has(expected)) return true;
    if (offset === 0 && data.byteLength === size) {
      await this.put(expected, data);
      return true;
    }
    const hex = toHex(expected);
    const staged = join(this.stagingDir, hex);
    if (!(await this.uploads.write(expected, size, offset, data, staged))) return false;
    // The range that completed the blob sends it; one that finds it staged waits for that.
    let commit = this.committing.get(hex);
    if (commit === undefined) {
      commit = this.commitStaged(hex, staged, size).finally(() => this.committing.delete(hex));
      this.committing.set(hex, commit);
    }
    await commit;
    return true;
  }

  /** Sends a verified, assembled blob (raw, as on disk) from its staged file to S3, then removes the file. */
  private async commitStaged(hex: string, staged: string, size: number): Promise<void> {
    const where: BlobLocation = { encoding: 'raw', size };
    try {
      await this.objects.put(hex, size, where, (offset, length) => readFileRange(staged, offset, length));
      this.locations.set(hex, where);
    } finally {
      await rm(staged, { force: true });
    }
  }

  /** The whole stored form of a blob, from the cache or else from S3 (then cached); undefined when it is gone. */
  private async storedForm(hex: string, where: BlobLocation): Promise<Buffer | undefined> {
    const cached = this.cache.readStored(hex);
    if (cached !== undefined) return cached;
    let fetch = this.fetches.get(hex);
    if (fetch === undefined) {
      fetch = this.objects
        .get(hex)
        .then(async (stored) => {
          if (stored === undefined) this.locations.delete(hex);
          else await this.cache.add(hex, where, stored);
          return stored;
        })
        .finally(() => this.fetches.delete(hex));
      this.fetches.set(hex, fetch);
    }
    return fetch;
  }

  async readStored(digest: Uint8Array): Promise<StoredBlob | undefined> {
    const hex = toHex(checkDigest(digest));
    const where = await this.locate(hex);
    if (where === undefined || (where.encoding === 'raw' && where.size > MAX_RANGE_BYTES)) return undefined;
    const stored = await this.storedForm(hex, where);
    if (stored === undefined) return undefined;
    return { data: where.encoding === 'brotli' ? compressedPayload(stored) : stored, encoding: where.encoding, blobSize: where.size };
  }

  async read(digest: Uint8Array, offset: number, length: number): Promise<BlobSlice | undefined> {
    const hex = toHex(checkDigest(digest));
    checkCount(offset, 'range offset');
    checkCount(length, 'range length');
    const where = await this.locate(hex);
    if (where === undefined) return undefined;
    if (where.encoding === 'brotli' || this.cache.accepts(where.size)) {
      const stored = await this.storedForm(hex, where);
      if (stored === undefined) return undefined;
      return slice(where.encoding === 'raw' ? stored : decompressPayload(compressedPayload(stored), where.size, hex), offset, length, hex);
    }
    const count = rangeLength(hex, offset, length, where.size);
    const data = await this.objects.get(hex, { offset, count });
    return data === undefined ? undefined : { data, blobSize: where.size };
  }

  /** Bytes held by the local cache now. */
  get cachedBytes(): number {
    return this.cache.bytes;
  }

  async delete(digest: Uint8Array): Promise<number> {
    const hex = toHex(checkDigest(digest));
    this.locations.delete(hex);
    this.cache.remove(hex);
    return this.objects.delete(hex);
  }

  async close(): Promise<void> {
    await this.uploads.close();
    await Promise.allSettled([...this.committing.values(), ...this.fetches.values()]);
    this.objects.close();
  }
}
