// Authentication and the topic ACL of docs/protocol.md, as pure functions:
// the broker hooks call them, the tests drive them table by table.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { isValidName, parseTopic, topics } from '@otacast/shared';

export const ROLES = ['device', 'admin', 'publisher', 'operator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** The roles of people and backends (everything but `device`), as `otacast principal add --role` takes them. */
export const PRINCIPAL_ROLES = ['admin', 'publisher', 'operator', 'viewer'] as const satisfies readonly Role[];
export type PrincipalRole = (typeof PRINCIPAL_ROLES)[number];

export function isPrincipalRole(value: string): value is PrincipalRole {
  return (PRINCIPAL_ROLES as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * A registered identity. Devices carry the product and channel they follow;
 * other principals may carry a comma-separated list of the products they are
 * limited to ("" = every product), see productsOf.
 */
export interface Principal {
  name: string;
  role: Role;
  tokenSha256: string;
  product: string;
  channel: string;
}

/** An authenticated connection: who, and under which MQTT client id. */
export interface Session {
  principal: Principal;
  clientId: string;
}

export interface PrincipalLookup {
  findPrincipal(name: string): Promise<Principal | undefined>;
}

/** Tokens are 32 random bytes, base64url (docs/protocol.md). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A hash no token produces, compared against for unknown users so timing does not reveal names. */
const NO_MATCH_SHA256 = '0'.repeat(64);

/** Timing-safe check of a presented token against the stored sha256 hex. */
export function verifyToken(token: string, storedSha256Hex: string | undefined): boolean {
  const presented = createHash('sha256').update(token, 'utf8').digest();
  const stored = Buffer.from(storedSha256Hex ?? NO_MATCH_SHA256, 'hex');
  if (stored.length !== presented.length) return false;
  return timingSafeEqual(presented, stored) && storedSha256Hex !== undefined;
}

export type AuthResult = { ok: true; session: Session } | { ok: false; reason: 'credentials' | 'client-id'; message: string };

/** Checks CONNECT credentials; devices must connect with their own id as client id. */
export async function authenticate(lookup: PrincipalLookup, clientId: string, username: string | undefined, password: Buffer | undefined): Promise<AuthResult> {
  const principal = username === undefined ? undefined : await lookup.findPrincipal(username);
  const token = password?.toString('utf8') ?? '';
  if (!verifyToken(token, principal?.tokenSha256) || principal === undefined) {
    return { ok: false, reason: 'credentials', message: `bad credentials for "${username ?? ''}"` };
  }
  if (principal.role === 'device' && clientId !== principal.name) {
    return { ok: false, reason: 'client-id', message: `device "${principal.name}" must connect with client id "${principal.name}", not "${clientId}"` };
  }
  if (!isValidName(clientId)) {
    return { ok: false, reason: 'client-id', message: `client id "${clientId}" is not a valid name` };
  }
  return { ok: true, session: { principal, clientId } };
}

/**
 * May this session publish on `topic`? Wildcards never parse, so they are
 * always refused. No client topic is meant to be retained: a retained message
 * on a device's `req`/`status` (or an `api/.../req`) would be stored by the
 * broker for ever, so `retain` is refused everywhere.
 */
export function canPublish(session: Session, topic: string, retain = false): boolean {
  const parsed = parseTopic(topic);
  if (parsed === undefined || retain) return false;
  const { principal } = session;
  if (principal.role === 'device') {
    return parsed.kind === 'device' && parsed.deviceId === principal.name && (parsed.leaf === 'req' || parsed.leaf === 'status');
  }
  return parsed.kind === 'api' && parsed.clientId === session.clientId && parsed.leaf === 'req';
}

/** A will (the message published when a client vanishes) is a publish like any other, checked when it is set. */
export function canSetWill(session: Session, will: { topic: string; retain: boolean }): boolean {
  return canPublish(session, will.topic, will.retain);
}

/**
 * The session a will left by a server that died belongs to. Aedes publishes
 * such wills after a restart with no client; the client id stored beside the
 * will names a device (devices connect with their own id), anything else gets
 * no session and its will is refused.
 */
export async function willSession(lookup: PrincipalLookup, clientId: unknown): Promise<Session | undefined> {
  if (typeof clientId !== 'string' || !isValidName(clientId)) return undefined;
  const principal = await lookup.findPrincipal(clientId);
  if (principal === undefined || principal.role !== 'device') return undefined;
  return { principal, clientId };
}

/** May this session subscribe to `topic`? Only concrete topics, and a device's cast filter; other `+` and `#` are the server's alone. */
export function canSubscribe(session: Session, topic: string): boolean {
  // The one wildcard a device may use: the casts of its own product, while it downloads.
  if (session.principal.role === 'device' && isValidName(session.principal.product) && topic === topics.castFilter(session.principal.product)) return true;
  const parsed = parseTopic(topic);
  if (parsed === undefined) return false;
  const { principal } = session;
  if (principal.role === 'device') {
    switch (parsed.kind) {
      case 'device':
        return parsed.deviceId === principal.name && (parsed.leaf === 'chunk' || parsed.leaf === 'cmd' || parsed.leaf === 'assign');
      case 'release':
      case 'cast':
      case 'trust':
        return parsed.product === principal.product;
      default:
        return false;
    }
  }
  return parsed.kind === 'api' && parsed.clientId === session.clientId && parsed.leaf === 'res';
}

/** Which API requests a role may make (docs/protocol.md, "Publisher / admin RPC"; docs/security.md, "Principals and roles"). */
export type ApiAction =
  | 'missingBlobs'
  | 'putBlob'
  | 'commitRelease'
  | 'addDevice'
  | 'listDevices'
  | 'listReleases'
  | 'labelDevice'
  | 'removeDevice'
  | 'rotateDeviceToken'
  | 'startRollout'
  | 'rolloutAction'
  | 'getRollout'
  | 'listRollouts'
  | 'yankRelease'
  | 'addPrincipal'
  | 'listPrincipals'
  | 'rotatePrincipalToken'
  | 'removePrincipal'
  | 'listAudit'
  | 'publishKeyring'
  | 'gc';

const READERS = ['admin', 'operator', 'viewer'] as const;
const OPERATORS = ['admin', 'operator'] as const;
const PUBLISHERS = ['admin', 'publisher'] as const;

const API_ROLES: Record<ApiAction, readonly Role[]> = {
  missingBlobs: PUBLISHERS,
  putBlob: PUBLISHERS,
  commitRelease: PUBLISHERS,
  listReleases: [...READERS, 'publisher'],
  addDevice: OPERATORS,
  listDevices: READERS,
  labelDevice: OPERATORS,
  removeDevice: OPERATORS,
  rotateDeviceToken: OPERATORS,
  startRollout: OPERATORS,
  rolloutAction: OPERATORS,
  getRollout: READERS,
  listRollouts: READERS,
  yankRelease: OPERATORS,
  addPrincipal: ['admin'],
  listPrincipals: ['admin'],
  rotatePrincipalToken: ['admin'],
  removePrincipal: ['admin'],
  listAudit: ['admin'],
  publishKeyring: ['admin'],
  gc: ['admin'],
};

export function canCall(principal: Principal, action: ApiAction): boolean {
  return API_ROLES[action].includes(principal.role);
}

/** Calls that change something: each is written to the audit log, refused or not. */
const MUTATING: ReadonlySet<ApiAction> = new Set<ApiAction>([
  'commitRelease',
  'addDevice',
  'labelDevice',
  'removeDevice',
  'rotateDeviceToken',
  'startRollout',
  'rolloutAction',
  'yankRelease',
  'addPrincipal',
  'rotatePrincipalToken',
  'removePrincipal',
]);

export function isMutating(action: ApiAction): boolean {
  return MUTATING.has(action);
}

/** The products a non-device principal is limited to; empty: every product. */
export function productsOf(principal: Principal): string[] {
  if (principal.role === 'device') return [principal.product];
  return principal.product.split(',').filter((p) => p !== '');
}

/** May this principal act on `product` (a release it commits, a product it lists)? */
export function mayUseProduct(principal: Principal, product: string): boolean {
  const products = productsOf(principal);
  return products.length === 0 || products.includes(product);
}
