import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Fixture, tempDir, type Device } from './support/fixture.js';
import { repoRoot } from './support/processes.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const hasPip = hasPython && spawnSync('python3', ['-m', 'pip', '--version']).status === 0;
const example = join(repoRoot, 'examples', 'python-app');
// .ci/run installs python3 and pip, so in CI their absence is a failure, not a skip.
const inCi = Boolean(process.env['CI']);
if (!hasPython && !inCi) console.warn('\n!!! SKIPPING the examples/python-app test: python3 is not installed.\n');

/**
 * examples/python-app end to end: its one-line update script publishes the
 * app bundle and the wheel component, the real agent installs them (pip
 * --no-index on the device), and a deliberately broken version is rolled
 * back by the app's own health check — both components.
 */
describe.skipIf(!hasPython && !inCi)('examples/python-app, updated by its update.sh', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let fx: Fixture;
  let device: Device;
  const health = ['--health-cmd', 'python3 app/current/health.py', '--health-timeout', '60'];

  beforeAll(async () => {
    if (inCi && !hasPip) throw new Error(`CI needs python3 and pip for this test (python3 ${hasPython ? 'found' : 'missing'}, pip missing): .ci/run installs them`);
    dir = await tempDir();
    fx = await Fixture.create(dir.path);
    device = fx.device('py-001', await fx.addDevice('py-001', 'python-app'), 'python-app');
  });

  afterAll(async () => {
    await fx?.close();
    await dir?.cleanup();
  });

  function update(...args: string[]): string {
    const result = spawnSync(join(example, 'update.sh'), args, {
      encoding: 'utf8',
      env: { ...process.env, OTACAST_URL: fx.server.url, OTACAST_TOKEN: fx.server.adminToken, OTACAST_KEY: fx.key, OTACAST_LOG_LEVEL: 'warn' },
    });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim().split('\n').at(-1) ?? '';
  }

  function runApp(): string {
    const result = spawnSync('python3', [join(device.rootDir, 'app', 'current', 'main.py')], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout.trim();
  }

  it('installs 1.0.0, then updates app and wheel together to 1.1.0', async () => {
    for (const version of ['1.0.0', '1.1.0']) {
      const releaseId = update(version);
      expect(releaseId).toMatch(/^[0-9a-f]{32}$/);
      const result = await device.once(health);
      expect(result.code, result.stderr).toBe(0);
      expect(result.lastLine).toBe(`installed python-app ${version} ${releaseId}`);
      expect(runApp()).toMatch(new RegExp(`^python-app ${version.replaceAll('.', '\\.')} running .*: hello device \\(greeting ${version.replaceAll('.', '\\.')}\\)$`));
      // wheels/install.sh uses pip when the device has it, else unzips the pure-Python wheel.
      expect(result.stderr).toContain(hasPip ? `pip installed greeting ${version}` : 'unzipped wheels into');
    }
  });

  it('rolls the broken 1.2.0 back, app and wheels both, on its failed health check', async () => {
    update('1.2.0', '--broken');
    const result = await device.once(health);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^OTA_E_HEALTH: health check exited with code 1: RuntimeError: python-app 1\.2\.0 is a deliberately broken build$/m);
    expect(await readlink(join(device.rootDir, 'app', 'current'))).toBe('releases/1.1.0');
    expect(await readlink(join(device.rootDir, 'wheels', 'current'))).toBe('releases/1.1.0');
    expect(runApp()).toMatch(/^python-app 1\.1\.0 running .*\(greeting 1\.1\.0\)$/);
    const devices = JSON.parse((await fx.admin(['devices', '--json'])).stdout) as { id: string; installedVersion: string; outcome: string }[];
    expect(devices.find((d) => d.id === 'py-001')).toMatchObject({ installedVersion: '1.1.0', outcome: 'rolled_back' });
  });
});
