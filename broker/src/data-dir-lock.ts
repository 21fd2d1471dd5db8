// One server per data directory. Two on one directory would share the
// registry and blobs, and the second fails deep inside the broker's LevelDB
// with a message that says nothing useful; so the server takes DIR/serve.lock
// (created exclusively, holding its pid) before it opens anything. A lock
// whose pid is no longer alive was left by a crash or a kill -9 and is taken
// over.
import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError, toOtaError } from '@otacast/shared';

/** In the data directory; holds the pid of the server that has it. */
export const LOCK_FILE = 'serve.lock';

/** Locks this process holds: its own pid in a lock file is then no stale one (e.g. pid 1 again in a restarted container). */
const held = new Set<string>();

export interface DataDirLock {
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
    const handle = await open(path, 'wx', 0o644);
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

function inUse(dataDir: string, pid: number): OtaError {
  return new OtaError('OTA_E_DATA_DIR_IN_USE', `${dataDir} is used by another otacast serve (pid ${pid}); stop it or pass another --data`, {
    details: { dataDir, pid },
  });
}

/** Takes the data directory's lock, or fails with OTA_E_DATA_DIR_IN_USE naming the live holder. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE);
  if (held.has(path)) throw inUse(dataDir, process.pid);
  // A few rounds: each round either creates the lock, finds a live holder, or removes a stale lock.
  for (let round = 0; round < 3; round++) {
    if (await createExclusive(path)) {
      // Two servers taking over one stale lock at once: only the one whose pid the file holds goes on.
      const holder = await lockHolder(path);
      if (holder !== process.pid) throw inUse(dataDir, holder ?? 0);
      held.add(path);
      return {
        async release() {
          if (!held.delete(path)) return;
          if ((await lockHolder(path)) === process.pid) await unlink(path).catch(() => undefined);
        },
      };
    }
    const holder = await lockHolder(path);
    if (holder !== undefined && holder !== process.pid && isAlive(holder)) throw inUse(dataDir, holder);
    await unlink(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw toOtaError(err);
    });
  }
  throw new OtaError('OTA_E_DATA_DIR_IN_USE', `${dataDir}: could not take ${LOCK_FILE}; another otacast serve keeps starting on it`);
}
