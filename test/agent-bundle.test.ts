import { describe, expect, it } from 'vitest';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { randomFile, tempDir, useFixture } from './support/fixture.js';
import { agent, otacast, repoRoot, run } from './support/processes.js';

const bundle = join(repoRoot, 'dist', 'agent', 'otacast-agent.mjs');
const MAX_BUNDLE_BYTES = 2 * 1024 * 1024;

async function rootVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** A metric's value in a Prometheus text exposition (the sum over series matching `labels`). */
function metric(text: string, name: string, labels = ''): number {
  const lines = text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
  return lines.filter((l) => l.includes(labels)).reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

describe('--version', () => {
  it('otacast and otacast-agent print the package version', async () => {
    const version = await rootVersion();
    for (const result of [await otacast(['--version']), await agent(['--version'])]) {
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout.trim()).toBe(version);
    }
  });
});

/** `npm run pack:agent`'s bundle, copied out of the repository, updates a device against a real server. */
describe('agent bundle (dist/agent/otacast-agent.mjs)', () => {
  const ctx = useFixture(['--http-port', '0']);

  it('is one file under 2 MiB that plain node runs outside the repository, and it installs a release', async () => {
    const pack = await run(join(repoRoot, 'scripts', 'pack-agent.mjs'), []);
    expect(pack.code, pack.stderr).toBe(0);
    const { size } = await stat(bundle);
    expect(size).toBeLessThan(MAX_BUNDLE_BYTES);
    // The bin's V8 flags (client/bin/otacast-agent.js) travel with it: the bundle's entry is that bin.
    const text = await readFile(bundle, 'utf8');
    const flags = [...(await readFile(join(repoRoot, 'client', 'bin', 'otacast-agent.js'), 'utf8')).matchAll(/setFlagsFromString\('([^']+)'\)/g)].map((m) => m[1]);
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(text, flag).toContain(`setFlagsFromString("${flag}")`);

    // Somewhere no node_modules can be found by walking up, with nothing else beside the file.
    const away = await tempDir('otacast-agent-bundle-');
    try {
      expect(relative(repoRoot, away.path).startsWith('..')).toBe(true);
      for (let dir = away.path; dir !== dirname(dir); dir = dirname(dir)) expect(existsSync(join(dir, 'node_modules')), dir).toBe(false);
      const copy = join(away.path, 'otacast-agent.mjs');
      await copyFile(bundle, copy);
      const env = { NODE_PATH: '', NODE_OPTIONS: '' };

      const version = await run(copy, ['--version'], { cwd: away.path, env });
      expect(version.code, version.stderr).toBe(0);
      expect(version.stdout.trim()).toBe(await rootVersion());

      const token = await ctx.fx.addDevice('bundle-1', 'kiosk');
      const firmware = await randomFile(join(ctx.root, 'kiosk-fw.bin'), 1024 * 1024 + 123);
      const releaseId = await ctx.fx.publish('kiosk', '1.4.0', [`fw=${join(ctx.root, 'kiosk-fw.bin')}:file`]);
      const device = ctx.fx.device('bundle-1', token, 'kiosk');
      await mkdir(device.rootDir, { recursive: true });
      const update = await run(copy, [...device.args(), '--once'], { cwd: away.path, env, timeoutMs: 120_000 });
      expect(update.code, update.stderr).toBe(0);
      expect(update.lastLine).toBe(`installed kiosk 1.4.0 ${releaseId}`);
      expect((await readFile(join(device.rootDir, 'fw'))).equals(firmware)).toBe(true);

      // The update shows in /metrics: chunks requested and sent, the device's version and state, status lag.
      const httpUrl = (await ctx.fx.server.process.waitFor(/otacast http listening on (http:\/\/[\w.\-[\]:]+)/))[1] as string;
      const text = await (await fetch(`${httpUrl}/metrics`)).text();
      expect(metric(text, 'otacast_chunk_requests_total')).toBeGreaterThan(0);
      expect(metric(text, 'otacast_chunk_bytes_sent_total')).toBeGreaterThan(0);
      expect(metric(text, 'otacast_devices_by_version', 'product="kiosk",version="1.4.0"')).toBe(1);
      expect(metric(text, 'otacast_devices_by_state', 'state="unknown"')).toBe(0);
      expect(metric(text, 'otacast_status_lag_seconds_count')).toBeGreaterThan(0);
    } finally {
      await away.cleanup();
    }
  });
});
