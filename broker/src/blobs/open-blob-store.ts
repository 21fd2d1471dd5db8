// Which BlobStore a server runs on: files in the data directory (the
// embedded default) or an S3-compatible bucket named by `--blobs s3://…`.
import { join } from 'node:path';
import { OtaError } from '@otacast/shared';
import { DiskBlobStore, type BlobStore } from './blob-store.js';
import { S3BlobStore } from './s3-blob-store.js';
import type { S3Location } from './s3-objects.js';

/** S3's bucket naming rules (3–63 lower-case letters, digits, dots, hyphens). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function usage(text: string, why: string): OtaError {
  return new OtaError('OTA_E_USAGE', `--blobs ${text.slice(0, 200)}: ${why} (expected s3://BUCKET?endpoint=URL[&region=R][&forcePathStyle=true])`);
}

/**
 * `s3://BUCKET[?endpoint=URL][&region=R][&forcePathStyle=true|false]` as an
 * S3Location; OTA_E_USAGE for anything else. With an endpoint (MinIO, Ceph,
 * s3rver) the bucket goes in the path unless forcePathStyle=false.
 */
export function parseBlobsUrl(text: string): S3Location {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw usage(text, 'not a URL');
  }
  if (url.protocol !== 's3:') throw usage(text, `the scheme is ${url.protocol.replace(/:$/, '')}, not s3`);
  if (!BUCKET_NAME.test(url.hostname)) throw usage(text, `"${url.hostname}" is not an S3 bucket name`);
  if ((url.pathname !== '' && url.pathname !== '/') || url.username !== '' || url.password !== '' || url.port !== '') throw usage(text, 'only a bucket name goes before the "?"');
  const known = new Set(['endpoint', 'region', 'forcePathStyle']);
  for (const key of url.searchParams.keys()) if (!known.has(key)) throw usage(text, `unknown parameter "${key}"`);
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint !== undefined && !/^https?:\/\/[^/?#\s]+\/?$/.test(endpoint)) throw usage(text, `endpoint "${endpoint}" is not an http(s)://HOST[:PORT] URL`);
  const region = url.searchParams.get('region') ?? undefined;
  if (region !== undefined && !/^[a-z0-9-]{1,64}$/.test(region)) throw usage(text, `"${region}" is not a region name`);
  const pathStyle = url.searchParams.get('forcePathStyle');
  if (pathStyle !== null && pathStyle !== 'true' && pathStyle !== 'false') throw usage(text, 'forcePathStyle is true or false');
  return {
    bucket: url.hostname,
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(region === undefined ? {} : { region }),
    forcePathStyle: pathStyle === null ? endpoint !== undefined : pathStyle === 'true',
  };
}

export interface BlobStoreChoice {
  dataDir: string;
  /** Where blobs live; undefined: DATA/blobs. */
  s3?: S3Location;
  /** In-memory cache of the disk store (bytes). */
  cacheBytes: number;
  /** Local disk cache in front of S3 (bytes). */
  s3CacheBytes?: number;
  compressQuality?: number;
}

export function openBlobStore(choice: BlobStoreChoice): Promise<BlobStore> {
  const quality = choice.compressQuality === undefined ? {} : { compressQuality: choice.compressQuality };
  if (choice.s3 === undefined) return DiskBlobStore.open({ root: join(choice.dataDir, 'blobs'), cacheBytes: choice.cacheBytes, ...quality });
  return S3BlobStore.open({
    s3: choice.s3,
    cacheDir: join(choice.dataDir, 'blob-cache'),
    uploadDir: join(choice.dataDir, 'blob-uploads'),
    ...(choice.s3CacheBytes === undefined ? {} : { cacheBytes: choice.s3CacheBytes }),
    ...quality,
  });
}
