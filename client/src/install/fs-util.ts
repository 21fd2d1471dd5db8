import { chmod, lstat, readdir, readFile, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fsyncDir, fsyncFile, OtaError } from '@otacast/shared';

/** A small marker file's content, or undefined when it does not exist. */
export async function readMarker(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}


/** fsyncs every regular file and directory under `dir` (not following symlinks). */
export async function fsyncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await fsyncTree(path);
    else if (entry.isFile()) await fsyncFile(path);
  }
  await fsyncDir(dir);
}

const SETUID_SETGID = 0o6000;

/** Clears setuid and setgid on every file and directory under `dir` (symlinks are not followed); returns the paths changed. */
export async function stripSetuidTree(dir: string): Promise<string[]> {
  const changed: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) changed.push(...(await stripSetuidTree(path)));
    const { mode } = await lstat(path);
    if ((mode & SETUID_SETGID) !== 0) {
      await chmod(path, mode & 0o1777);
      changed.push(path);
    }
  }
  return changed;
}

export async function removeTree(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}

/** `root/relativePath`, refusing anything that would land outside `root`. */
export function insideRoot(root: string, relativePath: string, what: string): string {
  const target = resolve(root, relativePath);
  const rel = relative(resolve(root), target);
  if (isAbsolute(relativePath) || rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new OtaError('OTA_E_INSTALL', `${what} "${relativePath}" is not a path inside the root`);
  }
  return target;
}
