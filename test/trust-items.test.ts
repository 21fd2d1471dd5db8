import { describe, expect, it } from 'vitest';
import { chmod, mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_STATUS_MESSAGE_BYTES, encode, pb, topics } from '@otacast/shared';
import { createTar, randomFile, useFixture } from './support/fixture.js';
import { connectRaw, nextMessage } from './support/mqtt-device.js';

/** The smaller trust items of issue 11 (docs/security.md, "Replays and local tampering"), against a real server and agent. */
describe('trust: private keys, status sizes, setuid bits', () => {
  const ctx = useFixture();

  it('refuses a private key given as --trust, saying devices hold only the public key', async () => {
    const token = await ctx.fx.addDevice('privkey-dev', 'privkey');
    await randomFile(join(ctx.root, 'privkey-1.bin'), 16 * 1024);
    await ctx.fx.publish('privkey', '1.0.0', [`fw=${join(ctx.root, 'privkey-1.bin')}`]);
    const device = ctx.fx.device('privkey-dev', token, 'privkey');
    const result = await device.once(['--trust', ctx.fx.key]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/OTA_E_KEY.*only the public key/);
  });

  it('stores at most MAX_STATUS_MESSAGE_BYTES of a status message, with a truncation marker', async () => {
    const token = await ctx.fx.addDevice('chatty-dev', 'chatty');
    const client = await connectRaw(ctx.fx.server.url, 'chatty-dev', token);
    try {
      await client.subscribeAsync(topics.deviceCommand('chatty-dev'), { qos: 1 });
      const acked = nextMessage(client, topics.deviceCommand('chatty-dev'));
      const status = encode(pb.DeviceStatus, { seq: 1, state: pb.AgentState.AGENT_STATE_IDLE, errorCode: 'OTA_E_INSTALL', message: 'é'.repeat(30_000) });
      await client.publishAsync(topics.deviceStatus('chatty-dev'), status, { qos: 1 });
      expect(await acked).toBeDefined();
    } finally {
      await client.endAsync();
    }
    const devices = JSON.parse((await ctx.fx.admin(['devices', '--json'])).stdout) as { id: string; lastError: string }[];
    const lastError = devices.find((d) => d.id === 'chatty-dev')?.lastError ?? '';
    expect(lastError.startsWith('OTA_E_INSTALL: éé')).toBe(true);
    expect(lastError.endsWith('[truncated]')).toBe(true);
    expect(Buffer.byteLength(lastError)).toBeLessThanOrEqual(MAX_STATUS_MESSAGE_BYTES);
    expect(lastError).not.toMatch(/\uFFFD/);
  });

  it('clears setuid and setgid bits of files in an installed archive', async () => {
    const bundle = join(ctx.root, 'suid-bundle');
    await mkdir(join(bundle, 'bin'), { recursive: true });
    for (const [name, mode] of [['su-tool', 0o4755], ['sg-tool', 0o2755], ['plain', 0o755]] as const) {
      await writeFile(join(bundle, 'bin', name), '#!/bin/sh\n');
      await chmod(join(bundle, 'bin', name), mode);
    }
    const tar = join(ctx.root, 'suid.tar');
    await createTar(bundle, tar);
    const token = await ctx.fx.addDevice('suid-dev', 'suid');
    await ctx.fx.publish('suid', '1.0.0', [`app=${tar}:archive`]);
    const device = ctx.fx.device('suid-dev', token, 'suid');
    const result = await device.once();
    expect(result.code, result.stderr).toBe(0);
    const modeOf = async (name: string) => (await stat(join(device.rootDir, 'app', 'current', 'bin', name))).mode & 0o7777;
    expect(await modeOf('su-tool')).toBe(0o755);
    expect(await modeOf('sg-tool')).toBe(0o755);
    expect(await modeOf('plain')).toBe(0o755);
  });
});
