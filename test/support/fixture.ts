import { afterAll, beforeAll } from 'vitest';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTar } from './tarball.js';
import { agent, otacast, type RunResult } from './processes.js';
import { startServe, type ServeProcess } from './server.js';

/** A temp workspace removed after the test. */
export async function tempDir(prefix = 'otacast-test-'): Promise<{ path: string; cleanup(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

export async function randomFile(path: string, size: number): Promise<Buffer> {
  const data = randomBytes(size);
  await writeFile(path, data);
  return data;
}

/**
 * A running server plus a signing key and helpers to drive the real CLIs:
 * the shape of every end-to-end test.
 */
export class Fixture {
  server!: ServeProcess;
  readonly keyDir: string;
  readonly dataDir: string;
  constructor(readonly root: string) {
    this.keyDir = join(root, 'keys');
    this.dataDir = join(root, 'server');
  }

  static async create(root: string, serveArgs: string[] = []): Promise<Fixture> {
    const fixture = new Fixture(root);
    fixture.server = await startServe(fixture.dataDir, serveArgs);
    const keygen = await otacast(['keygen', '--out', fixture.keyDir]);
    if (keygen.code !== 0) throw new Error(`keygen failed: ${keygen.stderr}`);
    return fixture;
  }

  get key(): string {
    return join(this.keyDir, 'signing.key');
  }

  get trust(): string {
    return join(this.keyDir, 'signing.pub');
  }

  admin(args: string[]): Promise<RunResult> {
    return otacast([...args, '--url', this.server.url, '--token', this.server.adminToken]);
  }

  async addDevice(id: string, product: string, channel = 'stable'): Promise<string> {
    const result = await this.admin(['device', 'add', id, '--product', product, '--channel', channel]);
    if (result.code !== 0) throw new Error(`device add failed: ${result.stderr}`);
    return result.lastLine;
  }

  async publish(product: string, version: string, components: string[], extra: string[] = []): Promise<string> {
    const result = await this.admin(['publish', '--product', product, '--version', version, '--key', this.key, ...extra, ...components]);
    if (result.code !== 0) throw new Error(`publish failed (${result.code}): ${result.stderr}`);
    return result.lastLine;
  }

  /** A device with its own state and root directories. */
  device(id: string, token: string, product: string): Device {
    return new Device(this, id, token, product);
  }

  async close(): Promise<void> {
    await this.server.stop();
  }
}

export class Device {
  readonly stateDir: string;
  readonly rootDir: string;
  constructor(
    private readonly fixture: Fixture,
    readonly id: string,
    readonly token: string,
    readonly product: string,
  ) {
    this.stateDir = join(fixture.root, 'devices', id, 'state');
    this.rootDir = join(fixture.root, 'devices', id, 'root');
  }

  args(extra: string[] = []): string[] {
    return [
      '--url', this.fixture.server.url, '--id', this.id, '--token', this.token, '--product', this.product,
      '--trust', this.fixture.trust, '--state', this.stateDir, '--root', this.rootDir, ...extra,
    ];
  }

  async once(extra: string[] = []): Promise<RunResult> {
    await mkdir(this.rootDir, { recursive: true });
    return agent([...this.args(extra), '--once'], { timeoutMs: 120_000 });
  }
}

export { createTar };

/**
 * Registers beforeAll/afterAll hooks that run a Fixture (server + signing key)
 * in a temp directory for the enclosing describe block, and remove both after.
 */
export function useFixture(serveArgs: string[] = []): { readonly fx: Fixture; readonly root: string } {
  let dir: Awaited<ReturnType<typeof tempDir>> | undefined;
  let fixture: Fixture | undefined;
  beforeAll(async () => {
    dir = await tempDir();
    fixture = await Fixture.create(dir.path, serveArgs);
  });
  afterAll(async () => {
    await fixture?.close();
    await dir?.cleanup();
  });
  return {
    get fx(): Fixture {
      if (!fixture) throw new Error('useFixture: fixture used outside a test');
      return fixture;
    },
    get root(): string {
      if (!dir) throw new Error('useFixture: fixture used outside a test');
      return dir.path;
    },
  };
}
