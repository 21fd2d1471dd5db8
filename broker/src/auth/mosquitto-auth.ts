// Credentials and the topic ACL of auth.ts in Mosquitto's own file formats
// (docs/scale-out.md, "Credentials on an external Mosquitto"), as pure
// functions: the password file's PBKDF2 hashes and the acl_file text.
import { pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { TOPIC_ROOT } from '@otacast/shared';
import type { Role } from './auth.js';

/**
 * What `mosquitto_passwd` writes by default (Mosquitto 2.0, src/password_mosq.c:
 * PW_SHA512_PBKDF2 = "$7$", 101 iterations, 12-byte salt, 64-byte hash, both
 * base64). Few iterations are enough here: every token is 32 random bytes,
 * so there is no dictionary to walk.
 */
const MOSQUITTO_PBKDF2 = { prefix: '7', iterations: 101, saltBytes: 12, hashBytes: 64, digest: 'sha512' } as const;

/** `$7$101$SALT$HASH` for `token`, the form Mosquitto accepts in a password_file. */
export function mosquittoHash(token: string, salt: Buffer = randomBytes(MOSQUITTO_PBKDF2.saltBytes)): string {
  const { prefix, iterations, hashBytes, digest } = MOSQUITTO_PBKDF2;
  const hash = pbkdf2Sync(token, salt, iterations, hashBytes, digest);
  return `$${prefix}$${iterations}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/** Whether `token` matches a `$7$` hash (one of ours or one `mosquitto_passwd` wrote). */
export function verifyMosquittoHash(token: string, stored: string): boolean {
  const [empty, prefix, iterations, salt, hash] = stored.split('$');
  if (empty !== '' || prefix !== MOSQUITTO_PBKDF2.prefix || salt === undefined || hash === undefined) return false;
  const rounds = Number(iterations);
  if (!Number.isSafeInteger(rounds) || rounds < 1 || rounds > 10_000_000) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length === 0) return false;
  const actual = pbkdf2Sync(token, Buffer.from(salt, 'base64'), rounds, expected.length, MOSQUITTO_PBKDF2.digest);
  return timingSafeEqual(actual, expected);
}

/** One principal as the broker files need it; no hash: its token was made before hashes were kept. */
export interface BrokerCredential {
  name: string;
  role: Role;
  product: string;
  mosquittoHash: string | undefined;
}

/** `name:hash` lines for every principal with a hash. */
export function passwordFile(credentials: readonly BrokerCredential[]): string {
  return credentials
    .filter((c) => c.mosquittoHash !== undefined)
    .map((c) => `${c.name}:${c.mosquittoHash ?? ''}\n`)
    .join('');
}

/**
 * The ACL of auth.ts (canPublish / canSubscribe) for Mosquitto. Patterns use
 * `%u`, the user name Mosquitto authenticated, not `%c`: a client picks its
 * own client id, so `%c` would let one device open another's topics. A
 * device's product topics cannot be a pattern, so each device gets a `user`
 * block; admins (the workers and admin clients) get the whole tree. Retain
 * cannot be refused per client in a Mosquitto ACL (docs/scale-out.md).
 */
export function aclFile(credentials: readonly BrokerCredential[]): string {
  const root = TOPIC_ROOT;
  const lines = [
    '# Written by otacast (broker-auth mosquitto / serve --mosquitto-auth): edits are overwritten.',
    '# Every client, by its authenticated user name: a device its own topics, an API client its own api/NAME topics.',
    `pattern write ${root}/dev/%u/req`,
    `pattern write ${root}/dev/%u/status`,
    `pattern read ${root}/dev/%u/chunk`,
    `pattern read ${root}/dev/%u/cmd`,
    `pattern read ${root}/dev/%u/assign`,
    `pattern write ${root}/api/%u/req`,
    `pattern read ${root}/api/%u/res`,
  ];
  for (const c of credentials) {
    if (c.mosquittoHash === undefined) continue;
    if (c.role === 'admin') lines.push('', `user ${c.name}`, `topic readwrite ${root}/#`, `topic read $share/otacast/${root}/#`);
    else if (c.role === 'device') lines.push('', `user ${c.name}`, `topic read ${root}/rel/${c.product}/+`, `topic read ${root}/cast/${c.product}/+`);
  }
  return `${lines.join('\n')}\n`;
}
