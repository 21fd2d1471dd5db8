import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { createLogger } from '@otacast/shared';
import { createBroker } from '../src/mqtt/broker.js';
import { createExternalBrokers } from '../src/mqtt/external-brokers.js';
import type { InboundMessage } from '../src/mqtt/message-bus.js';
import { MosquittoProcess, requireMosquitto } from '../../test/support/mosquitto-process.js';
import { SUITE_PRINCIPALS, brokerAttachmentSuite, type AttachmentUnderTest } from './suites/broker-attachment-suite.js';

const logger = createLogger({ name: 'test', level: 'error' });

brokerAttachmentSuite('embedded Aedes', async (): Promise<AttachmentUnderTest> => {
  const inbound: InboundMessage[] = [];
  const broker = await createBroker({ principals: SUITE_PRINCIPALS, logger, maxPacketBytes: 1024 * 1024, onMessage: (m) => inbound.push(m) });
  const { port } = await broker.listen('127.0.0.1', 0);
  return { attachment: broker, inbound, urls: [`mqtt://127.0.0.1:${port}`], cleanup: async () => undefined };
});

describe.skipIf(!requireMosquitto())('external brokers', () => {
  brokerAttachmentSuite('two external Mosquitto brokers', async (): Promise<AttachmentUnderTest> => {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-attach-'));
    const brokers = await Promise.all([MosquittoProcess.start(join(dir, 'a')), MosquittoProcess.start(join(dir, 'b'))]);
    const inbound: InboundMessage[] = [];
    const attachment = createExternalBrokers({ urls: brokers.map((b) => b.url), principals: SUITE_PRINCIPALS, logger, onMessage: (m) => inbound.push(m) });
    await attachment.attach();
    return {
      attachment,
      inbound,
      urls: brokers.map((b) => b.url),
      cleanup: async () => {
        await Promise.all(brokers.map((b) => b.stop()));
        await rm(dir, { recursive: true, force: true });
      },
    };
  });
});
