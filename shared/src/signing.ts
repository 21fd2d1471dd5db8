import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { decode, decodeOrThrow, encode, pb } from './codec.js';
import { sha256 } from './digest.js';
import { OtaError } from './errors.js';
import { MAX_MANIFEST_BYTES } from './limits.js';
import { parseManifest, type ReleaseManifest } from './manifest.js';

/** Signatures cover this prefix + the manifest bytes, so they cannot be replayed elsewhere. */
const SIGNING_CONTEXT = Buffer.from('otacast-manifest-v1\0');

export interface TrustedKey {
  keyId: string;
  key: KeyObject;
}

export interface VerifiedManifest {
  manifest: ReleaseManifest;
  manifestBytes: Buffer;
  releaseId: string;
  keyId: string;
}

export function generateSigningKeyPair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/** Key id: first 8 bytes of sha256 over the raw 32-byte ed25519 public key, hex. */
export function keyIdOf(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new OtaError('OTA_E_KEY', 'not an ed25519 key');
  return sha256(Buffer.from(jwk.x, 'base64url')).subarray(0, 8).toString('hex');
}

export async function loadPrivateKey(path: string): Promise<KeyObject> {
  try {
    const key = createPrivateKey(await readFile(path));
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`key type is ${key.asymmetricKeyType ?? 'unknown'}`);
    return key;
  } catch (err) {
    throw new OtaError('OTA_E_KEY', `cannot read ed25519 private key ${path}: ${(err as Error).message}`, { cause: err });
  }
}

export async function loadTrustedKey(path: string): Promise<TrustedKey> {
  let pem: Buffer;
  try {
    pem = await readFile(path);
  } catch (err) {
    throw new OtaError('OTA_E_KEY', `cannot read ed25519 public key ${path}: ${(err as Error).message}`, { cause: err });
  }
  // createPublicKey would quietly derive the public half of a private key: a device must never hold the signing secret.
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem.toString('latin1'))) {
    throw new OtaError('OTA_E_KEY', `${path} holds a private key: devices must hold only the public key (signing.pub); keep signing.key with the publisher`);
  }
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`key type is ${key.asymmetricKeyType ?? 'unknown'}`);
    return { keyId: keyIdOf(key), key };
  } catch (err) {
    throw new OtaError('OTA_E_KEY', `cannot read ed25519 public key ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** Content address of a release: derived from the exact signed manifest bytes. */
export function releaseIdOf(manifestBytes: Uint8Array): string {
  return sha256(manifestBytes).subarray(0, 16).toString('hex');
}

export function signManifest(manifestBytes: Uint8Array, privateKey: KeyObject): Buffer {
  const signature = sign(null, Buffer.concat([SIGNING_CONTEXT, manifestBytes]), privateKey);
  return encode(pb.SignedManifest, { manifest: manifestBytes, signatures: [{ keyId: keyIdOf(privateKey), signature }] });
}

/**
 * Decodes a SignedManifest and checks it against the pinned keys. Accepts it
 * when at least one signature by a trusted key verifies; throws a coded error
 * otherwise. Only then is the inner manifest decoded.
 */
export function verifySignedManifest(bytes: Uint8Array, trusted: readonly TrustedKey[]): VerifiedManifest {
  const envelope = decode(pb.SignedManifest, bytes, MAX_MANIFEST_BYTES, 'signed manifest');
  if (!envelope.ok) throw envelope.error;
  const manifestBytes = Buffer.from(envelope.value.manifest);
  const message = Buffer.concat([SIGNING_CONTEXT, manifestBytes]);
  let sawTrustedKey = false;
  for (const signature of envelope.value.signatures) {
    const key = trusted.find((k) => k.keyId === signature.keyId);
    if (!key) continue;
    sawTrustedKey = true;
    if (!signature.signature || !verify(null, message, key.key, signature.signature)) continue;
    return { manifest: parseManifest(manifestBytes), manifestBytes, releaseId: releaseIdOf(manifestBytes), keyId: key.keyId };
  }
  if (!sawTrustedKey) {
    const ids = envelope.value.signatures.map((s) => s.keyId).join(', ') || 'none';
    throw new OtaError('OTA_E_UNTRUSTED_KEY', `manifest signed by key(s) ${ids}, none of them trusted`);
  }
  throw new OtaError('OTA_E_SIGNATURE', 'manifest signature does not verify (tampered or corrupt)');
}

/**
 * The manifest inside signed-manifest bytes, without checking the signature:
 * only for bytes that were verified when they arrived (the server's registry,
 * the agent's saved state). `what` names the source in a decode error.
 */
export function unverifiedManifestOf(signedManifest: Uint8Array, what: string): ReleaseManifest {
  const envelope = decodeOrThrow(pb.SignedManifest, signedManifest, MAX_MANIFEST_BYTES, what);
  return parseManifest(envelope.manifest);
}
