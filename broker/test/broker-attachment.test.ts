import { describe } from 'vitest';
import { createLogger } from '@otacast/shared';
import { createBroker } from '../src/mqtt/broker.js';
import { createExternalBrokers } from '../src/mqtt/external-brokers.js';
import type { InboundMessage } from '../src/mqtt/message-bus.js';
import { MosquittoBroker, requireMosquitto } from '../../test/support/mosquitto.js';
import { SUITE_PRINCIPALS, brokerAttachmentSuite, type AttachmentUnderTest } from './suites/broker-attachment-suite.js';

const logger = createLogger({ name: 'test', level: 'error' });
/** Anonymous (no password file), quiet log, room queued for the suite's bursts. */
const SHARD = { logTypes: 'default', extraConfig: ['max_queued_messages 100000'] } as const;

brokerAttachmentSuite('embedded Aedes', async (): Promise<AttachmentUnderTest> => {
  const inbound: InboundMessage[] = [];
  const broker = await createBroker({ principals: SUITE_PRINCIPALS, logger, maxPacketBytes: 1024 * 1024, onMessage: (m) => inbound.push(m) });
  const { port } = await broker.listen('127.0.0.1', 0);
  return { attachment: broker, inbound, urls: [`mqtt://127.0.0.1:${port}`], cleanup: async () => undefined };
});

describe.skipIf(!requireMosquitto('the external broker attachment suite'))('external brokers', () => {
  brokerAttachmentSuite('two external Mosquitto brokers', async (): Promise<AttachmentUnderTest> => {
    const brokers = await Promise.all([MosquittoBroker.start(SHARD), MosquittoBroker.start(SHARD)]);
    const inbound: InboundMessage[] = [];
    const attachment = createExternalBrokers({ urls: brokers.map((b) => b.url), principals: SUITE_PRINCIPALS, logger, onMessage: (m) => inbound.push(m) });
    await attachment.attach();
    return {
      attachment,
      inbound,
      urls: brokers.map((b) => b.url),
      cleanup: async () => {
        await Promise.all(brokers.map((b) => b.close()));
      },
    };
  });
});
