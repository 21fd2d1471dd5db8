import { describe, expect, it } from 'vitest';
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import {
  MAX_KEYRING_BYTES,
  buildKeyring,
  decodeSignedKeyring,
  encode,
  encodeManifest,
  generateSigningKeyPair,
  keyIdOf,
  keyringKeys,
  pb,
  signKeyring,
  signManifest,
  verifySignedKeyring,
  verifySignedManifest,
  type TrustedKey,
} from '@otacast/shared';

function keyPair(): { priv: KeyObject; trusted: TrustedKey } {
  const priv = createPrivateKey(generateSigningKeyPair().privatePem);
  return { priv, trusted: { keyId: keyIdOf(priv), key: createPublicKey(priv) } };
}

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code ?? String(err);
  }
  return 'no error';
}

const root = keyPair();
const a = keyPair();
const b = keyPair();
const component = { name: 'fw', version: '1.0.0', type: 'file' as const, size: 1, sha256: Buffer.alloc(32, 1), indexDigest: Buffer.alloc(32, 2), indexSize: 40, requires: {}, options: {} };
const manifestBytes = encodeManifest({ product: 'p', version: '1.0.0', channel: 'stable', createdAtMs: 1, expiresAtMs: 0, hardware: [], components: [component], rollback: false });

describe('keyrings: build, sign, verify against the root key', () => {
  it('round-trips a keyring signed by the root key', () => {
    const signed = signKeyring(buildKeyring({ version: 3, product: 'p', keys: [a.trusted, b.trusted], threshold: 2, createdAtMs: 5 }), root.priv);
    const keyring = verifySignedKeyring(signed, root.trusted, 'p');
    expect(keyring.version).toBe(3);
    expect(keyring.threshold).toBe(2);
    expect(keyring.createdAtMs).toBe(5);
    expect(keyring.keys.map((k) => k.keyId)).toEqual([a.trusted.keyId, b.trusted.keyId]);
    // The keys it carries verify manifests.
    expect(verifySignedManifest(signManifest(manifestBytes, [a.priv, b.priv]), keyring.keys, keyring.threshold).keyIds).toHaveLength(2);
  });

  it('an empty product means every product; another product is refused', () => {
    const any = signKeyring(buildKeyring({ version: 1, keys: [a.trusted] }), root.priv);
    expect(verifySignedKeyring(any, root.trusted, 'whatever').product).toBe('');
    const other = signKeyring(buildKeyring({ version: 1, product: 'q', keys: [a.trusted] }), root.priv);
    expect(codeOf(() => verifySignedKeyring(other, root.trusted, 'p'))).toBe('OTA_E_KEYRING');
  });

  it('refuses a keyring signed by another key than the pinned root', () => {
    const signed = signKeyring(buildKeyring({ version: 1, keys: [a.trusted] }), a.priv);
    expect(codeOf(() => verifySignedKeyring(signed, root.trusted, 'p'))).toBe('OTA_E_KEYRING');
  });

  it('refuses a tampered keyring', () => {
    const signed = signKeyring(buildKeyring({ version: 1, keys: [a.trusted] }), root.priv);
    const envelope = pb.SignedKeyring.decode(signed);
    const inner = pb.Keyring.decode(envelope.keyring);
    const forged = encode(pb.SignedKeyring, { keyring: encode(pb.Keyring, { ...inner, version: 99 }), signatures: envelope.signatures });
    expect(codeOf(() => verifySignedKeyring(forged, root.trusted, 'p'))).toBe('OTA_E_KEYRING');
  });

  it('a root signature is never a manifest signature, nor the other way round (separate contexts)', () => {
    const keyringBytes = buildKeyring({ version: 1, keys: [a.trusted] });
    // The root key signing the same bytes under the manifest context does not make a keyring.
    const asManifest = pb.SignedManifest.decode(signManifest(keyringBytes, root.priv));
    const crossed = encode(pb.SignedKeyring, { keyring: keyringBytes, signatures: asManifest.signatures });
    expect(codeOf(() => verifySignedKeyring(crossed, root.trusted, 'p'))).toBe('OTA_E_KEYRING');
    // And a root-signed keyring envelope's signature does not verify as a manifest by the root.
    const rootSigned = pb.SignedKeyring.decode(signKeyring(manifestBytes, root.priv));
    const asSignedManifest = encode(pb.SignedManifest, { manifest: manifestBytes, signatures: rootSigned.signatures });
    expect(codeOf(() => verifySignedManifest(asSignedManifest, [root.trusted]))).toBe('OTA_E_SIGNATURE');
  });

  it('decodes shape only without the root key, and refuses bad shapes with coded errors', () => {
    const keyring = (fields: object) => encode(pb.SignedKeyring, { keyring: encode(pb.Keyring, fields), signatures: [{ keyId: 'x', signature: Buffer.alloc(64) }] });
    const raw = (k: TrustedKey) => Buffer.from(k.key.export({ format: 'jwk' }).x as string, 'base64url');
    const ok = { version: 1, keys: [{ keyId: a.trusted.keyId, publicKey: raw(a.trusted) }] };
    expect(decodeSignedKeyring(keyring(ok)).keyring.threshold).toBe(1);
    expect(codeOf(() => decodeSignedKeyring(keyring({ ...ok, version: 0 })))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => decodeSignedKeyring(keyring({ ...ok, threshold: 2 })))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => decodeSignedKeyring(keyring({ ...ok, keys: [] })))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => decodeSignedKeyring(keyring({ ...ok, keys: [{ keyId: b.trusted.keyId, publicKey: raw(a.trusted) }] })))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => decodeSignedKeyring(keyring({ ...ok, keys: [{ keyId: a.trusted.keyId, publicKey: Buffer.alloc(31) }] })))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => decodeSignedKeyring(keyring({ ...ok, keys: [ok.keys[0], ok.keys[0]] })))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => decodeSignedKeyring(keyring({ ...ok, product: 'no/slashes' })))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => decodeSignedKeyring(encode(pb.SignedKeyring, { keyring: encode(pb.Keyring, ok) })))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => decodeSignedKeyring(Buffer.from([0xff, 0xff, 0xff])))).toBe('OTA_E_DECODE');
    expect(codeOf(() => decodeSignedKeyring(Buffer.alloc(MAX_KEYRING_BYTES + 1)))).toBe('OTA_E_TOO_LARGE');
  });

  it('keyringKeys: from, then add, minus remove; a removal of an absent key is reported', () => {
    expect(keyringKeys({ add: [a.trusted, b.trusted, a.trusted], remove: [] }).keys.map((k) => k.keyId)).toEqual([a.trusted.keyId, b.trusted.keyId]);
    const rotated = keyringKeys({ from: [a.trusted], add: [b.trusted], remove: [a.trusted.keyId] });
    expect(rotated).toEqual({ keys: [b.trusted], absent: [] });
    expect(keyringKeys({ add: [b.trusted], remove: [a.trusted.keyId] })).toEqual({ keys: [b.trusted], absent: [a.trusted.keyId] });
  });

  it('buildKeyring refuses what a device would refuse', () => {
    expect(codeOf(() => buildKeyring({ version: 1, keys: [] }))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => buildKeyring({ version: 1, keys: [a.trusted], threshold: 2 }))).toBe('OTA_E_KEYRING');
    expect(codeOf(() => buildKeyring({ version: 0, keys: [a.trusted] }))).toBe('OTA_E_KEYRING');
  });
});

