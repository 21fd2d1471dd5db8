import { lstat, open, type FileHandle } from 'node:fs/promises';

/** True when something (a file, a directory, a dangling symlink) is at `path`; other errors than ENOENT are thrown. */
export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** fsyncs a file, or a directory so that a rename inside it survives power loss. */
async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const fsyncFile: (path: string) => Promise<void> = fsyncPath;
/** A directory is fsynced so that a rename inside it survives power loss. */
export const fsyncDir: (dir: string) => Promise<void> = fsyncPath;

/**
 * Reads `length` bytes at `position` into `into[at…]`, looping over short
 * reads; stops early only at the end of the file. Returns the bytes read, so
 * each caller says what a short file means for it.
 */
export async function readAt(handle: FileHandle, into: Buffer, at: number, length: number, position: number): Promise<number> {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(into, at + done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

/** Writes all of `data[offset, offset+length)` at `position`, looping over short writes. */
export async function writeAt(handle: FileHandle, data: Uint8Array, offset: number, length: number, position: number): Promise<void> {
  for (let written = 0; written < length; ) {
    written += (await handle.write(data, offset + written, length - written, position + written)).bytesWritten;
  }
}
