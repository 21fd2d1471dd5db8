import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sha256 } from '@otacast/shared';
import { hashToken } from '../src/auth/auth.js';
import { Registry, type ReleaseRecord } from '../src/registry/registry.js';
import { SCHEMA_VERSION } from '../src/registry/registry-schema.js';

function release(releaseId: string, product: string, channel: string, version: string): ReleaseRecord {
  return { releaseId, product, channel, version, signedManifest: Buffer.from(releaseId), componentDigests: { fw: releaseId }, totalSize: 10, createdMs: 1 };
}

const status = (seq: number, installedVersion: string) => ({ seq, installedVersion, state: 1, outcome: 2, targetVersion: '', lastError: '', components: { fw: installedVersion } });

describe('Registry', () => {
  let dir: string;
  let registry: Registry;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-registry-'));
    registry = Registry.open(join(dir, 'registry.db'));
  });
  afterEach(async () => {
    registry.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates once and reopens at the same schema version', () => {
    registry.upsertPrincipal({ name: 'admin', role: 'admin', tokenSha256: hashToken('t'), product: '', channel: '' });
    registry.close();
    registry = Registry.open(join(dir, 'registry.db'));
    expect(registry.findPrincipal('admin')?.role).toBe('admin');
    const db = new Database(join(dir, 'registry.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('answers the latest announced release of each channel', () => {
    registry.insertRelease(release('a1', 'cam', 'stable', '1.0.0'), [sha256(Buffer.from('x'))]);
    registry.markAnnounced('a1');
    registry.insertRelease(release('a2', 'cam', 'stable', '2.0.0'), []);
    registry.markAnnounced('a2');
    registry.insertRelease(release('b1', 'cam', 'beta', '3.0.0-rc.1'), []);
    registry.markAnnounced('b1');
    expect(registry.latestReleases().map((r) => r.releaseId)).toEqual(['b1', 'a2']);
    registry.markAnnounced('a1'); // re-announced: it is the channel's again
    expect(registry.latestReleases().map((r) => r.releaseId)).toEqual(['b1', 'a1']);
    expect(registry.releaseProduct('a2')).toBe('cam');
    expect(registry.releaseHasBlob('a1', sha256(Buffer.from('x')))).toBe(true);
    expect(registry.releaseHasBlob('a2', sha256(Buffer.from('x')))).toBe(false);
    expect(registry.listReleases('cam')).toHaveLength(3);
    expect(registry.listReleases('other')).toHaveLength(0);
  });

  it('applies a device status only when its seq is newer', () => {
    registry.upsertPrincipal({ name: 'd1', role: 'device', tokenSha256: hashToken('t'), product: 'cam', channel: 'stable' });
    expect(registry.listDevices()[0]).toMatchObject({ deviceId: 'd1', product: 'cam', installedVersion: '', lastSeq: 0 });
    expect(registry.applyStatus('d1', status(5, '1.0.0'), 1000)).toEqual({ applied: true, lastSeq: 5 });
    expect(registry.applyStatus('d1', status(4, '0.1.0'), 2000)).toEqual({ applied: false, lastSeq: 5 });
    expect(registry.applyStatus('d1', status(5, '0.1.0'), 3000)).toEqual({ applied: false, lastSeq: 5 });
    expect(registry.listDevices()[0]).toMatchObject({ installedVersion: '1.0.0', lastSeq: 5, lastSeenMs: 3000, components: { fw: '1.0.0' } });
  });
});
