import { describe, expect, it } from 'vitest';
import { authenticate, canCall, canPublish, canSubscribe, hashToken, mayUseProduct, productsOf, newToken, verifyToken, type Principal, type Session } from '../src/auth/auth.js';

function principal(name: string, role: Principal['role'], product = '', channel = ''): Principal {
  return { name, role, tokenSha256: hashToken(`${name}-token`), product, channel };
}

const device: Session = { principal: principal('cam-1', 'device', 'camera', 'stable'), clientId: 'cam-1' };
const admin: Session = { principal: principal('admin', 'admin'), clientId: 'pub-1' };
const publisher: Session = { principal: principal('ci', 'publisher'), clientId: 'ci-7' };

describe('tokens', () => {
  it('are 32 random bytes, base64url, and verify only against their own hash', () => {
    const token = newToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyToken(token, hashToken(token))).toBe(true);
    expect(verifyToken(`${token}x`, hashToken(token))).toBe(false);
    expect(verifyToken(token, undefined)).toBe(false);
    expect(verifyToken(token, 'not hex')).toBe(false);
  });
});

describe('authenticate', () => {
  const lookup = { findPrincipal: async (name: string) => [device.principal, admin.principal].find((p) => p.name === name) };
  const cases: [string, string, string | undefined, string | undefined, 'ok' | 'credentials' | 'client-id'][] = [
    ['device with its token and id', 'cam-1', 'cam-1', 'cam-1-token', 'ok'],
    ['device with a wrong token', 'cam-1', 'cam-1', 'nope', 'credentials'],
    ['device under another client id', 'cam-2', 'cam-1', 'cam-1-token', 'client-id'],
    ['unknown user', 'x', 'x', 'cam-1-token', 'credentials'],
    ['no credentials', 'cam-1', undefined, undefined, 'credentials'],
    ['admin with any valid client id', 'pub-123', 'admin', 'admin-token', 'ok'],
    ['admin with a client id unusable in topics', 'pub/#', 'admin', 'admin-token', 'client-id'],
  ];
  it.each(cases)('%s', async (_name, clientId, username, password, expected) => {
    const result = await authenticate(lookup, clientId, username, password === undefined ? undefined : Buffer.from(password));
    expect(result.ok ? 'ok' : result.reason).toBe(expected);
  });
});

