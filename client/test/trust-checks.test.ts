import { describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { MAX_STATUS_MESSAGE_BYTES, type ReleaseManifest } from '@otacast/shared';
import { ArchiveInstaller } from '../src/install/index.js';
import { buildStatus } from '../src/update/status.js';
import { refuseReplayed } from '../src/update/update-steps.js';
import { componentSpec } from './suites/installer-suite.js';

const manifest = (createdAtMs: number, rollback = false): ReleaseManifest => ({
  product: 'cam', channel: 'stable', version: '1.0.5', createdAtMs, expiresAtMs: 0, hardware: [], rollback, components: [],
});
const installed = (manifestCreatedAtMs?: number) => ({ releaseId: 'r', version: '2.0.0', components: {}, ...(manifestCreatedAtMs !== undefined ? { manifestCreatedAtMs } : {}) });

describe('replayed manifests (agent side)', () => {
  it('refuses a manifest signed before the installed one, rollback or not', () => {
    for (const rollback of [false, true]) {
      expect(() => refuseReplayed(manifest(999, rollback), installed(1000))).toThrow(expect.objectContaining({ code: 'OTA_E_REPLAYED_MANIFEST' }) as Error);
    }
  });

  it('accepts a newer or equally old manifest, and any when nothing (or no time) is recorded', () => {
    expect(() => refuseReplayed(manifest(1000), installed(1000))).not.toThrow();
    expect(() => refuseReplayed(manifest(1001), installed(1000))).not.toThrow();
    expect(() => refuseReplayed(manifest(1), installed())).not.toThrow();
    expect(() => refuseReplayed(manifest(1), undefined)).not.toThrow();
  });
});

describe('status messages', () => {
  it('are cut to MAX_STATUS_MESSAGE_BYTES at a character boundary before sending', () => {
    const status = buildStatus({ state: 'FAILED', installed: undefined, error: { code: 'OTA_E_INSTALL', message: `x${'€'.repeat(20_000)}` } });
    expect(Buffer.byteLength(status.message)).toBeLessThanOrEqual(MAX_STATUS_MESSAGE_BYTES);
    expect(status.message).toMatch(/^x€+ …\[truncated\]$/);
    expect(buildStatus({ state: 'FAILED', installed: undefined, error: { code: 'OTA_E_INSTALL', message: 'short' } }).message).toBe('short');
  });
});

describe('setuid bits in archives', () => {
  async function installSetuidTar(options: Record<string, string>): Promise<number> {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-suid-'));
    try {
      await mkdir(join(dir, 'src'));
      await writeFile(join(dir, 'src', 'tool'), '#!/bin/sh\n');
      await chmod(join(dir, 'src', 'tool'), 0o4755);
      const tar = join(dir, 'app.tar');
      await create({ cwd: join(dir, 'src'), file: tar, portable: true }, ['.']);
      const component = componentSpec('app', '1.0.0', 'archive', await readFile(tar), options);
      const installer = new ArchiveInstaller({ root: join(dir, 'root'), component });
      await installer.prepare(tar, component);
      await installer.activate();
      return (await stat(join(dir, 'root', 'app', 'current', 'tool'))).mode & 0o7777;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('are cleared by default and kept with allow_setuid=true', async () => {
    expect(await installSetuidTar({})).toBe(0o755);
    expect(await installSetuidTar({ allow_setuid: 'false' })).toBe(0o755);
    expect(await installSetuidTar({ allow_setuid: 'true' })).toBe(0o4755);
  });

  it('refuses an allow_setuid value that is not true or false', () => {
    const component = componentSpec('app', '1.0.0', 'archive', Buffer.from('x'), { allow_setuid: 'yes' });
    expect(() => new ArchiveInstaller({ root: tmpdir(), component })).toThrow(expect.objectContaining({ code: 'OTA_E_INSTALL' }) as Error);
  });
});
