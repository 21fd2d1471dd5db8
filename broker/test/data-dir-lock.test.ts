import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { OtaError } from '@otacast/shared';
import { startServer } from '../src/server.js';
import { captureLogger } from './server-harness.js';
import { errorLines, otacast, serve, tempDir, type ServeProcess } from './cli-helpers.js';

const lockOf = async (dataDir: string) => (await readFile(join(dataDir, 'serve.lock'), 'utf8')).trim();

/** The pid of a process that has exited: what a lock left by a crash holds. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid ?? 0;
}

/** One `otacast serve` per data directory (docs/errors.md, OTA_E_DATA_DIR_IN_USE). */
describe('data directory lock', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let dataDir: string;
  const servers: ServeProcess[] = [];
  beforeEach(async () => {
    dir = await tempDir();
    dataDir = join(dir.path, 'data');
  });
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.stop();
    await dir.cleanup();
  });

  it('a second otacast serve on the same directory exits 1 with OTA_E_DATA_DIR_IN_USE naming the first one', async () => {
    const first = await serve(dataDir);
    servers.push(first);
    const second = await otacast(['serve', '--data', dataDir, '--port', '0']);
    expect(second.code).toBe(1);
    expect(errorLines(second.stderr)).toEqual([
      `OTA_E_DATA_DIR_IN_USE: ${dataDir} is used by another otacast serve (pid ${first.child.pid}); stop it or pass another --data`,
    ]);
    expect(first.child.exitCode).toBeNull();
    expect(await lockOf(dataDir)).toBe(String(first.child.pid));
    expect(await first.stop()).toBe(0);
    servers.pop();
    await expect(lockOf(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('takes over the lock of a server killed with SIGKILL', async () => {
    const killed = await serve(dataDir);
    killed.child.kill('SIGKILL');
    expect(await killed.stop()).toBe('SIGKILL');
    expect(await lockOf(dataDir)).toBe(String(killed.child.pid));
    const next = await serve(dataDir);
    servers.push(next);
    expect(await lockOf(dataDir)).toBe(String(next.child.pid));
  });

  it('in one process: refuses a second startServer until the first is closed, and takes over a lock naming a dead pid', async () => {
    const logger = captureLogger().logger;
    const running = await startServer({ dataDir, port: 0, logger });
    const code = await startServer({ dataDir, port: 0, logger }).then(
      () => 'started',
      (err: OtaError) => err.code,
    );
    expect(code).toBe('OTA_E_DATA_DIR_IN_USE');
    await running.close();
    await writeFile(join(dataDir, 'serve.lock'), `${await deadPid()}\n`);
    const again = await startServer({ dataDir, port: 0, logger });
    expect(await lockOf(dataDir)).toBe(String(process.pid));
    await again.close();
  });
});
