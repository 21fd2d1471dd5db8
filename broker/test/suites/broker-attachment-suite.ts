/**
 * The contract of the broker attachment port (broker/src/mqtt/message-bus.ts,
 * BrokerAttachment): what the server needs from "the broker", passed by the
 * embedded Aedes and by workers on external brokers alike. Devices here are
 * plain mqtt.js clients, as the agent is.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, type MqttClient } from 'mqtt';
import { topics } from '@otacast/shared';
import { hashToken, type Principal, type PrincipalLookup } from '../../src/auth/auth.js';
import type { BrokerAttachment, InboundMessage } from '../../src/mqtt/message-bus.js';

export const DEVICE_TOKEN = 'suite-device-token';

/** dev-a and dev-b of product p, both with DEVICE_TOKEN. */
export const SUITE_PRINCIPALS: PrincipalLookup = {
  async findPrincipal(name: string): Promise<Principal | undefined> {
    if (name !== 'dev-a' && name !== 'dev-b') return undefined;
    return { name, role: 'device', tokenSha256: hashToken(DEVICE_TOKEN), product: 'p', channel: 'stable' };
  },
};

export interface AttachmentUnderTest {
  attachment: BrokerAttachment;
  /** What the attachment handed to its inbound handler, in order. */
  inbound: InboundMessage[];
  /** The broker URLs devices may connect to (one for the embedded broker). */
  urls: string[];
  cleanup(): Promise<void>;
}

async function device(url: string, id: string): Promise<MqttClient> {
  const client = connect(url, { clientId: id, username: id, password: DEVICE_TOKEN, protocolVersion: 4, clean: true, reconnectPeriod: 0 });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  return client;
}

function nextMessage(client: MqttClient, topic: string, timeoutMs = 5_000): Promise<{ payload: Buffer; retain: boolean }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`nothing on ${topic} within ${timeoutMs} ms`)), timeoutMs);
    client.on('message', (t, payload, packet) => {
      if (t !== topic) return;
      clearTimeout(timer);
      resolve({ payload, retain: packet.retain });
    });
  });
}

async function until(what: string, check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The suite every BrokerAttachment passes; `make` starts a fresh one using SUITE_PRINCIPALS. */
export function brokerAttachmentSuite(name: string, make: () => Promise<AttachmentUnderTest>): void {
  describe(`BrokerAttachment: ${name}`, () => {
    let subject: AttachmentUnderTest;
    const clients: MqttClient[] = [];
    const open = async (url: string, id: string): Promise<MqttClient> => {
      const client = await device(url, id);
      clients.push(client);
      return client;
    };
    beforeEach(async () => {
      subject = await make();
    });
    afterEach(async () => {
      await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
      await subject.attachment.close();
      await subject.cleanup();
    });

    it('hands a request over with its device session and answers it on the broker it came from', async () => {
      const url = subject.urls.at(-1) ?? '';
      const dev = await open(url, 'dev-a');
      await dev.subscribeAsync(topics.deviceChunk('dev-a'), { qos: 0 });
      // A client on another broker subscribed to the same reply topic must not get the reply.
      const other = subject.urls.length > 1 ? await open(subject.urls[0] ?? '', 'spy') : undefined;
      await other?.subscribeAsync(topics.deviceChunk('dev-a'), { qos: 0 });
      let spied = 0;
      other?.on('message', () => spied++);

      await dev.publishAsync(topics.deviceRequest('dev-a'), Buffer.from('want'), { qos: 0 });
      await until('the request', () => subject.inbound.length > 0);
      const request = subject.inbound[0];
      expect(request?.topic).toBe(topics.deviceRequest('dev-a'));
      expect(request?.payload.toString()).toBe('want');
      expect(request?.session.principal).toMatchObject({ name: 'dev-a', role: 'device', product: 'p' });
      expect(subject.attachment.isConnected('dev-a')).toBe(true);
      expect(subject.attachment.sessions().map((s) => s.clientId)).toContain('dev-a');

      const reply = nextMessage(dev, topics.deviceChunk('dev-a'));
      await subject.attachment.publish(topics.deviceChunk('dev-a'), Buffer.from('chunk'), { qos: 0 });
      expect((await reply).payload.toString()).toBe('chunk');
      await new Promise((r) => setTimeout(r, 200));
      expect(spied).toBe(0);
    });

    it('delivers retained control messages to a device that subscribes later, on every broker', async () => {
      const topic = topics.release('p', 'stable');
      await subject.attachment.publish(topic, Buffer.from('manifest-1'), { qos: 1, retain: true });
      for (const url of subject.urls) {
        const dev = await open(url, 'dev-b');
        const got = nextMessage(dev, topic);
        await dev.subscribeAsync(topic, { qos: 1 });
        const message = await got;
        expect(message.payload.toString()).toBe('manifest-1');
        expect(message.retain).toBe(true);
        await dev.endAsync(true);
      }
    });

    it('a publish to a device that is not connected does not hold up one to a device that is', async () => {
      const url = subject.urls[0] ?? '';
      const dev = await open(url, 'dev-b');
      await dev.subscribeAsync(topics.deviceCommand('dev-b'), { qos: 1 });
      await dev.publishAsync(topics.deviceStatus('dev-b'), Buffer.from('hello'), { qos: 1 });
      await until('the status', () => subject.inbound.some((m) => m.session.clientId === 'dev-b'));

      const received = nextMessage(dev, topics.deviceCommand('dev-b'), 2_000);
      const toAbsent = subject.attachment.publish(topics.deviceCommand('dev-a'), Buffer.from('for nobody'), { qos: 1 });
      await subject.attachment.publish(topics.deviceCommand('dev-b'), Buffer.from('for dev-b'), { qos: 1 });
      expect((await received).payload.toString()).toBe('for dev-b');
      await expect(Promise.race([toAbsent.then(() => 'settled'), new Promise((r) => setTimeout(() => r('pending'), 2_000))])).resolves.toBe('settled');
      expect(subject.attachment.isConnected('dev-a')).toBe(false);
    });
  });
}