describe('verifySignedManifest with a threshold', () => {
  it('threshold 1 (the default) accepts one trusted signature, as before', () => {
    expect(verifySignedManifest(signManifest(manifestBytes, a.priv), [a.trusted]).keyId).toBe(a.trusted.keyId);
  });

  it('threshold 2 refuses one signature and accepts two distinct keys', () => {
    const trusted = [a.trusted, b.trusted];
    expect(codeOf(() => verifySignedManifest(signManifest(manifestBytes, a.priv), trusted, 2))).toBe('OTA_E_THRESHOLD');
    // The same key twice counts once.
    expect(codeOf(() => verifySignedManifest(signManifest(manifestBytes, [a.priv, a.priv]), trusted, 2))).toBe('OTA_E_THRESHOLD');
    expect(verifySignedManifest(signManifest(manifestBytes, [a.priv, b.priv]), trusted, 2).keyIds.sort()).toEqual([a.trusted.keyId, b.trusted.keyId].sort());
  });

  it('a signature by a key outside the trusted set does not count, and the error names the trusted ids', () => {
    const rogue = keyPair();
    expect(codeOf(() => verifySignedManifest(signManifest(manifestBytes, [a.priv, rogue.priv]), [a.trusted, b.trusted], 2))).toBe('OTA_E_THRESHOLD');
    expect(() => verifySignedManifest(signManifest(manifestBytes, rogue.priv), [a.trusted])).toThrow(new RegExp(`trusted: ${a.trusted.keyId}`));
  });

  it('a bad signature by a trusted key below the threshold is tampering (OTA_E_SIGNATURE)', () => {
    const badSig = encode(pb.SignedManifest, {
      manifest: manifestBytes,
      signatures: [
        { keyId: a.trusted.keyId, signature: sign(null, Buffer.from('other'), a.priv) },
        ...pb.SignedManifest.decode(signManifest(manifestBytes, b.priv)).signatures,
      ],
    });
    expect(codeOf(() => verifySignedManifest(badSig, [a.trusted, b.trusted], 2))).toBe('OTA_E_SIGNATURE');
    expect(verifySignedManifest(badSig, [a.trusted, b.trusted], 1).keyId).toBe(b.trusted.keyId);
  });
});
