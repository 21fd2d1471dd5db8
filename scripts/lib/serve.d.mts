// Types of serve.mjs for the TypeScript tests (test/support/server.ts).
import type { ChildProcessWithoutNullStreams } from 'node:child_process';

export declare const repoRoot: string;
export declare const otacastBin: string;
export declare const agentBin: string;

export interface SpawnServerOptions {
  serveArgs?: string[];
  nodeFlags?: string[];
  logLevel?: string;
  wrap?: (child: ChildProcessWithoutNullStreams) => ChildProcessWithoutNullStreams;
  stderr?: (chunk: Buffer) => void;
  keepLogBytes?: number;
  timeoutMs?: number;
}

export interface SpawnedServer {
  readonly child: ChildProcessWithoutNullStreams;
  /** mqtt://host:port with the bound port. */
  readonly url: string;
  readonly port: number;
  /** The admin token the server wrote to DATA/admin.token. */
  readonly token: string;
  /** Resolves with the exit code (or the signal) once the child has exited. */
  readonly exited: Promise<number | NodeJS.Signals | null>;
  /** Sends `signal` (default SIGTERM; SIGKILL after 5 s) and resolves once the child has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** The last keepLogBytes of the server's stdout and stderr. */
  readonly stdout: string;
  readonly stderr: string;
}

export declare function spawnServer(dataDir: string, options?: SpawnServerOptions): Promise<SpawnedServer>;
