import { open, type FileHandle } from 'node:fs/promises';
import type { KeyObject } from 'node:crypto';
import { digestsEqual, encodeChunkIndex, encodeManifest, indexFile, indexFileChunks, keyIdOf, loadPrivateKey, OtaError, readAt, releaseIdOf, sha256, signManifest, type ComponentSpec, type FileIndex, type Logger, type ReleaseManifest, type TlsFiles } from '@otacast/shared';
import { ApiClient } from './api-client.js';
import { resolveExpiry, validateReleaseSpec, type ReleaseSpec } from './release-spec.js';
import { ReleaseUploader } from './release-uploader.js';

export type PublishProgress =
  | { phase: 'indexing'; component: string; index: number; count: number }
  | { phase: 'uploading'; uploadedBlobs: number; missingBlobs: number; uploadedBytes: number; missingBytes: number }
  | { phase: 'committing'; releaseId: string };

/** What publishRelease needs: where the server is, who publishes, the signing key and the release. */
export interface PublishReleaseOptions {
  /** mqtt://host:port of `otacast serve`. */
  url: string;
  token: string;
  /** For mqtts:// URLs: CA to trust and client certificate (see ApiClientOptions). */
  tls?: TlsFiles;
  /** MQTT username the token belongs to. Default "admin". */
  principal?: string;
  /** MQTT client id (ApiClientOptions.clientId). */
  clientId?: string;
  /** ed25519 private key, or the path of its PKCS8 PEM file; several sign together (a keyring with a threshold). */
  key: string | KeyObject | readonly (string | KeyObject)[];
  spec: ReleaseSpec;
  logger?: Logger;
  onProgress?: (progress: PublishProgress) => void;
  /** PutBlob requests kept in flight. Default 16. */
  window?: number;
  /** Per-request timeout. Default 30 s. */
  timeoutMs?: number;
  /** Store and sign without announcing on the channel: the release reaches devices only through a rollout. */
  noAnnounce?: boolean;
  /** A connected client to publish through (left open) instead of connecting with url/token. */
  client?: ApiClient;
}

/** @deprecated Use PublishReleaseOptions (the old name was also that of the broker's options for one MQTT publish). */
export type PublishOptions = PublishReleaseOptions;

export interface PublishResult {
  releaseId: string;
  /** The server already held a release with this product, version and content. */
  existing: boolean;
  uploadedBlobs: number;
  uploadedBytes: number;
  /** Bytes of every distinct blob (chunks + chunk indexes) the release references. */
  totalBytes: number;
  /** Distinct blobs the release references. */
  totalBlobs: number;
  components: number;
  /** Chunks over all components, counting repeats. */
  chunks: number;
  elapsedMs: number;
}

/** Where the bytes of one blob come from: a range of a component file, or memory (a chunk index). */
type BlobSource = { digest: Buffer; length: number } & ({ file: number; offset: number } | { data: Buffer });

export interface PreparedRelease {
  manifest: ReleaseManifest;
  manifestBytes: Buffer;
  signedManifest: Buffer;
  /** Derived from the manifest bytes (docs/protocol.md). */
  releaseId: string;
  /** Distinct blobs, keyed by hex digest. */
  blobs: Map<string, BlobSource>;
  /** Component file paths, indexed by BlobSource.file. */
  files: string[];
  chunks: number;
}

/** The signed release built from the component files' indexes; no blob handling. */
interface SignedRelease {
  manifest: ReleaseManifest;
  manifestBytes: Buffer;
  signedManifest: Buffer;
  releaseId: string;
  chunks: number;
}

/**
 * Indexes every component with `indexComponent`, hands each chunk index blob
 * to `onIndexBlob`, builds the manifest and signs it.
 */
