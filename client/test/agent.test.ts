import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, readlink, stat, writeFile } from 'node:fs/promises';

import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { create } from 'tar';
import { type ComponentType } from '@otacast/shared';
import type { ApiClient} from '@otacast/broker';
import { publishRelease, type RunningServer } from '@otacast/broker';
import { Background, agent, agentBin, type RunResult } from '../../test/support/processes.js';
import { FaultProxy } from '../../test/support/fault-proxy.js';
import { useInProcessServer } from './in-process-server.js';
import { heldBytes } from '../../test/reliability/rig.js';

/**
 * The real agent (child process, `--once`) against the real server started
 * in-process, releases published through the publisher SDK.
 */
describe('otacast-agent --once against a real server', () => {
  let dir: string;
  let server: RunningServer;
  let adminToken: string;
  let admin: ApiClient;
  let keyPath: string;
  let trustPath: string;

  const ctx = useInProcessServer('otacast-agent-');
  beforeAll(() => ({ dir, server, adminToken, admin, keyPath, trustPath } = ctx.get()));

  interface Comp {
    name: string;
    path: string;
    type?: ComponentType;
    version?: string;
  }

  async function publish(product: string, version: string, components: Comp[], extra: { hardware?: string[]; rollback?: boolean; expiresInSeconds?: number } = {}): Promise<string> {
    const result = await publishRelease({
      url: server.url,
      token: adminToken,
      key: keyPath,
      spec: {
        product,
        channel: 'stable',
        version,
        hardware: extra.hardware ?? [],
        rollback: extra.rollback ?? false,
        ...(extra.expiresInSeconds !== undefined ? { expiresInSeconds: extra.expiresInSeconds } : {}),
        components: components.map((c) => ({ name: c.name, path: c.path, type: c.type ?? 'file', version: c.version ?? version, requires: {}, options: {} })),
      },
    });
    return result.releaseId;
  }

  async function file(name: string, content: Buffer | string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  }

  async function bundle(name: string, files: Record<string, string>): Promise<string> {
    const src = join(dir, `${name}.src`);
    for (const [path, content] of Object.entries(files)) {
      await mkdir(join(src, path, '..'), { recursive: true });
      await writeFile(join(src, path), content);
    }
    const out = join(dir, `${name}.tar.gz`);
    await create({ cwd: src, file: out, gzip: true, portable: true }, ['.']);
    return out;
  }

  /** A registered device with its own state and root directories. */
  async function device(id: string, product: string) {
    const token = await admin.addDevice(id, product);
    const stateDir = join(dir, 'devices', id, 'state');
    const rootDir = join(dir, 'devices', id, 'root');
    const args = (extra: string[] = []) => ['--url', server.url, '--id', id, '--token', token, '--product', product, '--trust', trustPath, '--state', stateDir, '--root', rootDir, ...extra];
    const once = (extra: string[] = []): Promise<RunResult> => agent([...args(extra), '--once', '--wait-release', '5'], { timeoutMs: 60_000 });
    const record = async () => (await admin.listDevices()).find((d) => d.id === id);
    return { id, token, stateDir, rootDir, args, once, record };
  }

  function errorLine(result: RunResult): string {
    return result.stderr.split('\n').filter((l) => /^OTA_E_[A-Z_]+: /.test(l)).join('\n');
  }

  it('installs a file and an archive, reports it, then is current', async () => {
    const d = await device('dev-install', 'install');
    const fw = randomBytes(1024 * 1024 + 5);
    const releaseId = await publish('install', '1.0.0', [
      { name: 'fw', path: await file('install-fw.bin', fw) },
      { name: 'app', path: await bundle('install-app', { 'main.py': 'print(1)\n', 'lib/VERSION': '1.0.0\n' }), type: 'archive' },
    ]);

    const first = await d.once();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(`installed install 1.0.0 ${releaseId}\n`);
    expect((await readFile(join(d.rootDir, 'fw'))).equals(fw)).toBe(true);
    expect(await readlink(join(d.rootDir, 'app', 'current'))).toBe('releases/1.0.0');
    expect(await readFile(join(d.rootDir, 'app', 'current', 'lib', 'VERSION'), 'utf8')).toBe('1.0.0\n');
    const installed = JSON.parse(await readFile(join(d.stateDir, 'installed.json'), 'utf8')) as { releaseId: string; components: Record<string, { version: string }> };
    expect(installed.releaseId).toBe(releaseId);
    expect(Object.keys(installed.components).sort()).toEqual(['app', 'fw']);
    // Every status was acked before the agent exited.
    expect(JSON.parse(await readFile(join(d.stateDir, 'outbox.json'), 'utf8'))).toMatchObject({ pending: [] });
    expect(await d.record()).toMatchObject({ installedVersion: '1.0.0', state: 'idle', outcome: 'installed', components: { fw: '1.0.0', app: '1.0.0' } });

    const again = await d.once();
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(`current install 1.0.0 ${releaseId}\n`);
  });

  it('rolls back when the health check fails, keeping the old version, and reports it', async () => {
    const d = await device('dev-health', 'health');
    const v1 = await file('health-1.bin', 'version one');
    await publish('health', '1.0.0', [{ name: 'fw', path: v1 }]);
    expect((await d.once()).code).toBe(0);
    await publish('health', '2.0.0', [{ name: 'fw', path: await file('health-2.bin', 'version two') }]);

    const result = await d.once(['--health-cmd', 'test "$OTACAST_VERSION" = 2.0.0 && test "$OTACAST_COMPONENTS" = fw=2.0.0 && exit 3']);
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_HEALTH: health check exited with code 3/);
    expect(result.stdout).toBe('');
    expect(await readFile(join(d.rootDir, 'fw'), 'utf8')).toBe('version one');
    expect(await d.record()).toMatchObject({ installedVersion: '1.0.0', outcome: 'rolled_back', lastError: expect.stringMatching(/OTA_E_HEALTH/) as unknown });
  });

  it('times a hanging health check out, does not retry that release, commits the next one', async () => {
    const d = await device('dev-hang', 'hang');
    await publish('hang', '1.0.0', [{ name: 'fw', path: await file('hang-1.bin', 'one') }]);
    const hung = await d.once(['--health-cmd', 'sleep 30', '--health-timeout', '1']);
    expect(hung.code).toBe(1);
    expect(errorLine(hung)).toMatch(/^OTA_E_HEALTH: .*within 1 s/);
    await expect(stat(join(d.rootDir, 'fw'))).rejects.toThrow();
    // A rolled-back release is not tried again; the fix is a new release.
    const again = await d.once(['--health-cmd', 'test -f fw']);
    expect(again.code).toBe(1);
    expect(errorLine(again)).toMatch(/^OTA_E_HEALTH: /);
    await publish('hang', '1.0.1', [{ name: 'fw', path: await file('hang-1b.bin', 'one fixed') }]);
    const ok = await d.once(['--health-cmd', 'test -f fw']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(await readFile(join(d.rootDir, 'fw'), 'utf8')).toBe('one fixed');
  });

  it('rolls back a release that keeps killing the agent during its health check', async () => {
    const d = await device('dev-crash', 'crash');
    await publish('crash', '1.0.0', [{ name: 'fw', path: await file('crash-1.bin', 'stable') }]);
    expect((await d.once()).code).toBe(0);
    await publish('crash', '2.0.0', [{ name: 'fw', path: await file('crash-2.bin', 'crashy') }]);
    const killer = ['--health-cmd', 'kill -9 $PPID; sleep 5'];
    for (let i = 0; i < 3; i++) {
      const crashed = await d.once(killer);
      // Killed by its health check's kill -9, not by the harness for hanging.
      expect(crashed.timedOut, 'the harness killed a hung agent').toBe(false);
      expect(crashed.signal, crashed.stderr).toBe('SIGKILL');
    }
    const result = await d.once(killer);
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_INSTALL: the agent restarted 3 times in AWAITING_COMMIT/);
    expect(await readFile(join(d.rootDir, 'fw'), 'utf8')).toBe('stable');
  });

  it('resumes a download killed midway without fetching its chunks again', async () => {
    const d = await device('dev-resume', 'resume');
    const big = randomBytes(24 * 1024 * 1024);
    const releaseId = await publish('resume', '1.0.0', [{ name: 'fw', path: await file('resume.bin', big) }]);
    const bitmap = join(d.stateDir, 'downloads', releaseId, 'fw.part.bitmap');
    const first = new Background(agentBin, [...d.args(), '--once']);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && first.child.exitCode === null) {
      if (await stat(bitmap).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    await first.stop('SIGKILL');
    expect(first.stdout, 'the first run must be killed before it finishes').toBe('');
    const atKill = await heldBytes(d, releaseId, 'fw');
    expect(atKill.held).toBeGreaterThan(0);
    expect(atKill.held).toBeLessThan(big.length);

    // The restart goes through a counting proxy: what it trusts, and what it receives.
    const proxy = await new FaultProxy({ targetHost: '127.0.0.1', targetPort: Number(new URL(server.url).port), tally: true }).start();
    let second: RunResult;
    try {
      second = await agent([...d.args().map((a) => (a === server.url ? proxy.url : a)), '--once', '--wait-release', '5'], { timeoutMs: 60_000 });
    } finally {
      await proxy.close();
    }
    expect(second.code, second.stderr).toBe(0);
    const start = second.stderr.split('\n').find((l) => l.includes('"message":"downloading"'));
    expect((JSON.parse(start ?? '{}') as { bytesDone?: number }).bytesDone).toBe(atKill.held);
    // Only the chunks the bitmap did not hold travel again: their bytes plus message headers.
    const missing = big.length - atKill.held;
    const chunkBytes = proxy.downstreamKinds['publish chunk'] ?? 0;
    expect(chunkBytes).toBeGreaterThanOrEqual(missing);
    expect(chunkBytes - missing).toBeLessThanOrEqual(256 * (atKill.of - atKill.chunks));
    expect((await readFile(join(d.rootDir, 'fw'))).equals(big)).toBe(true);
    expect(await readdir(join(d.stateDir, 'downloads'))).toEqual([]);
  });

  it('refuses a downgrade unless it is signed as a rollback', async () => {
    const d = await device('dev-down', 'down');
    await publish('down', '2.0.0', [{ name: 'fw', path: await file('down-2.bin', 'two') }]);
    expect((await d.once()).code).toBe(0);
    await publish('down', '1.0.0', [{ name: 'fw', path: await file('down-1.bin', 'one') }]);
    const refused = await d.once();
    expect(refused.code).toBe(1);
    expect(errorLine(refused)).toMatch(/^OTA_E_DOWNGRADE: /);
    expect(await readFile(join(d.rootDir, 'fw'), 'utf8')).toBe('two');
    expect(await d.record()).toMatchObject({ installedVersion: '2.0.0', outcome: 'refused' });

    await publish('down', '1.0.1', [{ name: 'fw', path: await file('down-1b.bin', 'one again') }], { rollback: true });
    const rolled = await d.once();
    expect(rolled.code, rolled.stderr).toBe(0);
    expect(rolled.stdout).toMatch(/^installed down 1\.0\.1 [0-9a-f]{32}\n$/);
  });

  it('refuses a release for other hardware, installs it on matching hardware', async () => {
    const d = await device('dev-hw', 'hw');
    await publish('hw', '1.0.0', [{ name: 'fw', path: await file('hw.bin', 'hw') }], { hardware: ['rev-b', 'rev-c'] });
    const refused = await d.once(['--hardware', 'rev-a']);
    expect(refused.code).toBe(1);
    expect(errorLine(refused)).toMatch(/^OTA_E_INCOMPATIBLE: /);
    expect(await d.record()).toMatchObject({ outcome: 'incompatible' });
    const ok = await d.once(['--hardware', 'rev-c']);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('refuses an expired manifest', async () => {
    const d = await device('dev-exp', 'exp');
    await publish('exp', '1.0.0', [{ name: 'fw', path: await file('exp.bin', 'x') }], { expiresInSeconds: 1 });
    await new Promise((r) => setTimeout(r, 1_200));
    const result = await d.once();
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_EXPIRED: /);
  });

  it('exits 1 with OTA_E_NOT_FOUND when no release is announced in time', async () => {
    const d = await device('dev-none', 'nothing-published');
    const result = await agent([...d.args(), '--once', '--wait-release', '1']);
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_NOT_FOUND: /);
  });

  it('exits 1 with OTA_E_FORBIDDEN when the server refuses the channel of another product', async () => {
    const d = await device('dev-other', 'mine');
    const result = await agent([...d.args(['--product', 'theirs']), '--once', '--wait-release', '1']);
    expect(result.code).toBe(1);
    expect(errorLine(result)).toMatch(/^OTA_E_FORBIDDEN: .*rel\/theirs\/stable/);
  });

  it('exits 1 with OTA_E_CONNECT when the server cannot be reached, 2 on bad usage', async () => {
    const unreachable = await agent(['--url', 'mqtt://127.0.0.1:1', '--id', 'x', '--token', 't', '--product', 'p', '--trust', trustPath, '--state', join(dir, 'x-state'), '--root', join(dir, 'x-root'), '--once', '--wait-release', '1']);
    expect(unreachable.code).toBe(1);
    expect(errorLine(unreachable)).toMatch(/^OTA_E_CONNECT: /);
    const usage = await agent(['--id', 'x', '--once']);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim()).toMatch(/^OTA_E_USAGE: /);
  });

  it('completes a download while the link keeps dropping', async () => {
    const d = await device('dev-flaky', 'flaky');
    const data = randomBytes(8 * 1024 * 1024);
    await publish('flaky', '1.0.0', [{ name: 'fw', path: await file('flaky.bin', data) }]);
    const port = Number(new URL(server.url).port);
    const proxy = await new FaultProxy({ targetHost: '127.0.0.1', targetPort: port }).start();
    proxy.dropEvery(400);
    try {
      const args = d.args().map((a) => (a === server.url ? proxy.url : a));
      const result = await agent([...args, '--once'], { timeoutMs: 90_000 });
      expect(result.code, result.stderr).toBe(0);
      expect((await readFile(join(d.rootDir, 'fw'))).equals(data)).toBe(true);
      expect(result.stderr).toMatch(/reconnecting/);
    } finally {
      await proxy.close();
    }
  });

  it('without --once keeps applying each new release, survives a bad one, and stops on SIGTERM', async () => {
    const d = await device('dev-daemon', 'daemon');
    await publish('daemon', '1.0.0', [{ name: 'fw', path: await file('daemon-1.bin', 'one') }]);
    const daemon = new Background(agentBin, d.args(['--health-cmd', 'test "$OTACAST_VERSION" != 2.0.0']));
    try {
      await daemon.waitFor(/"message":"installed".*"version":"1\.0\.0"/);
      await publish('daemon', '2.0.0', [{ name: 'fw', path: await file('daemon-2.bin', 'two') }]);
      await daemon.waitFor(/OTA_E_HEALTH/);
      await publish('daemon', '3.0.0', [{ name: 'fw', path: await file('daemon-3.bin', 'three') }]);
      await daemon.waitFor(/"message":"installed".*"version":"3\.0\.0"/);
      expect(await readFile(join(d.rootDir, 'fw'), 'utf8')).toBe('three');
      daemon.child.kill('SIGTERM');
      expect(await daemon.exited).toBe(0);
      expect(daemon.stdout).toBe('');
    } finally {
      await daemon.stop('SIGKILL');
    }
    expect(await d.record()).toMatchObject({ installedVersion: '3.0.0', outcome: 'installed' });
  });
});
