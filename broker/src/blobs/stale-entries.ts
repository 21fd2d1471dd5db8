import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Scratch directories shared by workers on one --data (docs/scale-out.md)
 * hold one subdirectory per live owner (an upload store, a patch builder).
 * A starting owner removes only what nobody can still be using: loose files
 * (the layout before owners had directories) and directories in which
 * nothing changed for `idleMs`. A process id would not tell whether an owner
 * still runs: workers in other containers may share the volume.
 */
export async function removeStaleEntries(dir: string, idleMs: number, only: (name: string) => boolean = () => true): Promise<void> {
  const cutoff = Date.now() - idleMs;
  const entries = await readdir(dir, { withFileTypes: true }).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [];
    throw err;
  });
  for (const entry of entries) {
    if (!only(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory() && (await newestChange(path)) >= cutoff) continue;
    await rm(path, { recursive: true, force: true });
  }
}

/** When a directory or any entry in it last changed (ms); 0 when it is gone. */
async function newestChange(dir: string): Promise<number> {
  try {
    const times = [(await stat(dir)).mtimeMs];
    for (const name of await readdir(dir)) times.push((await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0);
    return Math.max(...times);
  } catch {
    return 0;
  }
}
