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
  /** The first trusted key whose signature verified. */
  keyId: string;
  /** Every distinct trusted key whose signature verified. */
  keyIds: string[];
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

/** Signs with each key (a threshold keyring needs several); one key gives exactly today's envelope. */
export function signManifest(manifestBytes: Uint8Array, privateKeys: KeyObject | readonly KeyObject[]): Buffer {
  const keys = Array.isArray(privateKeys) ? (privateKeys as readonly KeyObject[]) : [privateKeys as KeyObject];
  const message = Buffer.concat([SIGNING_CONTEXT, manifestBytes]);
  const signatures = keys.map((key) => ({ keyId: keyIdOf(key), signature: sign(null, message, key) }));
  return encode(pb.SignedManifest, { manifest: manifestBytes, signatures });
}

/**
 * Decodes a SignedManifest and checks it against the trusted keys. Accepts it
 * when signatures by at least `threshold` distinct trusted keys verify (1, the
 * default, is one pinned key as before); throws a coded error otherwise. Only
 * then is the inner manifest decoded.
 */
export function verifySignedManifest(bytes: Uint8Array, trusted: readonly TrustedKey[], threshold = 1): VerifiedManifest {
  const envelope = decode(pb.SignedManifest, bytes, MAX_MANIFEST_BYTES, 'signed manifest');
  if (!envelope.ok) throw envelope.error;
  const manifestBytes = Buffer.from(envelope.value.manifest);
  const message = Buffer.concat([SIGNING_CONTEXT, manifestBytes]);
  const valid: string[] = [];
  let sawTrustedKey = false;
  let sawBadSignature = false;
  for (const signature of envelope.value.signatures) {
    const key = trusted.find((k) => k.keyId === signature.keyId);
    // A key counts once however many signatures carry its id.
    if (!key || valid.includes(key.keyId)) continue;
    sawTrustedKey = true;
    if (signature.signature && verify(null, message, key.key, signature.signature)) valid.push(key.keyId);
    else sawBadSignature = true;
  }
  const needed = Math.max(1, threshold);
  if (valid.length >= needed) {
    return { manifest: parseManifest(manifestBytes), manifestBytes, releaseId: releaseIdOf(manifestBytes), keyId: valid[0] as string, keyIds: valid };
  }
  const trustedIds = trusted.map((k) => k.keyId).join(', ') || 'none';
  if (!sawTrustedKey) {
    const ids = envelope.value.signatures.map((s) => s.keyId).join(', ') || 'none';
    throw new OtaError('OTA_E_UNTRUSTED_KEY', `manifest signed by key(s) ${ids}, none of them trusted (trusted: ${trustedIds})`);
  }
  if (sawBadSignature) throw new OtaError('OTA_E_SIGNATURE', 'manifest signature does not verify (tampered or corrupt)');
  throw new OtaError('OTA_E_THRESHOLD', `manifest has valid signatures by ${valid.length} trusted key(s) (${valid.join(', ')}), ${needed} needed (trusted: ${trustedIds})`);
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