describe('ACL', () => {
  const root = 'otacast/v1';
  const cases: [string, Session, 'pub' | 'sub', string, boolean][] = [
    ['device publishes its chunk requests', device, 'pub', `${root}/dev/cam-1/req`, true],
    ['device publishes its status', device, 'pub', `${root}/dev/cam-1/status`, true],
    ['device publishes on its chunk topic', device, 'pub', `${root}/dev/cam-1/chunk`, false],
    ['device publishes on its command topic', device, 'pub', `${root}/dev/cam-1/cmd`, false],
    ["device publishes another device's status", device, 'pub', `${root}/dev/cam-2/status`, false],
    ['device publishes a release', device, 'pub', `${root}/rel/camera/stable`, false],
    ['device publishes a broadcast', device, 'pub', `${root}/cast/camera/1.0.0`, false],
    ['device publishes an api request', device, 'pub', `${root}/api/cam-1/req`, false],
    ['device publishes outside the protocol', device, 'pub', 'foo/bar', false],
    ['device subscribes to its chunks', device, 'sub', `${root}/dev/cam-1/chunk`, true],
    ['device subscribes to its commands', device, 'sub', `${root}/dev/cam-1/cmd`, true],
    ['device subscribes to its own requests', device, 'sub', `${root}/dev/cam-1/req`, false],
    ["device subscribes to another device's chunks", device, 'sub', `${root}/dev/cam-2/chunk`, false],
    ["device subscribes to its product's stable channel", device, 'sub', `${root}/rel/camera/stable`, true],
    ["device subscribes to its product's beta channel", device, 'sub', `${root}/rel/camera/beta`, true],
    ["device subscribes to another product's channel", device, 'sub', `${root}/rel/doorbell/stable`, false],
    ["device subscribes to its product's broadcast", device, 'sub', `${root}/cast/camera/2.0.0`, true],
    ["device subscribes to another product's broadcast", device, 'sub', `${root}/cast/doorbell/2.0.0`, false],
    ['device subscribes with +', device, 'sub', `${root}/rel/camera/+`, false],
    ['device subscribes with #', device, 'sub', `${root}/dev/cam-1/#`, false],
    ['device subscribes to #', device, 'sub', '#', false],
    ['device subscribes to $SYS', device, 'sub', '$SYS/#', false],
    ['admin publishes on its api topic', admin, 'pub', `${root}/api/pub-1/req`, true],
    ["admin publishes on another client's api topic", admin, 'pub', `${root}/api/pub-2/req`, false],
    ['admin publishes a response', admin, 'pub', `${root}/api/pub-1/res`, false],
    ['admin publishes a release directly', admin, 'pub', `${root}/rel/camera/stable`, false],
    ['admin publishes a device status', admin, 'pub', `${root}/dev/cam-1/status`, false],
    ['admin subscribes to its responses', admin, 'sub', `${root}/api/pub-1/res`, true],
    ["admin subscribes to another client's responses", admin, 'sub', `${root}/api/pub-2/res`, false],
    ['admin subscribes to device chunks', admin, 'sub', `${root}/dev/cam-1/chunk`, false],
    ['admin subscribes with +', admin, 'sub', `${root}/api/+/res`, false],
    ['publisher publishes on its api topic', publisher, 'pub', `${root}/api/ci-7/req`, true],
    ['publisher subscribes to its responses', publisher, 'sub', `${root}/api/ci-7/res`, true],
    ['publisher subscribes to releases', publisher, 'sub', `${root}/rel/camera/stable`, false],
  ];
  it.each(cases)('%s', (_name, session, action, topic, allowed) => {
    expect(action === 'pub' ? canPublish(session, topic) : canSubscribe(session, topic)).toBe(allowed);
  });
});

describe('API roles', () => {
  const cases: [Principal['role'], Parameters<typeof canCall>[1], boolean][] = [
    ['admin', 'addDevice', true],
    ['admin', 'listDevices', true],
    ['admin', 'commitRelease', true],
    ['publisher', 'missingBlobs', true],
    ['publisher', 'putBlob', true],
    ['publisher', 'commitRelease', true],
    ['publisher', 'listReleases', true],
    ['publisher', 'addDevice', false],
    ['publisher', 'listDevices', false],
    ['device', 'putBlob', false],
    ['device', 'listReleases', false],
    ['admin', 'addPrincipal', true],
    ['admin', 'listAudit', true],
    ['publisher', 'startRollout', false],
    ['publisher', 'addPrincipal', false],
    ['operator', 'addDevice', true],
    ['operator', 'removeDevice', true],
    ['operator', 'startRollout', true],
    ['operator', 'rolloutAction', true],
    ['operator', 'yankRelease', true],
    ['operator', 'listReleases', true],
    ['operator', 'commitRelease', false],
    ['operator', 'putBlob', false],
    ['operator', 'addPrincipal', false],
    ['operator', 'listAudit', false],
    ['viewer', 'listDevices', true],
    ['viewer', 'getRollout', true],
    ['viewer', 'listReleases', true],
    ['viewer', 'addDevice', false],
    ['viewer', 'rolloutAction', false],
    ['viewer', 'yankRelease', false],
    ['viewer', 'commitRelease', false],
    ['viewer', 'listPrincipals', false],
    ['device', 'listDevices', false],
  ];
  it.each(cases)('%s may call %s: %s', (role, action, allowed) => {
    expect(canCall(principal('p', role), action)).toBe(allowed);
  });

  it('limits a publisher with products to them; without, to none', () => {
    expect(mayUseProduct(principal('ci', 'publisher', 'lamp,clock'), 'clock')).toBe(true);
    expect(mayUseProduct(principal('ci', 'publisher', 'lamp,clock'), 'camera')).toBe(false);
    expect(mayUseProduct(principal('ci', 'publisher'), 'camera')).toBe(true);
    expect(productsOf(principal('ci', 'publisher', 'lamp,clock'))).toEqual(['lamp', 'clock']);
  });
});