async function buildSignedRelease(
  spec: ReleaseSpec,
  key: KeyObject | readonly KeyObject[],
  indexComponent: (path: string, component: number) => Promise<FileIndex>,
  onIndexBlob: (digest: Buffer, bytes: Buffer) => void | Promise<void>,
  onProgress: ((progress: PublishProgress) => void) | undefined,
  createdAtMs: number,
): Promise<SignedRelease> {
  const components: ComponentSpec[] = [];
  let chunks = 0;
  for (const [i, c] of spec.components.entries()) {
    onProgress?.({ phase: 'indexing', component: c.name, index: i, count: spec.components.length });
    const index = await indexComponent(c.path, i);
    chunks += index.chunks.length;
    const indexBytes = encodeChunkIndex(index.chunks);
    const indexDigest = sha256(indexBytes);
    await onIndexBlob(indexDigest, indexBytes);
    components.push({
      name: c.name,
      version: c.version,
      type: c.type,
      size: index.size,
      sha256: index.sha256,
      indexDigest,
      indexSize: indexBytes.length,
      requires: c.requires,
      options: c.options,
    });
  }
  const manifest: ReleaseManifest = {
    product: spec.product,
    version: spec.version,
    channel: spec.channel,
    createdAtMs,
    expiresAtMs: resolveExpiry(spec, createdAtMs),
    hardware: spec.hardware,
    components,
    rollback: spec.rollback,
  };
  const manifestBytes = encodeManifest(manifest);
  const signedManifest = signManifest(manifestBytes, key);
  return { manifest, manifestBytes, signedManifest, releaseId: releaseIdOf(manifestBytes), chunks };
}

/**
 * Chunks every component (streaming: memory does not grow with file size),
 * builds the chunk indexes and the manifest, and signs it. No network: the
 * blobs are described by file and offset, for uploadMissingBlobs.
 */
export async function prepareRelease(
  spec: ReleaseSpec,
  key: KeyObject | readonly KeyObject[],
  onProgress?: (progress: PublishProgress) => void,
  createdAtMs = Date.now(),
): Promise<PreparedRelease> {
  const blobs = new Map<string, BlobSource>();
  const indexComponent = async (path: string, file: number): Promise<FileIndex> => {
    const index = await indexFile(path);
    for (const chunk of index.chunks) {
      const hex = chunk.digest.toString('hex');
      if (!blobs.has(hex)) blobs.set(hex, { digest: chunk.digest, length: chunk.length, file, offset: chunk.offset });
    }
    return index;
  };
  const signed = await buildSignedRelease(spec, key, indexComponent, (digest, data) => void blobs.set(digest.toString('hex'), { digest, length: data.length, data }), onProgress, createdAtMs);
  return { ...signed, blobs, files: spec.components.map((c) => c.path) };
}

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  if ((await readAt(handle, buffer, 0, length, position)) < length) throw new OtaError('OTA_E_IO', `file shrank while publishing (wanted ${length} bytes at ${position})`);
  return buffer;
}

/** Runs `task` over `items` with at most `window` in flight; the first failure stops new work and is thrown. */
async function runWindowed<T>(items: readonly T[], window: number, task: (item: T) => Promise<void>): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  for (const item of items) {
    if (failure !== undefined) break;
    const p: Promise<void> = task(item)
      .catch((err: unknown) => {
        failure ??= err;
      })
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= window) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
}

