// The file reads behind DiskBlobStore. Finding a blob and reading one of at
// most one range (every chunk) is done synchronously: from the page cache it
// takes tens of microseconds, while each thread-pool round trip of fs/promises
// costs a wake-up and a context switch (a cold 64 KiB chunk took stat, open,
// read, close: four of them, more CPU than sending it). Reads of larger raw
// blobs, by range, stay on the thread pool.
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { COMPRESSED_HEADER_BYTES, compressedBlobSize, type BlobEncoding } from './blob-compression.js';
import { readAt } from '@otacast/shared';

export interface BlobLocation {
  encoding: BlobEncoding;
  /** Decoded size. */
  size: number;
  /** Uploaded but not yet made durable by a commit (blob-staging.ts). */
  staged?: true;
}

/** A raw blob is `path`; a compressed one `path.br`, its decoded size in the header. Undefined: neither exists. */
export function locateBlobFile(path: string, hex: string): BlobLocation | undefined {
  const info = statSync(path, { throwIfNoEntry: false });
  if (info?.isFile()) return { encoding: 'raw', size: info.size };
  // A stat that finds nothing is cheaper than an open that fails: most lookups of an upload find nothing.
  if (statSync(`${path}.br`, { throwIfNoEntry: false }) === undefined) return undefined;
  const header = readHeadIfExists(`${path}.br`, COMPRESSED_HEADER_BYTES);
  return header === undefined ? undefined : { encoding: 'brotli', size: compressedBlobSize(header, hex) };
}

/** The whole file at once (a blob up to one range, in its stored form). */
export function readSmallFile(path: string): Buffer {
  return readFileSync(path);
}

function readHeadIfExists(path: string, count: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const head = Buffer.alloc(count);
    return head.subarray(0, readSync(fd, head, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}

/** `count` bytes at `position` (fewer if the file is shorter), on the thread pool. */
export async function readFileRange(path: string, position: number, count: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const data = Buffer.allocUnsafe(count);
    const done = await readAt(handle, data, 0, count, position);
    return done === count ? data : data.subarray(0, done);
  } finally {
    await handle.close();
  }
}
