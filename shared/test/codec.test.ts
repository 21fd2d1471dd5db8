import { describe, expect, it } from 'vitest';
import { decode, pb, encode, parseTopic, topics, type OtaError, generateSigningKeyPair, signManifest, verifySignedManifest, encodeManifest, sha256, keyIdOf, releaseIdOf } from '@otacast/shared';
import { createPrivateKey, createPublicKey } from 'node:crypto';

describe('codec', () => {
  it('returns coded errors for malformed and oversized payloads', () => {
    const bad = decode(pb.ChunkRequest, Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f]), 1024, 'chunk request');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('OTA_E_DECODE');
    const big = decode(pb.ChunkRequest, Buffer.alloc(2048), 1024, 'chunk request');
    expect(!big.ok && big.error.code).toBe('OTA_E_TOO_LARGE');
  });

  it('round-trips messages', () => {
    const bytes = encode(pb.StatusAck, { seq: 42 });
    const back = decode(pb.StatusAck, bytes, 64, 'ack');
    expect(back.ok && back.value.seq).toBe(42);
  });
});

describe('topics', () => {
  it('builds and parses v1 topics', () => {
    expect(parseTopic(topics.deviceStatus('dev-1'))).toEqual({ kind: 'device', deviceId: 'dev-1', leaf: 'status' });
    expect(parseTopic(topics.release('cam', 'stable'))).toEqual({ kind: 'release', product: 'cam', channel: 'stable' });
    expect(parseTopic('otacast/v1/dev/+/req')).toBeUndefined();
    expect(() => topics.deviceChunk('a/b')).toThrow(TypeError);
  });
});

describe('signing', () => {
  const manifest = encodeManifest({
    product: 'cam', version: '1.0.0', channel: 'stable', createdAtMs: 1, expiresAtMs: 0, hardware: [], rollback: false,
    components: [{ name: 'app', version: '1.0.0', type: 'file', size: 1, sha256: sha256(Buffer.from('a')), indexDigest: sha256(Buffer.from('b')), indexSize: 1, requires: {}, options: {} }],
  });
  const pair = generateSigningKeyPair();
  const privateKey = createPrivateKey(pair.privatePem);
  const trusted = [{ keyId: keyIdOf(privateKey), key: createPublicKey(pair.publicPem) }];

  it('verifies a manifest signed by a trusted key', () => {
    const verified = verifySignedManifest(signManifest(manifest, privateKey), trusted);
    expect(verified.manifest.product).toBe('cam');
    expect(verified.releaseId).toBe(releaseIdOf(manifest));
  });

  it('refuses untrusted keys and tampering with codes', () => {
    const other = createPrivateKey(generateSigningKeyPair().privatePem);
    const code = (fn: () => unknown) => { try { fn(); return 'none'; } catch (e) { return (e as OtaError).code; } };
    expect(code(() => verifySignedManifest(signManifest(manifest, other), trusted))).toBe('OTA_E_UNTRUSTED_KEY');
    const signed = signManifest(manifest, privateKey);
    const tampered = Buffer.from(signed);
    tampered[10] = (tampered[10] ?? 0) ^ 0x01;
    expect(['OTA_E_SIGNATURE', 'OTA_E_DECODE']).toContain(code(() => verifySignedManifest(tampered, trusted)));
    expect(code(() => verifySignedManifest(Buffer.from('garbage'), trusted))).toMatch(/OTA_E_(DECODE|UNTRUSTED_KEY)/);
  });
});
