import { OtaError } from '@otacast/shared';
import { canCall, hashToken, verifyToken, type ApiAction, type Principal } from '../auth/auth.js';

/**
 * `Authorization: Bearer TOKEN` for the REST API and the dashboard login. A
 * hook: the server passes `tokenPrincipals` (every principal but devices);
 * tests may pass another function.
 */
export type BearerAuthenticator = (token: string) => Promise<Principal | undefined>;

/**
 * A bearer token carries no user name, so the principal is found by the
 * sha256 of the token (an indexed lookup: the hash of a 256-bit random token
 * tells a guesser nothing) and then checked in constant time as the MQTT
 * CONNECT check does. Looked up on every request, so a rotated or removed
 * token stops working at once.
 */
export function tokenPrincipals(lookup: { principalByTokenSha256(tokenSha256: string): Promise<Principal | undefined> }): BearerAuthenticator {
  return async (token) => {
    const principal = await lookup.principalByTokenSha256(hashToken(token));
    return principal !== undefined && verifyToken(token, principal.tokenSha256) ? principal : undefined;
  };
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)[ ]*$/i;

/** The principal an Authorization header names; throws OTA_E_AUTH. */
export async function authenticated(authenticate: BearerAuthenticator, header: string | undefined): Promise<Principal> {
  if (header === undefined || header === '') {
    throw new OtaError('OTA_E_AUTH', 'no Authorization header: send "Authorization: Bearer TOKEN" with a principal token (otacast principal add, or the admin token in DATA/admin.token)');
  }
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) throw new OtaError('OTA_E_AUTH', 'the Authorization header must be "Bearer TOKEN"');
  const principal = await authenticate(token);
  if (principal === undefined) throw new OtaError('OTA_E_AUTH', 'unknown, revoked or wrong token: use a principal token (otacast principal add / rotate-token) or the admin token from DATA/admin.token');
  return principal;
}

/** Throws OTA_E_FORBIDDEN unless the principal's role may `action`. */
export function requireCall(principal: Principal, action: ApiAction): void {
  if (!canCall(principal, action)) throw new OtaError('OTA_E_FORBIDDEN', `${principal.role} "${principal.name}" may not call ${action}`);
}

/** The principal an Authorization header names and whether it may `action`; throws OTA_E_AUTH or OTA_E_FORBIDDEN. */
export async function authorize(authenticate: BearerAuthenticator, header: string | undefined, action: ApiAction): Promise<Principal> {
  const principal = await authenticated(authenticate, header);
  requireCall(principal, action);
  return principal;
}
