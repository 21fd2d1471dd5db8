// Who a connection is when its client certificate was verified against the
// server's --tls-ca (mTLS; docs/security.md, "Transport: TLS and mTLS"), as a
// pure function: the broker hook calls it, the tests drive it table by table.
import { authenticate, type AuthResult, type PrincipalLookup } from './auth.js';

/** What the TLS layer vouches for: the subject CNs of the client's verified certificate. */
export interface VerifiedCertificate {
  commonNames: readonly string[];
}

/**
 * A certificate whose CN is a registered device *is* that device: the client
 * id must be the CN (the user name, if any, too) and no token is needed. A
 * device never authenticates by token on such a connection, so one device's
 * certificate plus another's token is refused, not a way in. Any other
 * certificate (an operator's, a backend's) only opened the TLS connection:
 * its principal authenticates by token, as on a plain connection.
 */
export async function authenticateWithCertificate(
  lookup: PrincipalLookup,
  certificate: VerifiedCertificate,
  clientId: string,
  username: string | undefined,
  password: Buffer | undefined,
): Promise<AuthResult> {
  const [commonName, ...others] = certificate.commonNames;
  if (commonName === undefined || others.length > 0) {
    return { ok: false, reason: 'credentials', message: `a client certificate must have exactly one subject CN, this one has ${certificate.commonNames.length}` };
  }
  const device = await lookup.findPrincipal(commonName);
  if (device?.role === 'device') {
    if (clientId !== commonName || (username !== undefined && username !== '' && username !== commonName)) {
      const claimed = clientId !== commonName ? `client id "${clientId}"` : `user "${username ?? ''}"`;
      return { ok: false, reason: 'credentials', message: `the certificate of device "${commonName}" cannot connect as ${claimed}` };
    }
    return { ok: true, session: { principal: device, clientId } };
  }
  const byToken = await authenticate(lookup, clientId, username, password);
  if (byToken.ok && byToken.session.principal.role === 'device') {
    const name = byToken.session.principal.name;
    return { ok: false, reason: 'credentials', message: `device "${name}" must connect with its own certificate (CN=${name}), not one for "${commonName}"` };
  }
  return byToken;
}
