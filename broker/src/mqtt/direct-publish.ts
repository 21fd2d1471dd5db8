import type { Client } from 'aedes';
import { parseTopic } from '@otacast/shared';
import { canSubscribe, type Session } from '../auth/auth.js';

/**
 * Writes one QoS 0 PUBLISH straight to a client's socket, past Aedes' topic
 * matching and per-delivery work, under the same bound and stall timer as a
 * delivery through the broker (outbound-guard.ts makes it). False when it
 * was dropped (the bound) or the socket is gone.
 */
export type DirectPublish = (topic: string, payload: Buffer) => boolean;

/** Fixed header, remaining length and topic of a QoS 0 PUBLISH (MQTT 3.1.1 §3.3) whose payload follows. */
export function publishHead(topic: string, payloadBytes: number): Buffer {
  const topicBytes = Buffer.byteLength(topic);
  let remaining = 2 + topicBytes + payloadBytes;
  const length: number[] = [];
  do {
    const byte = remaining % 128;
    remaining = Math.floor(remaining / 128);
    length.push(remaining > 0 ? byte | 0x80 : byte);
  } while (remaining > 0);
  const head = Buffer.allocUnsafe(1 + length.length + 2 + topicBytes);
  head[0] = 0x30;
  head.set(length, 1);
  head.writeUInt16BE(topicBytes, 1 + length.length);
  head.write(topic, 3 + length.length);
  return head;
}

/**
 * Where a QoS 0 message on `topic` may be written directly: a device's chunk
 * reply (dev/{id}/chunk) has exactly one possible reader — the device itself,
 * the only principal the ACL lets subscribe to it, and never through a
 * wildcard (auth.ts, canSubscribe). When that client is connected,
 * subscribed to exactly this topic and still allowed to read it (as
 * authorizeForward checks at every delivery), the direct write reaches the
 * same one reader Aedes would. Undefined otherwise: the message then goes
 * through Aedes as any other.
 */
export function directChunkTarget(
  topic: string,
  clients: Record<string, Client | undefined>,
  writers: WeakMap<Client, DirectPublish>,
  sessionOf: (client: Client) => Session | undefined,
): { client: Client; write: DirectPublish } | undefined {
  const parsed = parseTopic(topic);
  if (parsed?.kind !== 'device' || parsed.leaf !== 'chunk') return undefined;
  const client = clients[parsed.deviceId];
  if (client === undefined) return undefined;
  const write = writers.get(client);
  const session = sessionOf(client);
  // Aedes keeps each client's subscriptions by filter (not in its typings).
  const subscriptions = (client as { subscriptions?: Record<string, unknown> }).subscriptions;
  if (write === undefined || session === undefined || subscriptions?.[topic] === undefined || !canSubscribe(session, topic)) return undefined;
  return { client, write };
}
