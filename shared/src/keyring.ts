import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { decode, encode, pb } from './codec.js';
import { OtaError } from './errors.js';
import { MAX_KEYRING_BYTES, MAX_KEYRING_KEYS } from './limits.js';
import { keyIdOf, type TrustedKey } from './signing.js';
import { isValidName } from './topics.js';

/**
 * Root signatures cover this prefix + the keyring bytes: never the manifest
 * context, so a root signature can never pass as a manifest signature, nor a
 * publisher's manifest signature as a keyring.
 */
const KEYRING_CONTEXT = Buffer.from('otacast-keyring-v1\0');

/** A decoded keyring: which publisher keys a device trusts and how many of them must sign a manifest. */
export interface KeyringContent {
  version: number;
  /** '' means every product. */
  product: string;
  keys: TrustedKey[];
  /** Distinct keys whose signatures a manifest needs (≥ 1). */
  threshold: number;
  createdAtMs: number;
}

/** A signed keyring whose shape is valid; its signatures are claims, not yet verified. */
export interface DecodedKeyring {
  keyring: KeyringContent;
  keyringBytes: Buffer;
  signatures: { keyId: string; signature: Uint8Array }[];
}

export interface KeyringSpec {
  version: number;
  product?: string;
  keys: readonly TrustedKey[];
  /** Default 1. */
  threshold?: number;
  createdAtMs?: number;
}

function invalid(message: string): OtaError {
  return new OtaError('OTA_E_KEYRING', message);
}

/** The raw 32-byte ed25519 public key (what a keyring carries). */
export function rawPublicKey(key: KeyObject): Buffer {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new OtaError('OTA_E_KEY', 'not an ed25519 key');
  return Buffer.from(jwk.x, 'base64url');
}

function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.byteLength !== 32) throw invalid(`a keyring key is ${raw.byteLength} bytes, an ed25519 public key is 32`);
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

function checkContent(k: KeyringContent): KeyringContent {
  if (!Number.isSafeInteger(k.version) || k.version < 1) throw invalid(`keyring version must be an integer ≥ 1, got ${k.version}`);
  if (k.product !== '' && !isValidName(k.product)) throw invalid(`keyring product "${k.product.slice(0, 140)}" is not a valid name`);
  if (k.keys.length === 0) throw invalid('a keyring must list at least one publisher key');
  if (k.keys.length > MAX_KEYRING_KEYS) throw invalid(`a keyring lists ${k.keys.length} keys, limit ${MAX_KEYRING_KEYS}`);
  if (new Set(k.keys.map((key) => key.keyId)).size !== k.keys.length) throw invalid('a keyring lists the same key twice');
  if (!Number.isSafeInteger(k.threshold) || k.threshold < 1 || k.threshold > k.keys.length) {
    throw invalid(`keyring threshold ${k.threshold} must be from 1 to the number of keys (${k.keys.length})`);
  }
  return k;
}

/** The encoded Keyring bytes for `spec` (validated: the same rules a device applies). */
export function buildKeyring(spec: KeyringSpec): Buffer {
  const content = checkContent({
    version: spec.version,
    product: spec.product ?? '',
    keys: [...spec.keys],
    threshold: spec.threshold ?? 1,
    createdAtMs: spec.createdAtMs ?? Date.now(),
  });
  return encode(pb.Keyring, {
    version: content.version,
    product: content.product,
    keys: content.keys.map((k) => ({ keyId: k.keyId, publicKey: rawPublicKey(k.key) })),
    threshold: content.threshold,
    createdAtMs: content.createdAtMs,
  });
}

/** A SignedKeyring: `keyringBytes` signed by the root key. */
export function signKeyring(keyringBytes: Uint8Array, rootKey: KeyObject): Buffer {
  const signature = sign(null, Buffer.concat([KEYRING_CONTEXT, keyringBytes]), rootKey);
  return encode(pb.SignedKeyring, { keyring: keyringBytes, signatures: [{ keyId: keyIdOf(rootKey), signature }] });
}

/**
 * Decodes untrusted SignedKeyring bytes and checks their shape (sizes, key
 * ids matching their keys, threshold), without checking who signed them: what
 * the server does, since it never holds the root key. Throws a coded error.
 */
export function decodeSignedKeyring(bytes: Uint8Array): DecodedKeyring {
  const envelope = decode(pb.SignedKeyring, bytes, MAX_KEYRING_BYTES, 'signed keyring');
  if (!envelope.ok) throw envelope.error;
  const keyringBytes = Buffer.from(envelope.value.keyring);
  const inner = decode(pb.Keyring, keyringBytes, MAX_KEYRING_BYTES, 'keyring');
  if (!inner.ok) throw inner.error;
  const k = inner.value;
  if (k.keys.length > MAX_KEYRING_KEYS) throw invalid(`a keyring lists ${k.keys.length} keys, limit ${MAX_KEYRING_KEYS}`);
  const keys = k.keys.map((entry) => {
    const key = publicKeyFromRaw(entry.publicKey ?? new Uint8Array());
    const keyId = keyIdOf(key);
    if (keyId !== entry.keyId) throw invalid(`keyring key id ${(entry.keyId ?? '').slice(0, 40)} does not match its key (${keyId})`);
    return { keyId, key };
  });
  const keyring = checkContent({ version: Number(k.version), product: k.product, keys, threshold: k.threshold || 1, createdAtMs: Number(k.createdAtMs) });
  if (envelope.value.signatures.length === 0) throw invalid('keyring carries no signature');
  return { keyring, keyringBytes, signatures: envelope.value.signatures.map((s) => ({ keyId: s.keyId ?? '', signature: s.signature ?? new Uint8Array() })) };
}

/**
 * What a device does with a keyring: decode it, accept it only when the
 * pinned root key's signature verifies under the keyring context, and only
 * for its own product (or every product). Version order is the caller's.
 */
export function verifySignedKeyring(bytes: Uint8Array, root: TrustedKey, product: string): KeyringContent {
  const decoded = decodeSignedKeyring(bytes);
  const message = Buffer.concat([KEYRING_CONTEXT, decoded.keyringBytes]);
  const signed = decoded.signatures.some((s) => s.keyId === root.keyId && s.signature.byteLength > 0 && verify(null, message, root.key, s.signature));
  if (!signed) {
    throw invalid(`keyring version ${decoded.keyring.version} is not signed by the pinned root key ${root.keyId} (signed by ${decoded.signatures.map((sig) => sig.keyId).join(', ')})`);
  }
  if (decoded.keyring.product !== '' && decoded.keyring.product !== product) {
    throw invalid(`keyring version ${decoded.keyring.version} is for product ${decoded.keyring.product}, this device runs ${product}`);
  }
  return decoded.keyring;
}

/**
 * The keys of a new keyring (`otacast keyring sign`): those of `from` (a
 * previous keyring, if any), then `add`, without duplicates, minus the key ids
 * in `remove`. `absent` lists removed ids that were not there (a no-op the
 * CLI reports, since it may be a typo).
 */
export function keyringKeys(options: { from?: readonly TrustedKey[]; add: readonly TrustedKey[]; remove: readonly string[] }): { keys: TrustedKey[]; absent: string[] } {
  const keys = new Map<string, TrustedKey>();
  for (const key of [...(options.from ?? []), ...options.add]) if (!keys.has(key.keyId)) keys.set(key.keyId, key);
  const absent = options.remove.filter((keyId) => !keys.delete(keyId));
  return { keys: [...keys.values()], absent };
}
