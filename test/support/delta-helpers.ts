import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FaultProxy } from './fault-proxy.js';
import type { Device, Fixture } from './fixture.js';
import { agent, repoRoot, type RunResult } from './processes.js';

/** Runs the agent once through a byte-counting proxy: what the update cost on the wire, both ways. */
export async function updateCounted(fx: Fixture, device: Device): Promise<{ result: RunResult; bytes: number }> {
  const proxy = await new FaultProxy({ targetHost: '127.0.0.1', targetPort: fx.server.port }).start();
  try {
    await mkdir(device.rootDir, { recursive: true });
    const result = await agent(
      ['--url', proxy.url, '--id', device.id, '--token', device.token, '--product', device.product, '--trust', fx.trust, '--state', device.stateDir, '--root', device.rootDir, '--once'],
      { timeoutMs: 120_000 },
    );
    return { result, bytes: proxy.bytesUp + proxy.bytesDown };
  } finally {
    await proxy.close();
  }
}

/** Waits for the server's "patch stored" log line about the component whose sha256 starts with `toHexPrefix`. */
export async function waitForPatch(fx: Fixture, toHexPrefix: string, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = fx.server.process.stderr.split('\n').find((l) => l.includes('patch stored') && l.includes(toHexPrefix.slice(0, 16)));
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no patch towards ${toHexPrefix.slice(0, 16)} within ${timeoutMs} ms:\n${fx.server.process.stderr.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `old` with `fraction` of it overwritten in `regions` scattered runs, and `insert` random bytes inserted in the middle. */
export function scatteredChange(old: Buffer, fraction: number, regions: number, insert: number): Buffer {
  const next = Buffer.from(old);
  const each = Math.floor((old.length * fraction) / regions);
  for (let r = 0; r < regions; r++) randomBytes(each).copy(next, Math.floor(((r + 0.37) * old.length) / regions));
  const middle = Math.floor(old.length / 2) + 12_345;
  return Buffer.concat([next.subarray(0, middle), randomBytes(insert), next.subarray(middle)]);
}

/** Where .ci/run (scripts/fetch-release-pairs.mjs) puts real consecutive releases of npm packages. */
export const releasePairsDir = join(repoRoot, '.cache', 'release-pairs');
