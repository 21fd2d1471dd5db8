import { open, rename, rm } from 'node:fs/promises';
import { fsyncDir } from './file-io.js';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';


/** A temp path in the same directory, so the final rename is atomic. */
export function siblingTempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes a file so that readers (and a reboot) see either the old content or
 * the new, never a torn mix: write a temp file, fsync, rename, fsync the dir.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o644): Promise<void> {
  const temp = siblingTempPath(path);
  const handle = await open(temp, 'w', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close();
    await rm(temp, { force: true });
    throw err;
  }
  await handle.close();
  await rename(temp, path);
  await fsyncDir(dirname(path));
}
