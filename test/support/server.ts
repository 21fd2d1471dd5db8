import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Background, otacastBin } from './processes.js';

export interface ServeProcess {
  url: string;
  port: number;
  dataDir: string;
  adminToken: string;
  process: Background;
  stop(): Promise<void>;
}

/** Starts the real `otacast serve` on a free port and waits for its listening line. */
export async function startServe(dataDir: string, extraArgs: string[] = []): Promise<ServeProcess> {
  const process = new Background(otacastBin, ['serve', '--data', dataDir, '--port', '0', ...extraArgs]);
  const match = await process.waitFor(/listening.*?(mqtt:\/\/[\w.\-[\]:]+:(\d+))/);
  const url = match[1] as string;
  const adminToken = (await readFile(join(dataDir, 'admin.token'), 'utf8')).trim();
  return { url, port: Number(match[2]), dataDir, adminToken, process, stop: () => process.stop() };
}
