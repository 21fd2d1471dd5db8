import { describe, expect, it } from 'vitest';
import { canPublish, canSetWill, hashToken, willSession, type Principal, type Session } from '../src/auth/auth.js';
import { createBrokerHooks, DROPPED_TOPIC, type BrokerHooks } from '../src/mqtt/broker-hooks.js';
import { ClientRateLimit } from '../src/mqtt/client-rate-limit.js';
import { ConnectionCounts } from '../src/mqtt/connection-counts.js';
import { MqttFrameTracker } from '../src/mqtt/packet-size-guard.js';
import { captureLogger } from './server-harness.js';
import { encodeLength } from '../../test/support/mqtt-frames.js';

/** The pure parts of docs/security.md "Hostile clients": ACL of wills and retain, limits, counters, first packet. */
function principal(name: string, role: Principal['role'], product = ''): Principal {
  return { name, role, tokenSha256: hashToken(`${name}-token`), product, channel: 'stable' };
}
const cam: Session = { principal: principal('cam-1', 'device', 'camera'), clientId: 'cam-1' };
const admin: Session = { principal: principal('admin', 'admin'), clientId: 'pub-1' };
type PublishPacket = Parameters<BrokerHooks['authorizePublish']>[1];
type Client = Parameters<BrokerHooks['authorizePublish']>[0];
const lookup = { findPrincipal: async (name: string) => [cam.principal, admin.principal].find((p) => p.name === name) };

describe('retain and wills under the ACL', () => {
  it('refuses retain on every client topic, the device’s own req/status included', () => {
    expect(canPublish(cam, 'otacast/v1/dev/cam-1/status')).toBe(true);
    expect(canPublish(cam, 'otacast/v1/dev/cam-1/status', true)).toBe(false);
    expect(canPublish(cam, 'otacast/v1/dev/cam-1/req', true)).toBe(false);
    expect(canPublish(admin, 'otacast/v1/api/pub-1/req', true)).toBe(false);
  });

  it.each([
    ['own status', 'otacast/v1/dev/cam-1/status', false, true],
    ['own status, retained', 'otacast/v1/dev/cam-1/status', true, false],
    ["another device's cmd", 'otacast/v1/dev/cam-2/cmd', false, false],
    ["another product's channel, retained", 'otacast/v1/rel/other/stable', true, false],
  ])('a will on %s: allowed %s', (_what, topic, retain, allowed) => {
    expect(canSetWill(cam, { topic, retain })).toBe(allowed);
  });

  it('gives a will left without a client the session of the device it names, and nothing else one', async () => {
    expect(await willSession(lookup, 'cam-1')).toEqual(cam);
    expect(await willSession(lookup, 'admin')).toBeUndefined();
    expect(await willSession(lookup, 'nobody')).toBeUndefined();
    expect(await willSession(lookup, undefined)).toBeUndefined();
    expect(await willSession(lookup, 'a/#')).toBeUndefined();
  });

  it('diverts a client-less publish (a will after a restart) that its owner may not make', async () => {
    const hooks = createBrokerHooks(lookup, captureLogger().logger);
    const authorize = (packet: Partial<PublishPacket> & { clientId?: string }) =>
      new Promise<PublishPacket>((resolve, reject) => {
        const full = { cmd: 'publish', qos: 1, dup: false, retain: false, payload: Buffer.from('x'), topic: '', ...packet } as PublishPacket;
        hooks.authorizePublish(null as unknown as Client, full, (err) => (err ? reject(err) : resolve(full)));
      });
    expect((await authorize({ topic: 'otacast/v1/dev/cam-2/cmd', clientId: 'cam-1' })).topic).toBe(DROPPED_TOPIC);
    const retained = await authorize({ topic: 'otacast/v1/rel/other/stable', retain: true, clientId: 'cam-1' });
    expect([retained.topic, retained.retain]).toEqual([DROPPED_TOPIC, false]);
    expect((await authorize({ topic: 'otacast/v1/dev/cam-1/status' })).topic).toBe(DROPPED_TOPIC);
    expect((await authorize({ topic: 'otacast/v1/dev/cam-1/status', clientId: 'cam-1' })).topic).toBe('otacast/v1/dev/cam-1/status');
  });
});

describe('per-client rate limit', () => {
  it('lets a burst of rate × burst through, then refills at the rate', () => {
    const limit = new ClientRateLimit({ messagesPerSec: 10, bytesPerSec: 1_000, burstSeconds: 2 }, 0);
    for (let i = 0; i < 20; i++) expect(limit.take(10, 0)).toEqual({ ok: true });
    expect(limit.take(10, 0)).toEqual({ ok: false, limit: 'messages', perSec: 10 });
    expect(limit.take(10, 100)).toEqual({ ok: true });
  });

  it('counts bytes as well as messages', () => {
    const limit = new ClientRateLimit({ messagesPerSec: 1_000, bytesPerSec: 100, burstSeconds: 1 }, 0);
    expect(limit.take(80, 0)).toEqual({ ok: true });
    expect(limit.take(80, 0)).toEqual({ ok: false, limit: 'bytes', perSec: 100 });
    expect(limit.take(80, 1_000)).toEqual({ ok: true });
  });
});

describe('connection counts', () => {
  it('caps connections per address and in total, and frees them on close', () => {
    const counts = new ConnectionCounts(3, 2);
    expect([counts.admit('a'), counts.admit('a'), counts.admit('a')]).toEqual([undefined, undefined, 'per-address']);
    expect([counts.admit('b'), counts.admit('c')]).toEqual([undefined, 'total']);
    counts.release('a');
    expect([counts.admit('c'), counts.admit('a')]).toEqual([undefined, 'total']);
  });
});

describe('first packet before CONNECT', () => {
  const connect = (bodyLength: number) => Buffer.concat([Buffer.from([0x10]), encodeLength(bodyLength), Buffer.alloc(bodyLength)]);

  it('allows a small CONNECT, then packets up to the full limit', () => {
    const tracker = new MqttFrameTracker(100_000, 1_000);
    expect(tracker.feed(connect(900))).toEqual({ ok: true });
    expect(tracker.feed(Buffer.concat([Buffer.from([0x30]), encodeLength(50_000)]))).toEqual({ ok: true });
  });

  it('refuses a CONNECT announcing more than the small limit from its header', () => {
    const tracker = new MqttFrameTracker(4 * 1024 * 1024, 8 * 1024);
    const header = connect(4 * 1024 * 1024 - 16).subarray(0, 5);
    expect(tracker.feed(header)).toEqual({ ok: false, reason: 'connect-too-large', announcedBytes: 4 * 1024 * 1024 - 16 + 5 });
  });

  it('refuses a first packet that is not a CONNECT', () => {
    expect(new MqttFrameTracker(100_000, 1_000).feed(Buffer.from([0x30, 0x00]))).toEqual({ ok: false, reason: 'not-connect' });
  });
});
