import { describe, expect, it } from 'vitest';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { encode, encodeManifest, exists, loadTrustedKey, pb, releaseIdOf, sha256 } from '@otacast/shared';
import { randomFile, useFixture } from './support/fixture.js';

/**
 * Hole 5 of issue 11 (docs/security.md, "Replays and local tampering"): a
 * state.json written by someone other than the agent must not make it install
 * anything, and the agent's state is readable by its own user only.
 */
describe('tampered agent state', () => {
  const ctx = useFixture();

  it('discards a forged INSTALLING state with an unsigned command component; nothing runs, the installed version stays', async () => {
    const token = await ctx.fx.addDevice('forged-dev', 'forged');
    const device = ctx.fx.device('forged-dev', token, 'forged');
    const v1 = await randomFile(join(ctx.root, 'forged-1.bin'), 32 * 1024);
    await ctx.fx.publish('forged', '1.0.0', [`fw=${join(ctx.root, 'forged-1.bin')}`]);
    expect((await device.once()).code).toBe(0);

    // The forgery: a manifest nobody signed (a random signature under the trusted key's id), resumed mid-install.
    const marker = join(ctx.root, 'forged-ran');
    const script = Buffer.from(`#!/bin/sh\ntouch ${marker}\n`);
    const manifestBytes = encodeManifest({
      product: 'forged', channel: 'stable', version: '9.9.9', createdAtMs: Date.now(), expiresAtMs: 0, hardware: [], rollback: false,
      components: [{ name: 'evil', version: '9.9.9', type: 'command', size: script.length, sha256: sha256(script), indexDigest: sha256(Buffer.from('i')), indexSize: 1, requires: {}, options: { command: `touch ${marker}` } }],
    });
    const { keyId } = await loadTrustedKey(ctx.fx.trust);
    const envelope = encode(pb.SignedManifest, { manifest: manifestBytes, signatures: [{ keyId, signature: randomBytes(64) }] });
    const releaseId = releaseIdOf(manifestBytes);
    await mkdir(join(device.stateDir, 'downloads', releaseId), { recursive: true });
    await writeFile(join(device.stateDir, 'downloads', releaseId, 'evil.part'), script);
    const forged = { state: 'INSTALLING', releaseId, signedManifest: envelope.toString('base64'), components: ['evil'], entries: { INSTALLING: 1 }, updatedAtMs: Date.now() };
    await writeFile(join(device.stateDir, 'state.json'), JSON.stringify(forged));

    const result = await device.once();
    expect(await exists(marker), 'the forged command ran').toBe(false);
    expect(result.stderr).toMatch(/OTA_E_STATE/);
    expect(result.code, result.stderr).toBe(0); // then the channel's release: already current
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v1)).toBe(true);
    const saved = JSON.parse(await readFile(join(device.stateDir, 'state.json'), 'utf8')) as { state: string };
    expect(saved.state).toBe('IDLE');
  });

  it('keeps the state directory 0700 and its state files 0600', async () => {
    const token = await ctx.fx.addDevice('perm-dev', 'perm');
    const device = ctx.fx.device('perm-dev', token, 'perm');
    await randomFile(join(ctx.root, 'perm-1.bin'), 16 * 1024);
    await ctx.fx.publish('perm', '1.0.0', [`fw=${join(ctx.root, 'perm-1.bin')}`]);
    expect((await device.once()).code).toBe(0);
    expect((await stat(device.stateDir)).mode & 0o777).toBe(0o700);
    for (const file of ['state.json', 'installed.json']) expect((await stat(join(device.stateDir, file))).mode & 0o777, file).toBe(0o600);
  });
});
