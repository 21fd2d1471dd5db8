import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Background, otacast, otacastBin } from './support/processes.js';

/** `otacast serve --config FILE`, `--log-level`, and admin commands reading their token from `--token-file`. */
describe('otacast serve settings', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-serve-config-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('serves from a config file; an admin command takes its token from --token-file', async () => {
    const config = join(dir, 'server.json');
    await writeFile(config, JSON.stringify({ data: join(dir, 'data'), host: '127.0.0.1', port: 0, logLevel: 'warn', patchHistory: 1 }));
    const server = new Background(otacastBin, ['serve', '--config', config]);
    try {
      const url = (await server.waitFor(/otacast listening on (mqtt:\/\/\S+)/))[1] as string;
      // logLevel warn: the info lines of start-up are not written.
      expect(server.stderr).not.toMatch(/"level":"info"/);
      const tokenFile = join(dir, 'admin-token');
      await writeFile(tokenFile, await readFile(join(dir, 'data', 'admin.token')), { mode: 0o600 });
      const added = await otacast(['device', 'add', 'dev-1', '--product', 'p', '--url', url, '--token-file', tokenFile]);
      expect(added.code, added.stderr).toBe(0);
      const missing = await otacast(['devices', '--url', url, '--token-file', join(dir, 'nope')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^OTA_E_USAGE: cannot read .*nope \(ENOENT\)/);
    } finally {
      await server.stop();
    }
  });

  it.each([
    ['an unknown setting', { data: 'd', frobnicate: true }, /^OTA_E_USAGE: config file .*: unknown setting "frobnicate"/],
    ['a bad log level', { data: 'd', logLevel: 'loud' }, /^OTA_E_USAGE: .*unknown log level "loud"/],
  ])('refuses a config file with %s: exit 2', async (_what, settings, message) => {
    const config = join(dir, 'bad.json');
    await writeFile(config, JSON.stringify(settings));
    const result = await otacast(['serve', '--config', config], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses an unknown OTACAST_LOG_LEVEL instead of silently logging at info', async () => {
    const result = await otacast(['serve', '--data', join(dir, 'd2'), '--port', '0'], { env: { OTACAST_LOG_LEVEL: 'chatty' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^OTA_E_USAGE: OTACAST_LOG_LEVEL: unknown log level "chatty"/);
  });
});
