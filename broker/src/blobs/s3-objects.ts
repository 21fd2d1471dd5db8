// The only S3 code: blob objects in one bucket, at `blobs/{hex}`, holding a
// blob's stored form (raw, or the brotli form with its size header) and its
// encoding and decoded size as user metadata, so a HEAD answers size() and
// has() without reading the body. Every S3 failure other than "no such
// object" becomes OTA_E_BLOBS_UNAVAILABLE.
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  DeleteObjectCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { MiB, OtaError } from '@otacast/shared';
import type { BlobEncoding } from './blob-compression.js';
import type { BlobLocation } from './blob-files.js';

export interface S3Location {
  bucket: string;
  /** An S3-compatible endpoint (MinIO, Ceph, s3rver, R2...); default AWS. */
  endpoint?: string;
  /** Default AWS_REGION, else us-east-1. */
  region?: string;
  /** Bucket in the path (http://host/bucket/key) instead of the host name. */
  forcePathStyle?: boolean;
}

/** S3's smallest part (except the last) is 5 MiB; 8 MiB parts keep a 1 GiB blob at 128 of the 10,000 allowed. */
export const MULTIPART_PART_BYTES = 8 * MiB;

const ENCODING_KEY = 'otacast-encoding';
const SIZE_KEY = 'otacast-size';

/** One part of a stored form, read when it is uploaded (a file is never loaded whole). */
export type PartReader = (offset: number, length: number) => Promise<Uint8Array>;

function statusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

function isNotFound(err: unknown): boolean {
  const name = (err as { name?: string }).name;
  return name === 'NotFound' || name === 'NoSuchKey' || statusOf(err) === 404;
}

export class S3Objects {
  private readonly client: S3Client;
  private readonly where: string;

  constructor(private readonly location: S3Location) {
    this.client = new S3Client({
      region: location.region ?? process.env['AWS_REGION'] ?? 'us-east-1',
      ...(location.endpoint === undefined ? {} : { endpoint: location.endpoint }),
      forcePathStyle: location.forcePathStyle ?? false,
      // An endpoint that does not answer fails the request in seconds, not minutes.
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    });
    this.where = `s3://${location.bucket}${location.endpoint === undefined ? '' : ` at ${location.endpoint}`}`;
  }

  private unavailable(what: string, err: unknown): OtaError {
    const status = statusOf(err);
    const detail = `${(err as Error).name ?? 'Error'}${status === undefined ? '' : ` (HTTP ${status})`}: ${(err as Error).message}`;
    return new OtaError('OTA_E_BLOBS_UNAVAILABLE', `${what} on ${this.where} failed: ${detail}; check --blobs and the AWS_* credentials`, { cause: err });
  }

  private key(hex: string): string {
    return `blobs/${hex}`;
  }

  /** Fails with OTA_E_BLOBS_UNAVAILABLE unless the bucket exists and these credentials may use it. */
  async checkBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.location.bucket }));
    } catch (err) {
      throw this.unavailable(isNotFound(err) ? 'the bucket does not exist: HEAD bucket' : 'HEAD bucket', err);
    }
  }

  /** How a blob is stored and its decoded size; undefined when there is no such object. */
  async head(hex: string): Promise<BlobLocation | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.key(hex) }));
      return locationOf(hex, head.Metadata, head.ContentLength);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err instanceof OtaError ? err : this.unavailable(`HEAD ${this.key(hex)}`, err);
    }
  }

  /** Deletes a blob's object; resolves with the bytes it took in the bucket, 0 when there was none. */
  async delete(hex: string): Promise<number> {
    const Bucket = this.location.bucket;
    const Key = this.key(hex);
    let bytes: number;
    try {
      bytes = (await this.client.send(new HeadObjectCommand({ Bucket, Key }))).ContentLength ?? 0;
    } catch (err) {
      if (isNotFound(err)) return 0;
      throw this.unavailable(`HEAD ${Key}`, err);
    }
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket, Key }));
    } catch (err) {
      throw this.unavailable(`DELETE ${Key}`, err);
    }
    return bytes;
  }

  /** The stored form, or `count` bytes of it from `offset`; undefined when there is no such object. */
  async get(hex: string, range?: { offset: number; count: number }): Promise<Buffer | undefined> {
    if (range !== undefined && range.count === 0) return Buffer.alloc(0);
    const Range = range === undefined ? undefined : `bytes=${range.offset}-${range.offset + range.count - 1}`;
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: this.key(hex), ...(Range === undefined ? {} : { Range }) }));
      const bytes = await answer.Body?.transformToByteArray();
      return bytes === undefined ? Buffer.alloc(0) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw this.unavailable(`GET ${this.key(hex)}${Range === undefined ? '' : ` ${Range}`}`, err);
    }
  }

  /**
   * Stores a blob's stored form of `storedBytes` bytes, read part by part:
   * one PUT below MULTIPART_PART_BYTES, else a multipart upload (aborted when
   * a part fails, so no orphan parts are left to pay for).
   */
  async put(hex: string, storedBytes: number, where: BlobLocation, read: PartReader): Promise<void> {
    const Bucket = this.location.bucket;
    const Key = this.key(hex);
    const Metadata = { [ENCODING_KEY]: where.encoding, [SIZE_KEY]: String(where.size) };
    if (storedBytes < MULTIPART_PART_BYTES) {
      try {
        await this.client.send(new PutObjectCommand({ Bucket, Key, Metadata, Body: await read(0, storedBytes) }));
        return;
      } catch (err) {
        throw this.unavailable(`PUT ${Key}`, err);
      }
    }
    let uploadId: string | undefined;
    try {
      uploadId = (await this.client.send(new CreateMultipartUploadCommand({ Bucket, Key, Metadata }))).UploadId;
      if (uploadId === undefined) throw new Error('no UploadId in the answer');
      const parts: { ETag: string; PartNumber: number }[] = [];
      for (let offset = 0, PartNumber = 1; offset < storedBytes; offset += MULTIPART_PART_BYTES, PartNumber++) {
        const Body = await read(offset, Math.min(MULTIPART_PART_BYTES, storedBytes - offset));
        const part = await this.client.send(new UploadPartCommand({ Bucket, Key, UploadId: uploadId, PartNumber, Body }));
        parts.push({ ETag: part.ETag ?? '', PartNumber });
      }
      await this.client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
    } catch (err) {
      if (uploadId !== undefined) await this.client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId })).catch(() => undefined);
      throw err instanceof OtaError ? err : this.unavailable(`multipart upload of ${Key}`, err);
    }
  }

  close(): void {
    this.client.destroy();
  }
}

function locationOf(hex: string, metadata: Record<string, string> | undefined, storedBytes: number | undefined): BlobLocation {
  const encoding = metadata?.[ENCODING_KEY] ?? 'raw';
  const size = Number(metadata?.[SIZE_KEY] ?? storedBytes);
  if ((encoding !== 'raw' && encoding !== 'brotli') || !Number.isSafeInteger(size) || size < 0) {
    throw new OtaError('OTA_E_IO', `S3 object blobs/${hex} has bad metadata (${ENCODING_KEY}=${encoding}, ${SIZE_KEY}=${String(size)})`);
  }
  return { encoding: encoding satisfies BlobEncoding, size };
}
