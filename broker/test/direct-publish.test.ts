import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { Client } from 'aedes';
import mqttPacket from 'mqtt-packet';
import { topics } from '@otacast/shared';
import { hashToken, type Principal, type Session } from '../src/auth/auth.js';
import { directChunkTarget, publishHead, type DirectPublish } from '../src/mqtt/direct-publish.js';

function session(name: string, role: Principal['role']): Session {
  return { principal: { name, role, tokenSha256: hashToken(`${name}-token`), product: role === 'device' ? 'cam' : '', channel: role === 'device' ? 'stable' : '' }, clientId: name };
}

describe('publishHead', () => {
  it.each([0, 1, 100, 127 - 2 - 14, 16_384, 65_536 + 80, 2 * 1024 * 1024 + 3])('with a %i-byte payload gives the bytes mqtt-packet writes for a QoS 0 PUBLISH', (bytes) => {
    const topic = topics.deviceChunk('cam-1');
    const payload = randomBytes(bytes);
    const ours = Buffer.concat([publishHead(topic, bytes), payload]);
    expect(ours.equals(mqttPacket.generate({ cmd: 'publish', topic, payload, qos: 0, retain: false, dup: false }))).toBe(true);
  });
});

describe('directChunkTarget', () => {
  const write: DirectPublish = () => true;
  const chunkTopic = topics.deviceChunk('cam-1');
  const setup = (subscriptions: Record<string, unknown>, who: Session | null = session('cam-1', 'device')) => {
    const client = { id: 'cam-1', subscriptions } as unknown as Client;
    const writers = new WeakMap<Client, DirectPublish>([[client, write]]);
    return { client, clients: { 'cam-1': client }, writers, sessionOf: () => who ?? undefined };
  };

  it("writes a chunk reply straight to the device that subscribed to its own chunk topic", () => {
    const { client, clients, writers, sessionOf } = setup({ [chunkTopic]: { qos: 0 } });
    expect(directChunkTarget(chunkTopic, clients, writers, sessionOf)).toEqual({ client, write });
  });

  it('leaves everything else to Aedes: no subscription, other topics, other devices, a session the ACL no longer lets read it', () => {
    const { clients, writers, sessionOf } = setup({});
    expect(directChunkTarget(chunkTopic, clients, writers, sessionOf)).toBeUndefined();
    const subscribed = setup({ [chunkTopic]: { qos: 0 }, [topics.deviceCommand('cam-1')]: { qos: 1 } });
    expect(directChunkTarget(topics.deviceCommand('cam-1'), subscribed.clients, subscribed.writers, subscribed.sessionOf)).toBeUndefined();
    expect(directChunkTarget(topics.deviceChunk('cam-2'), subscribed.clients, subscribed.writers, subscribed.sessionOf)).toBeUndefined();
    const foreign = setup({ [chunkTopic]: { qos: 0 } }, session('cam-9', 'device'));
    expect(directChunkTarget(chunkTopic, foreign.clients, foreign.writers, foreign.sessionOf)).toBeUndefined();
    const unauthenticated = setup({ [chunkTopic]: { qos: 0 } }, null);
    expect(directChunkTarget(chunkTopic, unauthenticated.clients, unauthenticated.writers, unauthenticated.sessionOf)).toBeUndefined();
  });
});
