import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiClient } from '@otacast/broker';
import { unverifiedManifestOf } from '@otacast/shared';
import { randomFile, useFixture } from './support/fixture.js';
import { startServe } from './support/server.js';

/**
 * Hole 2 of issue 11 (docs/security.md, "Replays and local tampering"): the
 * stored bytes of an old rollback-signed release, committed or announced again
 * by someone without the signing key, must not take a device back.
 */
describe('replayed manifests', () => {
  const ctx = useFixture();

  /** A device that installed 1.0.5 (signed as a rollback), then 2.0.0; returns 2.0.0's bytes and 1.0.5's stored envelope. */
  async function deviceOn2(product: string) {
    const token = await ctx.fx.addDevice(`${product}-dev`, product);
    const device = ctx.fx.device(`${product}-dev`, token, product);
    await randomFile(join(ctx.root, `${product}-105.bin`), 64 * 1024);
    const old = await ctx.fx.publish(product, '1.0.5', [`fw=${join(ctx.root, `${product}-105.bin`)}`], ['--rollback']);
    expect((await device.once()).code).toBe(0);
    const v2 = await randomFile(join(ctx.root, `${product}-2.bin`), 64 * 1024);
    await ctx.fx.publish(product, '2.0.0', [`fw=${join(ctx.root, `${product}-2.bin`)}`]);
    const installed = await device.once();
    expect(installed.code, installed.stderr).toBe(0);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v2)).toBe(true);
    const db = new Database(join(ctx.fx.dataDir, 'registry.db'), { readonly: true });
    const row = db.prepare('SELECT signed_manifest FROM releases WHERE release_id = ?').get(old) as { signed_manifest: Buffer };
    db.close();
    return { device, v2, old, oldEnvelope: Buffer.from(row.signed_manifest) };
  }

  it('gives rollback-signed manifests a 7-day expiry by default', async () => {
    const { oldEnvelope } = await deviceOn2('expiry');
    const manifest = unverifiedManifestOf(oldEnvelope, 'stored manifest');
    expect(manifest.rollback).toBe(true);
    expect(manifest.expiresAtMs - manifest.createdAtMs).toBe(7 * 24 * 3600 * 1000);
  });

  it('refuses an admin re-commit of the old rollback manifest, and the device stays on 2.0.0', async () => {
    const { device, v2, oldEnvelope } = await deviceOn2('recommit');
    const api = await ApiClient.connect({ url: ctx.fx.server.url, token: ctx.fx.server.adminToken });
    try {
      const err = await api.commitRelease(oldEnvelope).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'OTA_E_REPLAYED_MANIFEST' });
    } finally {
      await api.close();
    }
    const result = await device.once();
    expect(result.code, result.stderr).toBe(0);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v2)).toBe(true);
  });

  it('lets the current release be committed again (idempotent)', async () => {
    await randomFile(join(ctx.root, 'idem-1.bin'), 16 * 1024);
    const again = await ctx.fx.publish('idem', '1.0.0', [`fw=${join(ctx.root, 'idem-1.bin')}`]);
    const db = new Database(join(ctx.fx.dataDir, 'registry.db'), { readonly: true });
    const row = db.prepare('SELECT signed_manifest FROM releases WHERE release_id = ?').get(again) as { signed_manifest: Buffer };
    db.close();
    const api = await ApiClient.connect({ url: ctx.fx.server.url, token: ctx.fx.server.adminToken });
    try {
      expect(await api.commitRelease(Buffer.from(row.signed_manifest))).toMatchObject({ releaseId: again, existing: true });
    } finally {
      await api.close();
    }
  });

  it('a device refuses an older manifest a compromised server announces, and reports why', async () => {
    const { device, v2, old } = await deviceOn2('reannounce');
    // Whoever controls the server's data makes 1.0.5 the channel's latest again; startup re-announces it.
    await ctx.fx.server.stop();
    const db = new Database(join(ctx.fx.dataDir, 'registry.db'));
    db.prepare('UPDATE releases SET announced = (SELECT MAX(announced) + 1 FROM releases) WHERE release_id = ?').run(old);
    db.close();
    ctx.fx.server = await startServe(ctx.fx.dataDir);

    const result = await device.once();
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_REPLAYED_MANIFEST/);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v2)).toBe(true);
    const devices = JSON.parse((await ctx.fx.admin(['devices', '--json'])).stdout) as { id: string; installedVersion: string; outcome: string; lastError: string }[];
    expect(devices.find((d) => d.id === device.id)).toMatchObject({ installedVersion: '2.0.0', outcome: 'refused', lastError: expect.stringContaining('OTA_E_REPLAYED_MANIFEST') as unknown });
  });
});
