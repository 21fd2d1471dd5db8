// One server per data directory (shared/src/dir-lock.ts says why and how).
import { OtaError, lockDir, type DirLock } from '@otacast/shared';

/** In the data directory; holds the pid of the server that has it. */
export const LOCK_FILE = 'serve.lock';

/** Takes the data directory's lock, or fails with OTA_E_DATA_DIR_IN_USE naming the live holder. */
export function lockDataDir(dataDir: string): Promise<DirLock> {
  return lockDir(dataDir, {
    file: LOCK_FILE,
    inUse: (pid) =>
      new OtaError('OTA_E_DATA_DIR_IN_USE', `${dataDir} is used by another otacast serve (pid ${pid}); stop it or pass another --data`, { details: { dataDir, pid } }),
  });
}
