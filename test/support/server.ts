import { spawnServer, type SpawnedServer } from '../../scripts/lib/serve.mjs';

export interface ServeProcess {
  url: string;
  port: number;
  dataDir: string;
  adminToken: string;
  /** The child and its whole log (tests look for logged codes in it). */
  process: SpawnedServer;
  stop(): Promise<void>;
}

/** Starts the real `otacast serve` on a free port (scripts/lib/serve.mjs) and waits for its listening line. */
export async function startServe(dataDir: string, extraArgs: string[] = []): Promise<ServeProcess> {
  const server = await spawnServer(dataDir, {
    serveArgs: extraArgs,
    logLevel: process.env['OTACAST_LOG_LEVEL'] ?? 'info',
    keepLogBytes: Infinity,
    timeoutMs: 30_000,
  });
  return { url: server.url, port: server.port, dataDir, adminToken: server.token, process: server, stop: () => server.stop() };
}
