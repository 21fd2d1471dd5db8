import { describe, expect, it } from 'vitest';
import { hashToken, type Principal } from '../src/auth/auth.js';
import { authenticateWithCertificate } from '../src/auth/certificate-identity.js';

function principal(name: string, role: Principal['role'], product = ''): Principal {
  return { name, role, tokenSha256: hashToken(`${name}-token`), product, channel: product ? 'stable' : '' };
}

const principals = [principal('dev1', 'device', 'cam'), principal('dev2', 'device', 'cam'), principal('admin', 'admin')];
const lookup = { findPrincipal: async (name: string) => principals.find((p) => p.name === name) };

describe('authenticateWithCertificate (mTLS: the certificate CN is the device)', () => {
  // [case, certificate CNs, client id, user name, password, expected: principal name or refusal reason]
  const cases: [string, string[], string, string | undefined, string | undefined, string][] = [
    ['device certificate, its own client id, no token', ['dev1'], 'dev1', undefined, undefined, 'dev1'],
    ['device certificate, user name = CN, empty password', ['dev1'], 'dev1', 'dev1', '', 'dev1'],
    ['device certificate, a wrong token is not even looked at', ['dev1'], 'dev1', 'dev1', 'nope', 'dev1'],
    ["dev1's certificate as client id dev2", ['dev1'], 'dev2', undefined, undefined, 'credentials'],
    ["dev1's certificate as dev2 with dev2's token", ['dev1'], 'dev2', 'dev2', 'dev2-token', 'credentials'],
    ["dev1's certificate, client id dev1, user dev2", ['dev1'], 'dev1', 'dev2', 'dev2-token', 'credentials'],
    ["dev1's certificate with the admin token", ['dev1'], 'pub-1', 'admin', 'admin-token', 'credentials'],
    ['operator certificate with the admin token', ['ops'], 'pub-1', 'admin', 'admin-token', 'admin'],
    ['operator certificate with a wrong admin token', ['ops'], 'pub-1', 'admin', 'nope', 'credentials'],
    ["operator certificate with dev2's token: devices use their certificate", ['ops'], 'dev2', 'dev2', 'dev2-token', 'credentials'],
    ['certificate for an unknown device name, no token', ['dev9'], 'dev9', undefined, undefined, 'credentials'],
    ['certificate without a CN', [], 'dev1', undefined, undefined, 'credentials'],
    ['certificate with two CNs', ['dev1', 'dev2'], 'dev1', undefined, undefined, 'credentials'],
  ];
  it.each(cases)('%s', async (_name, commonNames, clientId, username, password, expected) => {
    const result = await authenticateWithCertificate(lookup, { commonNames }, clientId, username, password === undefined ? undefined : Buffer.from(password));
    expect(result.ok ? result.session.principal.name : result.reason).toBe(expected);
    if (result.ok) expect(result.session.clientId).toBe(clientId);
  });

  it('says which certificate was used as what', async () => {
    const result = await authenticateWithCertificate(lookup, { commonNames: ['dev1'] }, 'dev2', undefined, undefined);
    expect(result.ok ? '' : result.message).toBe('the certificate of device "dev1" cannot connect as client id "dev2"');
  });
});
