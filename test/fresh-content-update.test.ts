import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Hex } from '@otacast/shared';
import { randomFile, useFixture, type Device } from './support/fixture.js';
import { Background, agentBin } from './support/processes.js';

async function installedVersion(d: Device): Promise<string> {
  try {
    return (JSON.parse(await readFile(join(d.stateDir, 'installed.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

async function until(what: string, check: () => Promise<boolean>, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const linesWith = (log: string, text: string): string[] => log.split('\n').filter((l) => l.includes(text));

/**
 * Issue 15, goal 1: a running agent holding an older version gets a release
 * of fresh content (nothing in common with what it holds). A delta patch
 * cannot help, so the server must not make it wait while one is computed:
 * it says "no patch" at once and the agent fetches the chunks.
 */
describe('an update of fresh content on a running agent', () => {
  const ctx = useFixture();

  it('fetches every chunk at once instead of waiting for a patch the server would compute', async () => {
    const { fx, root } = ctx;
    const size = 8 * 1024 * 1024;
    await randomFile(join(root, 'v1.bin'), size);
    const v2 = await randomFile(join(root, 'v2.bin'), size);
    const device = fx.device('fresh-1', await fx.addDevice('fresh-1', 'fresh'), 'fresh');
    await fx.publish('fresh', '1.0.0', [`fw=${join(root, 'v1.bin')}`]);
    expect((await device.once()).code).toBe(0);

    const agent = new Background(agentBin, device.args());
    try {
      await agent.waitFor(/"connected"/);
      await fx.publish('fresh', '2.0.0', [`fw=${join(root, 'v2.bin')}`]);
      await until('2.0.0 installed', async () => (await installedVersion(device)) === '2.0.0');
      await agent.waitFor(/"download complete"/);
    } finally {
      await agent.stop();
    }
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v2)).toBe(true);

    // The agent asked for a patch and was told at once there is none: no wait, no patch, every chunk fetched.
    expect(linesWith(agent.stderr, 'waiting for the server to compute a delta patch')).toEqual([]);
    expect(linesWith(agent.stderr, 'delta patch')).toEqual([]);
    const downloading = linesWith(agent.stderr, '"downloading"').map((l) => JSON.parse(l) as { chunks: number; bytesDone: number; bytesTotal: number });
    expect(downloading).toHaveLength(1);
    expect(downloading[0]?.chunks).toBeGreaterThan(8);
    expect(downloading[0]?.bytesDone).toBe(0);
    expect(downloading[0]?.bytesTotal).toBe(size);

    // The server decided from its estimate and never ran the encoder on the pair.
    const to = sha256Hex(v2).slice(0, 16);
    const serverLog = fx.server.process.stderr;
    expect(linesWith(serverLog, 'no patch: the versions share too little content').filter((l) => l.includes(to))).toHaveLength(1);
    expect(linesWith(serverLog, 'patch stored').filter((l) => l.includes(to))).toEqual([]);
    expect(linesWith(serverLog, 'it would not be smaller').filter((l) => l.includes(to))).toEqual([]);
  });
});
