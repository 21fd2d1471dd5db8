import { spawnServer, type SpawnedServer } from '../../scripts/lib/serve.mjs';

export interface ServeProcess {
  url: string;
  port: number;
  dataDir: string;
  adminToken: string;
  /** The child and its whole log (tests look for logged codes in it). */
  process: SpawnedServer & { waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray> };
  stop(): Promise<void>;
}

/** Resolves with the first match of `pattern` in the server's output (stdout, then stderr), polling until `timeoutMs`. */
async function waitForOutput(server: SpawnedServer, pattern: RegExp, timeoutMs = 15_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = server.stdout.match(pattern) ?? server.stderr.match(pattern);
    if (match) return match;
    if (Date.now() > deadline) throw new Error(`otacast serve printed nothing matching ${pattern} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Starts the real `otacast serve` on a free port (scripts/lib/serve.mjs) and waits for its listening line. */
export async function startServe(dataDir: string, extraArgs: string[] = []): Promise<ServeProcess> {
  const server = await spawnServer(dataDir, {
    serveArgs: extraArgs,
    logLevel: process.env['OTACAST_LOG_LEVEL'] ?? 'info',
    keepLogBytes: Infinity,
    timeoutMs: 30_000,
  });
  const withWait = Object.assign(server, { waitFor: (pattern: RegExp, timeoutMs?: number) => waitForOutput(server, pattern, timeoutMs) });
  return { url: server.url, port: server.port, dataDir, adminToken: server.token, process: withWait, stop: () => server.stop() };
}