/** Uploads the blobs of a prepared release that the server lacks; reads each chunk from its file by offset. */
export async function uploadMissingBlobs(
  client: ApiClient,
  prepared: PreparedRelease,
  options: { window?: number; onProgress?: (progress: PublishProgress) => void } = {},
): Promise<{ uploadedBlobs: number; uploadedBytes: number }> {
  const all = [...prepared.blobs.values()];
  const missing = (await client.missingBlobs(all.map((b) => b.digest)))
    .map((d) => prepared.blobs.get(d.toString('hex')))
    .filter((b): b is BlobSource => b !== undefined);
  const missingBytes = missing.reduce((sum, b) => sum + b.length, 0);
  let uploadedBlobs = 0;
  let uploadedBytes = 0;
  const report = (): void => options.onProgress?.({ phase: 'uploading', uploadedBlobs, missingBlobs: missing.length, uploadedBytes, missingBytes });
  report();
  const handles = new Map<number, Promise<FileHandle>>();
  try {
    await runWindowed(missing, options.window ?? 16, async (blob) => {
      let data: Buffer;
      if ('data' in blob) {
        data = blob.data;
      } else {
        // Several uploads start at once: share the open promise so each file is opened once.
        let handle = handles.get(blob.file);
        if (!handle) {
          handle = open(prepared.files[blob.file] ?? '', 'r');
          handles.set(blob.file, handle);
        }
        data = await readExactly(await handle, blob.length, blob.offset);
        if (!digestsEqual(sha256(data), blob.digest)) {
          throw new OtaError('OTA_E_DIGEST', `${prepared.files[blob.file] ?? '?'} changed while publishing (chunk at ${blob.offset})`);
        }
      }
      await client.putBlob(blob.digest, data);
      uploadedBlobs += 1;
      uploadedBytes += blob.length;
      report();
    });
  } finally {
    await Promise.allSettled([...handles.values()].map(async (h) => (await h).close()));
  }
  return { uploadedBlobs, uploadedBytes };
}

/**
 * Publishes a release: chunk and sign locally, upload only the blobs the
 * server lacks, then commit (the server announces it retained on the channel).
 * The signing key never leaves this process.
 */
export async function publishRelease(options: PublishReleaseOptions): Promise<PublishResult> {
  const started = Date.now();
  const { logger, onProgress } = options;
  const keys = await Promise.all((Array.isArray(options.key) ? options.key : [options.key]).map((k: string | KeyObject) => (typeof k === 'string' ? loadPrivateKey(k) : k)));
  const keyId = keys.map((k) => keyIdOf(k)).join(',');
  const spec = await validateReleaseSpec(options.spec);
  const client = options.client ?? await ApiClient.connect({
    url: options.url,
    token: options.token,
    ...(options.tls === undefined ? {} : { tls: options.tls }),
    ...(options.principal === undefined ? {} : { principal: options.principal }),
    ...(options.clientId === undefined ? {} : { clientId: options.clientId }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(logger === undefined ? {} : { logger }),
  });
  try {
    // One pass: each chunk goes to the uploader as it is read (release-uploader.ts).
    const uploader = new ReleaseUploader(client, {
      window: options.window ?? 16,
      ...(onProgress === undefined
        ? {}
        : { onProgress: (c) => onProgress({ phase: 'uploading', uploadedBlobs: c.uploadedBlobs, missingBlobs: c.missingBlobs, uploadedBytes: c.uploadedBytes, missingBytes: c.missingBytes }) }),
    });
    const signed = await buildSignedRelease(
      spec,
      keys,
      (path) => indexFileChunks(path, (chunk, data) => uploader.offer(chunk.digest, data)),
      (digest, bytes) => uploader.offer(digest, bytes),
      onProgress,
      Date.now(),
    );
    const counts = await uploader.finish();
    logger?.debug('release uploaded', { releaseId: signed.releaseId, keyId, blobs: counts.totalBlobs, totalBytes: counts.totalBytes, uploadedBytes: counts.uploadedBytes, manifestBytes: signed.manifestBytes.length });
    onProgress?.({ phase: 'committing', releaseId: signed.releaseId });
    const commit = await client.commitRelease(signed.signedManifest, { noAnnounce: options.noAnnounce === true });
    if (commit.releaseId !== signed.releaseId) {
      logger?.debug('server answered with another release id', { local: signed.releaseId, server: commit.releaseId, existing: commit.existing });
    }
    return {
      releaseId: commit.releaseId,
      existing: commit.existing,
      uploadedBlobs: counts.uploadedBlobs,
      uploadedBytes: counts.uploadedBytes,
      totalBytes: counts.totalBytes,
      totalBlobs: counts.totalBlobs,
      components: spec.components.length,
      chunks: signed.chunks,
      elapsedMs: Date.now() - started,
    };
  } finally {
    if (options.client === undefined) await client.close();
  }
}
