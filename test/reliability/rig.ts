import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { decodeChunkIndex } from '@otacast/shared';
import { FaultProxy, type FaultProxyOptions } from '../support/fault-proxy.js';
import { Fixture, createTar, tempDir, type Device } from '../support/fixture.js';
import { AgentUnderTest, sha256Hex } from '../support/kill-harness.js';
import { otacast } from '../support/processes.js';
import { startServe } from '../support/server.js';

/**
 * Delta patches need a release history with shared content; these scenarios
 * publish random bytes, so computing patches would only cost time. Turned off
 * where the server has the switch.
 */
let serveArgs: Promise<string[]> | undefined;
function defaultServeArgs(): Promise<string[]> {
  serveArgs ??= otacast(['serve', '--help']).then((r) => (r.stdout.includes('--patch-history') ? ['--patch-history', '0'] : []));
  return serveArgs;
}

/**
 * The reliability scenarios' common ground: a real `otacast serve`, signing
 * keys, devices whose agents reach the server through a fault proxy, and
 * release files whose digests the checks compare against.
 */
export interface ReleaseFiles {
  version: string;
  releaseId: string;
  /** sha256 hex of the `fw` file component. */
  fwDigest: string;
  /** sha256 hex of the archive's `payload` file. */
  appDigest: string;
  /** Bytes of both components. */
  size: number;
}

export class Rig {
  readonly proxies: FaultProxy[] = [];

  private constructor(
    readonly dir: { path: string; cleanup(): Promise<void> },
    readonly fx: Fixture,
    private readonly serveArgs: string[],
  ) {}

  static async create(): Promise<Rig> {
    const dir = await tempDir('otacast-rel-');
    const args = await defaultServeArgs();
    return new Rig(dir, await Fixture.create(dir.path, args), args);
  }

  get serverPort(): number {
    return this.fx.server.port;
  }

  async proxy(options: Partial<FaultProxyOptions> = {}): Promise<FaultProxy> {
    const proxy = await new FaultProxy({ targetHost: '127.0.0.1', targetPort: this.serverPort, ...options }).start();
    this.proxies.push(proxy);
    return proxy;
  }

  async device(id: string, product: string): Promise<Device> {
    const token = await this.fx.addDevice(id, product);
    const device = this.fx.device(id, token, product);
    await mkdir(device.rootDir, { recursive: true });
    return device;
  }

  /** Agent arguments reaching the server through `proxy` (directly when undefined). */
  agentArgs(device: Device, proxy: FaultProxy | undefined, extra: string[] = []): string[] {
    const url = this.fx.server.url;
    return device.args(extra).map((a) => (a === url && proxy ? proxy.url : a));
  }

  /** Starts `otacast-agent --once` for a device (`extra` comes last: its flags win). */
  agent(device: Device, proxy: FaultProxy | undefined, extra: string[] = []): AgentUnderTest {
    return new AgentUnderTest(this.agentArgs(device, proxy, ['--once', '--wait-release', '20', ...extra]));
  }

  /**
   * Publishes `version` of a product: `fw`, a random file of `fwBytes`, and
   * (unless `appBytes` is 0) `app`, an archive holding VERSION and a random payload.
   */
  async publish(product: string, version: string, fwBytes: number, appBytes = 0): Promise<ReleaseFiles> {
    const fw = randomBytes(fwBytes);
    const fwPath = join(this.dir.path, `${product}-fw-${version}.bin`);
    await writeFile(fwPath, fw);
    const components = [`fw=${fwPath}:file`];
    let appDigest = '';
    if (appBytes > 0) {
      const src = join(this.dir.path, `${product}-app-${version}`);
      await mkdir(src, { recursive: true });
      const payload = randomBytes(appBytes);
      appDigest = sha256Hex(payload);
      await writeFile(join(src, 'VERSION'), `${version}\n`);
      await writeFile(join(src, 'payload'), payload);
      const tar = join(this.dir.path, `${product}-app-${version}.tar`);
      await createTar(src, tar);
      components.push(`app=${tar}:archive`);
    }
    const releaseId = await this.fx.publish(product, version, components);
    return { version, releaseId, fwDigest: sha256Hex(fw), appDigest, size: fwBytes + appBytes };
  }

  /** Kills the server like a power cut and starts it again on the same port and data. */
  async restartServer(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const port = this.fx.server.port;
    await this.fx.server.process.stop(signal);
    this.fx.server = await startServe(this.fx.dataDir, [...this.serveArgs, '--port', String(port)]);
  }

  async close(): Promise<void> {
    for (const proxy of this.proxies) await proxy.close();
    await this.fx.close().catch(() => undefined);
    await this.dir.cleanup();
  }
}

/** Bytes held according to a part file's persisted bitmap and its saved chunk index. */
export async function heldBytes(device: Pick<Device, 'stateDir'>, releaseId: string, component: string): Promise<{ held: number; chunks: number; of: number }> {
  const base = join(device.stateDir, 'downloads', releaseId, `${component}.part`);
  const index = await readFile(`${base.slice(0, -'.part'.length)}.index`).catch(() => undefined);
  const bitmap = await readFile(`${base}.bitmap`).catch(() => undefined);
  if (!index || !bitmap) return { held: 0, chunks: 0, of: 0 };
  const decoded = decodeChunkIndex(index);
  if (!decoded.ok) throw decoded.error;
  // The bitmap file: an 8-byte magic, 32-byte layout id, 4-byte count, 8-byte size, then the bits.
  const bits = bitmap.subarray(8 + 32 + 4 + 8);
  let held = 0;
  let chunks = 0;
  decoded.value.forEach((chunk, i) => {
    if (((bits[i >> 3] ?? 0) & (1 << (i & 7))) === 0) return;
    held += chunk.length;
    chunks++;
  });
  return { held, chunks, of: decoded.value.length };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
