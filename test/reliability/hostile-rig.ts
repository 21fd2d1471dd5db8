import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Fixture, randomFile, tempDir, type Device } from '../support/fixture.js';
import { sleep } from './rig.js';

/**
 * Common ground of the hostile-client scenarios (hostile.ts): a real
 * `otacast serve` with two honest devices, their timed updates by the real
 * agent, the server's resident memory, and its log.
 */
export interface HostileResult {
  scenario: string;
  attack: string;
  unattackedS: number;
  attackedS: number;
  /** Both honest updates exited 0 with the new image in place. */
  honestOk: boolean;
  rssMiB: { before: number; peak: number; after: number };
  stopped: boolean;
  /** What shows the attack was (or was not) stopped. */
  evidence: string;
}

export const MiB = 1024 * 1024;
/** Random images: delta patches would only cost CPU (as in rig.ts). */
const BASE_ARGS = ['--patch-history', '0'];

async function rssMiB(pid: number | undefined): Promise<number | undefined> {
  const status = await readFile(`/proc/${pid ?? 0}/status`, 'utf8').catch(() => '');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kib === undefined ? undefined : Number(kib) / 1024;
}

/** Samples the server's VmRSS every 100 ms for the peak; `pid` is read each time (a restart changes it). */
export class RssWatch {
  peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(private readonly pid: () => number | undefined) {
    this.timer = setInterval(() => void this.now(), 100);
  }
  async now(): Promise<number> {
    const mib = (await rssMiB(this.pid())) ?? 0;
    this.peak = Math.max(this.peak, mib);
    return mib;
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

/** An update by the real agent: seconds, and whether it installed `image`. */
export async function timedUpdate(device: Device, image: Buffer): Promise<{ seconds: number; ok: boolean }> {
  const started = Date.now();
  const run = await device.once();
  const seconds = (Date.now() - started) / 1000;
  const fw = await readFile(join(device.rootDir, 'fw')).catch(() => Buffer.alloc(0));
  return { seconds, ok: run.code === 0 && fw.equals(image) };
}

export interface Ctx {
  fx: Fixture;
  root: string;
  args: string[];
  honest: [Device, Device];
  image: Buffer;
  releaseId: string;
}

/** A server with product `product`, two honest devices, and release 1.0.0 (`imageBytes`) unless `publish` is false. */
export async function withServer<T>(product: string, imageBytes: number, extraArgs: string[], body: (ctx: Ctx) => Promise<T>, publish = true): Promise<T> {
  const dir = await tempDir('otacast-hostile-');
  const args = [...BASE_ARGS, ...extraArgs];
  const fx = await Fixture.create(dir.path, args);
  try {
    const ids = [`${product}-a`, `${product}-b`];
    const honest = (await Promise.all(ids.map(async (id) => fx.device(id, await fx.addDevice(id, product), product)))) as [Device, Device];
    const path = join(dir.path, `${product}-1.bin`);
    const image = await randomFile(path, imageBytes);
    const releaseId = publish ? await fx.publish(product, '1.0.0', [`fw=${path}`]) : '';
    return await body({ fx, root: dir.path, args, honest, image, releaseId });
  } finally {
    await fx.close().catch(() => undefined);
    await dir.cleanup();
  }
}

/** Server log lines holding every one of `parts`. */
export const logLines = (fx: Fixture, ...parts: string[]): string[] =>
  (fx.server.process.stdout + fx.server.process.stderr).split('\n').filter((l) => parts.every((p) => l.includes(p)));

/** A promise and its resolve (Promise.withResolvers needs Node 22). */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Polls `done` until it holds (true), or `graceMs` after `isStopped()` first held (false). */
export async function holdsBefore(done: () => boolean, isStopped: () => boolean, graceMs: number): Promise<boolean> {
  let deadline = Infinity;
  while (!done()) {
    if (deadline === Infinity && isStopped()) deadline = Date.now() + graceMs;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}
