import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { create as createTar } from 'tar';
import { join } from 'node:path';
import { errorLines, otacast, serve, tempDir, type ServeProcess } from './cli-helpers.js';

const UPLOADED = /uploaded (\d+) of (\d+) blobs/;

function uploadedBlobs(stderr: string): number {
  const match = UPLOADED.exec(stderr);
  if (!match) throw new Error(`no upload summary in:\n${stderr}`);
  return Number(match[1]);
}

/** The otacast CLI contract, driven as real child processes against a real `otacast serve`. */
describe('otacast CLI', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let server: ServeProcess;
  let key: string;
  let admin: (args: string[]) => ReturnType<typeof otacast>;

  beforeAll(async () => {
    dir = await tempDir();
    server = await serve(join(dir.path, 'server'));
    admin = (args) => otacast([...args, '--url', server.url, '--token', server.adminToken]);
    const keygen = await otacast(['keygen', '--out', join(dir.path, 'keys')]);
    expect(keygen.code, keygen.stderr).toBe(0);
    key = join(dir.path, 'keys', 'signing.key');
  });

  afterAll(async () => {
    if (server) expect(await server.stop()).toBe(0);
    await dir?.cleanup();
  });

  it('serve prints its mqtt:// URL on a "listening" line and writes admin.token (mode 600)', async () => {
    expect(server.stdout()).toMatch(/^otacast listening on mqtt:\/\/[^\s]+:\d+$/m);
    expect((await stat(join(dir.path, 'server', 'admin.token'))).mode & 0o777).toBe(0o600);
  });

  it('keygen writes a private key (mode 600) and a public key, prints the key id, refuses to overwrite', async () => {
    expect((await stat(key)).mode & 0o777).toBe(0o600);
    await stat(join(dir.path, 'keys', 'signing.pub'));
    const again = await otacast(['keygen', '--out', join(dir.path, 'keys')]);
    expect(again.code).toBe(2);
    expect(errorLines(again.stderr)).toEqual([expect.stringMatching(/^OTA_E_USAGE: /)]);
    const forced = await otacast(['keygen', '--out', join(dir.path, 'keys2')]);
    expect(forced.lastLine).toMatch(/^[0-9a-f]{16}$/);
    expect((await otacast(['keygen', '--out', join(dir.path, 'keys2'), '--force'])).code).toBe(0);
  });

  it('device add prints a token, devices lists it', async () => {
    const added = await admin(['device', 'add', 'cam-001', '--product', 'camera']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.lastLine).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const table = await admin(['devices']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+PRODUCT\s+CHANNEL\s+VERSION\s+TARGET\s+STATE\s+DOWNLOAD\s+ONLINE\s+OUTCOME\s+LAST ERROR\s+LAST SEEN$/m);
    expect(table.stdout).toMatch(/^cam-001\s+camera\s+stable\s.*\sno\s/m);

    const json = await admin(['devices', '--json']);
    const devices = JSON.parse(json.stdout) as { id: string; product: string; channel: string }[];
    expect(devices).toContainEqual(expect.objectContaining({ id: 'cam-001', product: 'camera', channel: 'stable', online: false, progressPercent: null, statusMessage: '' }));
  });

  it('publish prints the release id; re-publishing the same files uploads no blob', async () => {
    const fw = join(dir.path, 'fw.bin');
    await writeFile(fw, randomBytes(2 * 1024 * 1024 + 123));
    const cfg = join(dir.path, 'cam.conf');
    await writeFile(cfg, 'mode=fast\n');
    const components = [`fw=${fw}`, `cfg=${cfg}:file`];

    const first = await admin(['publish', '--product', 'camera', '--version', '1.0.0', '--key', key, ...components]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.lastLine).toMatch(/^[0-9a-f]{32}$/);
    expect(uploadedBlobs(first.stderr)).toBeGreaterThan(10);
    expect(errorLines(first.stderr)).toEqual([]);

    const again = await admin(['publish', '--product', 'camera', '--version', '1.0.0', '--key', key, ...components]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.lastLine).toMatch(/^[0-9a-f]{32}$/);
    expect(uploadedBlobs(again.stderr)).toBe(0);

    // A new version sharing the firmware uploads only the new config and the indexes that changed.
    await writeFile(cfg, 'mode=slow\n');
    const next = await admin(['publish', '--product', 'camera', '--version', '1.1.0', '--key', key, ...components]);
    expect(next.code, next.stderr).toBe(0);
    expect(uploadedBlobs(next.stderr)).toBe(2);

    const releases = await admin(['releases', '--product', 'camera', '--json']);
    expect(releases.code, releases.stderr).toBe(0);
    const list = JSON.parse(releases.stdout) as { releaseId: string; version: string; current: boolean }[];
    expect(list.map((r) => r.version)).toEqual(expect.arrayContaining(['1.0.0', '1.1.0']));
    expect(list.map((r) => r.releaseId)).toContain(next.lastLine);
    // The channel's current release is marked, the others not; sizes read in KiB/MiB.
    expect(list.filter((r) => r.current).map((r) => r.releaseId)).toEqual([next.lastLine]);

    const table = await admin(['releases']);
    expect(table.stdout).toMatch(/^RELEASE\s+PRODUCT\s+CHANNEL\s+VERSION\s+CURRENT\s+CREATED\s+SIZE$/m);
    expect(table.stdout).toMatch(new RegExp(`^${next.lastLine}\\s+camera\\s+stable\\s+1\\.1\\.0\\s+\\*\\s+\\S+\\s+[\\d.]+ (KiB|MiB)$`, 'm'));
  });

  it('publishes from a release file, and refuses unsatisfiable requires naming the constraint', async () => {
    // Archives as devices unpack them (publish refuses an "archive" that is not a tar).
    for (const [name, size] of [['runtime', 70_000], ['app', 30_000]] as const) {
      await mkdir(join(dir.path, name), { recursive: true });
      await writeFile(join(dir.path, name, 'payload.bin'), randomBytes(size));
      await createTar({ cwd: join(dir.path, name), file: join(dir.path, `${name}.tar`), portable: true }, ['.']);
    }
    const release = (runtime: string) => ({
      product: 'camera',
      channel: 'beta',
      version: '2.0.0',
      components: [
        { name: 'runtime', version: runtime, path: 'runtime.tar' },
        { name: 'app', version: '2.0.0', path: 'app.tar', requires: { runtime: '>=3.11 <3.13' } },
      ],
    });
    await writeFile(join(dir.path, 'good.json'), JSON.stringify(release('3.12.0')));
    const good = await admin(['publish', '--key', key, '--release', join(dir.path, 'good.json')]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.lastLine).toMatch(/^[0-9a-f]{32}$/);

    await writeFile(join(dir.path, 'bad.json'), JSON.stringify(release('3.10.0')));
    const bad = await admin(['publish', '--key', key, '--release', join(dir.path, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    const [line, ...rest] = errorLines(bad.stderr);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^OTA_E_INCOMPATIBLE: .*app requires runtime ">=3\.11 <3\.13"/);
  });

  it.each([
    [['publish', '--product', 'camera', '--version', '1.0.0']], // --key missing
    [['publish', '--key', 'k', '--product', 'camera', '--version', 'one', 'fw=x']],
    [['publish', '--key', 'k', '--release', 'r.json', '--product', 'camera']],
    [['device', 'add']],
    [['devices', '--bogus']],
    [['serve', '--port', 'x', '--data', 'd']],
    [['frobnicate']],
    [[]],
  ])('usage error %j exits 2 with one OTA_E_USAGE line', async (args) => {
    const result = await otacast(args);
    expect(result.code).toBe(2);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toEqual([expect.stringMatching(/^OTA_E_USAGE: \S/)]);
  });

  it('a wrong token exits 1 with OTA_E_AUTH', async () => {
    const result = await otacast(['devices', '--url', server.url, '--token', 'not-the-token']);
    expect(result.code).toBe(1);
    expect(errorLines(result.stderr)).toEqual([expect.stringMatching(/^OTA_E_AUTH: /)]);
  });

  it('no server exits 1 with OTA_E_CONNECT; the token can come from OTACAST_TOKEN or --data', async () => {
    const down = await otacast(['devices', '--url', 'mqtt://127.0.0.1:1', '--token', 'x']);
    expect(down.code).toBe(1);
    expect(errorLines(down.stderr)).toEqual([expect.stringMatching(/^OTA_E_CONNECT: /)]);

    const fromEnv = await otacast(['devices', '--url', server.url], { OTACAST_TOKEN: server.adminToken });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    const fromData = await otacast(['devices', '--url', server.url, '--data', join(dir.path, 'server')], { OTACAST_TOKEN: '' });
    expect(fromData.code, fromData.stderr).toBe(0);
  });
});
