import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { buildKeyring, generateSigningKeyPair, keyIdOf, signKeyring, type LogFields, type Logger, type TrustedKey } from '@otacast/shared';
import { TrustStore } from '../src/update/trust-store.js';

function keyPair(): { priv: KeyObject; trusted: TrustedKey } {
  const priv = createPrivateKey(generateSigningKeyPair().privatePem);
  return { priv, trusted: { keyId: keyIdOf(priv), key: createPublicKey(priv) } };
}

/** Codes the store logged, in order. */
function codeLogger(codes: string[]): Logger {
  const at = () => (_message: string, fields: LogFields = {}) => void (typeof fields['code'] === 'string' && codes.push(fields['code']));
  const logger: Logger = { error: at(), warn: at(), info: at(), debug: at(), child: () => logger };
  return logger;
}

describe('TrustStore: the newest root-verified keyring, saved and verified again', () => {
  const root = keyPair();
  const a = keyPair();
  const b = keyPair();
  const keyring = (version: number, keys: TrustedKey[], signer = root.priv, threshold = 1) => signKeyring(buildKeyring({ version, keys, threshold }), signer);
  let stateDir: string;
  let codes: string[];
  const open = () => TrustStore.open({ stateDir, product: 'p', pinned: [], root: root.trusted, logger: codeLogger(codes) });
  const ids = (store: TrustStore) => store.policy().keys.map((k) => k.keyId);

  beforeEach(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'otacast-trust-'));
    codes = [];
  });
  afterEach(() => rm(stateDir, { recursive: true, force: true }));

  it('takes higher versions only; the same bytes again are not news; removed keys stop counting', async () => {
    const store = await open();
    expect(store.policy()).toEqual({ keys: [], threshold: 1 });
    const v1 = keyring(1, [a.trusted]);
    expect(store.offer(v1)).toBe(true);
    expect(store.offer(v1)).toBe(false);
    expect(codes).toEqual([]);
    expect(store.offer(keyring(2, [b.trusted], root.priv, 1))).toBe(true);
    expect(ids(store)).toEqual([b.trusted.keyId]);
    expect(store.offer(v1)).toBe(false);
    expect(store.offer(keyring(2, [a.trusted, b.trusted]))).toBe(false);
    expect(codes).toEqual(['OTA_E_KEYRING_VERSION', 'OTA_E_KEYRING_VERSION']);
    expect(store.offer(keyring(9, [a.trusted], a.priv))).toBe(false);
    expect(codes.at(-1)).toBe('OTA_E_KEYRING');
    expect(store.version).toBe(2);
    await store.flush();
  });

  it('saves the keyring 0600 and loads it on the next start; a forged saved file is ignored', async () => {
    const first = await open();
    first.offer(keyring(3, [a.trusted, b.trusted], root.priv, 2));
    await first.flush();
    expect((await stat(join(stateDir, 'keyring.bin'))).mode & 0o777).toBe(0o600);
    const again = await open();
    expect(again.version).toBe(3);
    expect(again.policy().threshold).toBe(2);

    // Someone with write access to the state directory cannot make the agent trust their key.
    await writeFile(join(stateDir, 'keyring.bin'), keyring(50, [a.trusted], a.priv));
    const forged = await open();
    expect(forged.version).toBeUndefined();
    expect(forged.policy().keys).toEqual([]);
    expect(codes).toEqual(['OTA_E_KEYRING']);
  });

  it('without a root key, keyrings are ignored and the pinned keys are the policy', async () => {
    const store = await TrustStore.open({ stateDir, product: 'p', pinned: [a.trusted], logger: codeLogger(codes) });
    expect(store.offer(keyring(1, [b.trusted]))).toBe(false);
    expect(ids(store)).toEqual([a.trusted.keyId]);
  });
});
