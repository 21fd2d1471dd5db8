import { OtaError } from '@otacast/shared';
import { canCall, verifyToken, type ApiAction, type Principal, type PrincipalLookup } from '../auth/auth.js';

/**
 * `Authorization: Bearer TOKEN` for the REST API. A bearer token carries no
 * user name, so it is checked against each principal that may use HTTP (today
 * only `admin`), by hash and in constant time as the MQTT CONNECT check does.
 * A hook: principals with other roles plug in by passing another function.
 */
export type BearerAuthenticator = (token: string) => Promise<Principal | undefined>;

/** Checks the token against every named principal, all of them every time, so timing does not tell which (if any) matched. */
export function namedPrincipals(lookup: PrincipalLookup, names: readonly string[]): BearerAuthenticator {
  return async (token) => {
    let match: Principal | undefined;
    for (const name of names) {
      const principal = await lookup.findPrincipal(name);
      if (verifyToken(token, principal?.tokenSha256) && principal !== undefined) match ??= principal;
    }
    return match;
  };
}

const BEARER = /^Bearer[ ]+([A-Za-z0-9._~+/=-]+)[ ]*$/i;

/** The principal an Authorization header names and whether it may `action`; throws OTA_E_AUTH or OTA_E_FORBIDDEN. */
export async function authorize(authenticate: BearerAuthenticator, header: string | undefined, action: ApiAction): Promise<Principal> {
  if (header === undefined || header === '') {
    throw new OtaError('OTA_E_AUTH', 'no Authorization header: send "Authorization: Bearer TOKEN" with the admin token (DATA/admin.token)');
  }
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) throw new OtaError('OTA_E_AUTH', 'the Authorization header must be "Bearer TOKEN"');
  const principal = await authenticate(token);
  if (principal === undefined) throw new OtaError('OTA_E_AUTH', 'unknown or wrong token: use the admin token from DATA/admin.token');
  if (!canCall(principal, action)) throw new OtaError('OTA_E_FORBIDDEN', `${principal.role} "${principal.name}" may not call ${action}`);
  return principal;
}
