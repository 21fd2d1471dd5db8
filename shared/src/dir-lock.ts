// One process per directory: one server per data directory (two would share
// the registry and blobs, and the second fails deep inside LevelDB with a
// message that says nothing useful), one agent per state directory (two
// would resume the same download and install over each other). The process
// takes DIR/NAME.lock (created exclusively, holding its pid) before it opens
// anything. A lock whose pid is no longer alive was left by a crash or a
// kill -9 and is taken over.
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { toOtaError, type OtaError } from './errors.js';

/** Locks this process holds: its own pid in a lock file is then no stale one (e.g. pid 1 again in a restarted container). */
const held = new Set<string>();

export interface DirLock {
  /** Removes the lock file, if it is still ours. */
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function lockHolder(path: string): Promise<number | undefined> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const pid = Number(text.trim());
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

async function createExclusive(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(`${process.pid}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw toOtaError(err);
  }
}

export interface DirLockOptions {
  /** The lock file's name in the directory, e.g. `serve.lock`. */
  file: string;
  /** The error when a live process (pid) holds the lock: names it and says what to do. */
  inUse: (pid: number) => OtaError;
}

/** Takes the directory's lock, or fails with `inUse` naming the live holder. */
export async function lockDir(dir: string, { file, inUse }: DirLockOptions): Promise<DirLock> {
  const path = join(dir, file);
  if (held.has(path)) throw inUse(process.pid);
  // A few rounds: each round either creates the lock, finds a live holder, or removes a stale lock.
  for (let round = 0; round < 3; round++) {
    if (await createExclusive(path)) {
      // Two processes taking over one stale lock at once: only the one whose pid the file holds goes on.
      const holder = await lockHolder(path);
      if (holder !== process.pid) throw inUse(holder ?? 0);
      held.add(path);
      return {
        async release() {
          if (!held.delete(path)) return;
          if ((await lockHolder(path)) === process.pid) await unlink(path).catch(() => undefined);
        },
      };
    }
    const holder = await lockHolder(path);
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw inUse(holder);
    await unlink(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw toOtaError(err);
    });
  }
  throw inUse(0);
}
