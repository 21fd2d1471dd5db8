import { afterAll, beforeAll } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, generateSigningKeyPair } from '@otacast/shared';
import { ApiClient, startServer, type RunningServer } from '@otacast/broker';

export interface InProcessServer {
  dir: string;
  server: RunningServer;
  adminToken: string;
  admin: ApiClient;
  keyPath: string;
  trustPath: string;
}

/**
 * Registers beforeAll/afterAll hooks for the enclosing describe: a real
 * server started in this process (quiet), an admin API client, and a signing
 * key pair, all in a temp dir removed afterwards. `get()` inside a test (or a
 * later beforeAll) returns them.
 */
export function useInProcessServer(prefix: string): { get(): InProcessServer } {
  let ready: InProcessServer | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    const logger = createLogger({ name: 'server' });
    logger.silent = true;
    const server = await startServer({ dataDir: join(dir, 'server'), port: 0, logger });
    const adminToken = (await readFile(join(dir, 'server', 'admin.token'), 'utf8')).trim();
    const admin = await ApiClient.connect({ url: server.url, token: adminToken });
    const pair = generateSigningKeyPair();
    const keyPath = join(dir, 'signing.key');
    const trustPath = join(dir, 'signing.pub');
    await writeFile(keyPath, pair.privatePem, { mode: 0o600 });
    await writeFile(trustPath, pair.publicPem);
    ready = { dir, server, adminToken, admin, keyPath, trustPath };
  });
  afterAll(async () => {
    await ready?.admin.close();
    await ready?.server.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    get(): InProcessServer {
      if (!ready) throw new Error('useInProcessServer: used outside a test');
      return ready;
    },
  };
}
