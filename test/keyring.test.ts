import { describe, expect, it } from 'vitest';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeSignedKeyring, topics } from '@otacast/shared';
import { randomFile, useFixture, type Device } from './support/fixture.js';
import { Background, agent, agentBin, otacast, type RunResult } from './support/processes.js';
import { startServe } from './support/server.js';
import { connectRaw, grantedQos, nextMessage } from './support/mqtt-device.js';

/**
 * Rotating trust without touching devices (issue 11): agents pin only the
 * root key; publisher keys come from root-signed keyrings the server
 * announces retained on otacast/v1/trust/{product}. Real server, real CLIs,
 * real agents as child processes.
 */
describe('keyrings: root-pinned agents follow rotations, refuse replays and forgeries', () => {
  const ctx = useFixture();
  const keys = (name: string) => join(ctx.root, 'keys', name);

  async function keygen(name: string, root = false): Promise<void> {
    const result = await otacast(['keygen', ...(root ? ['--root'] : []), '--out', keys(name)]);
    expect(result.code, result.stderr).toBe(0);
  }

  async function signKeyring(out: string, args: string[], root = join(keys('root'), 'root.key')): Promise<RunResult> {
    return otacast(['keyring', 'sign', '--root', root, ...args, '--out', join(ctx.root, out)]);
  }

  function publishKeyring(file: string, product: string): Promise<RunResult> {
    return ctx.fx.admin(['keyring', 'publish', join(ctx.root, file), '--product', product]);
  }

  /** Publishes a one-file release of `product` signed with the given key directories. */
  async function release(product: string, version: string, signers: string[]): Promise<Buffer> {
    const path = join(ctx.root, `${product}-${version}.bin`);
    const data = await randomFile(path, 256 * 1024);
    const result = await ctx.fx.admin(['publish', '--product', product, '--version', version, ...signers.flatMap((s) => ['--key', join(keys(s), 'signing.key')]), `fw=${path}`]);
    expect(result.code, result.stderr).toBe(0);
    return data;
  }

  /** The agent's arguments pinning only the root key (no --trust). */
  function rootArgs(device: Device): string[] {
    const args = device.args().filter((arg, i, all) => arg !== '--trust' && all[i - 1] !== '--trust');
    return [...args, '--trust-root', join(keys('root'), 'root.pub')];
  }

  function onceWithRoot(device: Device): Promise<RunResult> {
    return agent([...rootArgs(device), '--once'], { timeoutMs: 120_000 });
  }

  async function rootDevice(id: string, product: string): Promise<Device> {
    return ctx.fx.device(id, await ctx.fx.addDevice(id, product), product);
  }

  const pub = (name: string) => join(keys(name), 'signing.pub');

  it('rotates from key A to key B: B-signed releases install, A-signed ones are refused, a replayed keyring is refused', async () => {
    await keygen('root', true);
    await keygen('a');
    await keygen('b');
    const device = await rootDevice('kr-dev', 'kr');

    // Version 1 trusts A.
    expect((await signKeyring('kr-v1.bin', ['--add', pub('a'), '--version', '1', '--product', 'kr'])).code).toBe(0);
    const published = await publishKeyring('kr-v1.bin', 'kr');
    expect(published.code, published.stderr).toBe(0);
    expect(published.lastLine).toBe('1');
    const v1 = await release('kr', '1.0.0', ['a']);
    let result = await onceWithRoot(device);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^installed kr 1\.0\.0 /);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v1)).toBe(true);
    // Saved for the next start, readable by the agent only.
    expect((await stat(join(device.stateDir, 'keyring.bin'))).mode & 0o777).toBe(0o600);

    // Version 2: B in, A out.
    const signed = await signKeyring('kr-v2.bin', ['--add', pub('b'), '--remove', pub('a'), '--version', '2', '--product', 'kr']);
    expect(signed.code, signed.stderr).toBe(0);
    expect((await publishKeyring('kr-v2.bin', 'kr')).code).toBe(0);
    await release('kr', '2.0.0', ['a']);
    result = await onceWithRoot(device);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_UNTRUSTED_KEY/);
    const bId = decodeSignedKeyring(await readFile(join(ctx.root, 'kr-v2.bin'))).keyring.keys[0]?.keyId ?? '?';
    expect(result.stderr).toContain(`trusted: ${bId}`);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v1)).toBe(true);
    const v201 = await release('kr', '2.0.1', ['b']);
    result = await onceWithRoot(device);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^installed kr 2\.0\.1 /);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v201)).toBe(true);

    // Replaying version 1: the server refuses it...
    const replay = await publishKeyring('kr-v1.bin', 'kr');
    expect(replay.code).toBe(1);
    expect(replay.stderr).toMatch(/^OTA_E_KEYRING_VERSION: /m);
    // ...and so does a device handed it anyway (a server whose stored keyring was swapped announces it at start).
    await ctx.fx.server.stop();
    await copyFile(join(ctx.root, 'kr-v1.bin'), join(ctx.fx.dataDir, 'keyrings', 'kr.bin'));
    ctx.fx.server = await startServe(ctx.fx.dataDir);
    await release('kr', '3.0.0', ['a']);
    result = await onceWithRoot(device);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_KEYRING_VERSION/);
    expect(result.stderr).toMatch(/OTA_E_UNTRUSTED_KEY/);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v201)).toBe(true);
  });

  it('refuses a keyring signed by a key other than the pinned root', async () => {
    await keygen('rogue-root', true);
    await keygen('c');
    const device = await rootDevice('kr-forged', 'krf');
    expect((await signKeyring('krf-v1.bin', ['--add', pub('a'), '--version', '1'])).code).toBe(0);
    expect((await publishKeyring('krf-v1.bin', 'krf')).code).toBe(0);
    const v1 = await release('krf', '1.0.0', ['a']);
    expect((await onceWithRoot(device)).code).toBe(0);

    // The server cannot tell (it never holds the root key) and stores it; the device refuses it.
    expect((await signKeyring('krf-rogue.bin', ['--add', pub('c'), '--version', '7'], join(keys('rogue-root'), 'root.key'))).code).toBe(0);
    expect((await publishKeyring('krf-rogue.bin', 'krf')).code).toBe(0);
    await release('krf', '2.0.0', ['c']);
    const result = await onceWithRoot(device);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_KEYRING/);
    expect(result.stderr).toMatch(/OTA_E_UNTRUSTED_KEY/);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(v1)).toBe(true);
  });

  it('threshold 2: one signature is refused, two distinct keys install', async () => {
    const device = await rootDevice('kr-two', 'krt');
    expect((await signKeyring('krt-v1.bin', ['--add', pub('a'), '--add', pub('b'), '--threshold', '2', '--version', '1'])).code).toBe(0);
    expect((await publishKeyring('krt-v1.bin', 'krt')).code).toBe(0);
    await release('krt', '1.0.0', ['a']);
    let result = await onceWithRoot(device);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_THRESHOLD/);
    const both = await release('krt', '1.0.1', ['a', 'b']);
    result = await onceWithRoot(device);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^installed krt 1\.0\.1 /);
    expect((await readFile(join(device.rootDir, 'fw'))).equals(both)).toBe(true);
  });

  it('a running agent that refused a release for an untrusted key installs it once a keyring trusting that key arrives', async () => {
    const device = await rootDevice('kr-daemon', 'krd');
    await mkdir(device.rootDir, { recursive: true });
    expect((await signKeyring('krd-v1.bin', ['--add', pub('a'), '--version', '1'])).code).toBe(0);
    expect((await publishKeyring('krd-v1.bin', 'krd')).code).toBe(0);
    const data = await release('krd', '1.0.0', ['b']);
    const daemon = new Background(agentBin, rootArgs(device));
    try {
      await daemon.waitFor(/OTA_E_UNTRUSTED_KEY/, 60_000);
      expect((await signKeyring('krd-v2.bin', ['--from', join(ctx.root, 'krd-v1.bin'), '--add', pub('b'), '--version', '2'])).code).toBe(0);
      expect((await publishKeyring('krd-v2.bin', 'krd')).code).toBe(0);
      await daemon.waitFor(/"installed"|installed .*1\.0\.0/, 60_000);
      expect((await readFile(join(device.rootDir, 'fw'))).equals(data)).toBe(true);
    } finally {
      await daemon.stop();
    }
  });

  it('devices may subscribe to their own product trust topic, never publish there, never read another product', async () => {
    const token = await ctx.fx.addDevice('kr-acl', 'krt');
    const client = await connectRaw(ctx.fx.server.url, 'kr-acl', token);
    try {
      const retained = nextMessage(client, topics.trust('krt'));
      expect(await grantedQos(client, topics.trust('krt'), 1)).toBe(1);
      expect(decodeSignedKeyring((await retained) ?? Buffer.alloc(0)).keyring.threshold).toBe(2);
      expect(await grantedQos(client, topics.trust('kr'), 1)).toBe(128);
      await Promise.race([
        client.publishAsync(topics.trust('krt'), Buffer.from('forged'), { qos: 1, retain: true }).catch(() => undefined),
        new Promise((resolve) => setTimeout(resolve, 2_000)),
      ]);
    } finally {
      await client.endAsync(true).catch(() => undefined);
    }
    const observer = await connectRaw(ctx.fx.server.url, 'kr-acl', token);
    try {
      const retained = nextMessage(observer, topics.trust('krt'));
      await observer.subscribeAsync(topics.trust('krt'), { qos: 1 });
      expect(decodeSignedKeyring((await retained) ?? Buffer.alloc(0)).keyring.version).toBe(1);
    } finally {
      await observer.endAsync();
    }
  });

  it('keyring sign: usage errors for a threshold above the keys and an empty keyring', async () => {
    const tooHigh = await signKeyring('bad.bin', ['--add', pub('a'), '--threshold', '2', '--version', '1']);
    expect(tooHigh.code).toBe(2);
    expect(tooHigh.stderr).toMatch(/^OTA_E_USAGE: /m);
    const empty = await signKeyring('bad.bin', ['--add', pub('a'), '--remove', pub('a'), '--version', '1']);
    expect(empty.code).toBe(2);
  });
});
