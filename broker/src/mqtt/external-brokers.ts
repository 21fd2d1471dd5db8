import { randomBytes } from 'node:crypto';
import { connect, type MqttClient } from 'mqtt';
import { OtaError, TOPIC_ROOT, parseTopic, toOtaError, type Logger } from '@otacast/shared';
import type { PrincipalLookup, Session } from '../auth/auth.js';
import { DevicePresence } from './device-presence.js';
import { attribute, sharedLookups, type Attribution } from './external-identity.js';
import type { BrokerAttachment, InboundHandler, PublishOptions } from './message-bus.js';
import { RETAINED_FILTERS, RetainedLedger, SENTINEL_TOPIC, isRetainedControl } from './retained-ledger.js';

/**
 * Workers attached to external MQTT brokers (docs/scale-out.md): one
 * connection per broker, the service's topics taken as shared subscriptions
 * so each request reaches one worker of the group, replies published on the
 * broker the request came from, retained control messages on every broker.
 */
export const SHARE_GROUP = 'otacast';
export const SERVICE_FILTERS = [`${TOPIC_ROOT}/dev/+/req`, `${TOPIC_ROOT}/dev/+/status`, `${TOPIC_ROOT}/api/+/req`].map((f) => `$share/${SHARE_GROUP}/${f}`);

export interface ExternalBrokersOptions {
  /** mqtt://host:port of each broker (mqtts:// too); credentials may be in the URL. */
  urls: readonly string[];
  principals: PrincipalLookup;
  logger: Logger;
  onMessage: InboundHandler;
  /** A device was heard from after being offline (see device-presence.ts). */
  onConnect?: (session: Session) => void;
  onDisconnect?: (session: Session) => void;
  /** Names this worker in its MQTT client ids and logs. Default: random. */
  workerId?: string;
  /** How long a device counts as online after its last message. Default 90 s. */
  presenceWindowMs?: number;
  /** Reconnect backoff: first and largest delay. Default 250 ms, 10 s. */
  backoffMs?: { min: number; max: number };
  /** How long `attach` waits for every broker before going on with those it has. Default 10 s. */
  attachTimeoutMs?: number;
}

export interface ExternalBrokers extends BrokerAttachment {
  /** Resolves once every broker is connected and synced, or after attachTimeoutMs (the rest keep retrying). */
  attach(): Promise<void>;
  /** The broker URLs without credentials, for logs. */
  readonly urls: readonly string[];
}

/** The workers' own topics: the sentinel and the barriers. */
const CONTROL_PREFIX = `${TOPIC_ROOT}/ctl/`;

/** Retained messages re-sent at once when a broker comes back empty. */
const REFILL_CONCURRENCY = 64;

interface Link {
  url: string;
  client: MqttClient;
  /** Connected and synced: retained messages go straight out (replies need only a connection). */
  ready: boolean;
  /** Retained topics published while this broker was away: sent again when it is back. */
  missed: Set<string>;
  /** Set while a (re)connect waits for its barrier: which retained state the broker still holds. */
  sync: { sawSentinel: boolean; done: () => void } | undefined;
  /** Resolves on the first sync. */
  attached: Promise<void>;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    throw new OtaError('OTA_E_USAGE', `--broker "${url}" is not a URL: expected mqtt://HOST:PORT`);
  }
}

export function createExternalBrokers(options: ExternalBrokersOptions): ExternalBrokers {
  const { logger } = options;
  if (options.urls.length === 0) throw new OtaError('OTA_E_USAGE', 'no --broker given');
  for (const url of options.urls) {
    const protocol = new URL(redact(url)).protocol;
    if (!['mqtt:', 'mqtts:'].includes(protocol)) throw new OtaError('OTA_E_USAGE', `--broker "${redact(url)}": expected mqtt:// or mqtts://`);
  }
  const workerId = options.workerId ?? randomBytes(4).toString('hex');
  const backoff = options.backoffMs ?? { min: 250, max: 10_000 };
  const ledger = new RetainedLedger();
  /** Which broker each device or API client was last heard on: its replies go there. */
  const routes = new Map<string, Link>();
  const presence = new DevicePresence(options.presenceWindowMs ?? 90_000, {
    onOnline: (session) => options.onConnect?.(session),
    onOffline: (session) => {
      routes.delete(session.clientId);
      options.onDisconnect?.(session);
    },
  });
  let closed = false;

  const sendOn = (link: Link, topic: string, payload: Buffer, publishOptions: PublishOptions): Promise<void> =>
    new Promise((resolve, reject) => {
      // The callback of a QoS 0 publish waits for the socket to drain when it
      // was full (mqtt.js), and of a QoS 1 one for the PUBACK: awaiting it is
      // what paces the chunk server on this connection.
      link.client.publish(topic, payload, { qos: publishOptions.qos, retain: publishOptions.retain ?? false }, (err) => {
        if (err) reject(new OtaError('OTA_E_CONNECT', `publish on ${link.url}: ${err.message}`, { cause: err }));
        else resolve();
      });
    });

  /** Sends retained messages with a bounded number in flight. */
  const sendRetained = async (link: Link, entries: Iterable<[string, Buffer]>): Promise<void> => {
    const inFlight = new Set<Promise<void>>();
    for (const [topic, payload] of entries) {
      const sent = sendOn(link, topic, payload, { qos: 1, retain: true }).catch(() => void link.missed.add(topic));
      const tracked: Promise<void> = sent.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= REFILL_CONCURRENCY) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  };

  const onMessage = (link: Link, topic: string, payload: Buffer): void => {
    if (topic.startsWith(CONTROL_PREFIX)) {
      if (topic === SENTINEL_TOPIC && link.sync) link.sync.sawSentinel = true;
      else if (topic === barrierTopic(link)) link.sync?.done();
      return;
    }
    if (isRetainedControl(topic)) {
      // While syncing, what this broker holds for a topic we published while it was away is older than ours.
      if (link.sync === undefined || !link.missed.has(topic)) ledger.set(topic, payload);
      return;
    }
    void route(link, topic, payload);
  };

  const principals = sharedLookups(options.principals);
  /** Attributes a service message (a registry read) and hands it on. */
  const route = async (link: Link, topic: string, payload: Buffer): Promise<void> => {
    let who: Attribution;
    try {
      who = await attribute(principals, topic, payload);
    } catch (err) {
      // The registry cannot answer (PostgreSQL away): the message is dropped; a device asks again, a status is re-sent.
      logger.warn('message not attributed', { code: toOtaError(err).code, broker: link.url, topic, error: (err as Error).message });
      return;
    }
    if (!who.ok) {
      logger.warn('message refused', { code: who.error.code, broker: link.url, topic, error: who.error.message });
      if (who.reply) void sendOn(link, who.reply.topic, who.reply.payload, { qos: 1 }).catch(() => undefined);
      return;
    }
    routes.set(who.session.clientId, link);
    if (who.session.principal.role === 'device') presence.heard(who.session);
    try {
      options.onMessage({ topic, payload, session: who.session });
    } catch (err) {
      logger.error('message handler failed', { code: 'OTA_E_INTERNAL', clientId: who.session.clientId, topic, error: (err as Error).message });
    }
  };

  const barrierTopic = (link: Link): string => `${TOPIC_ROOT}/ctl/barrier/${link.client.options.clientId ?? workerId}`;

  /**
   * After each connect (a clean session, so nothing survives on the broker's
   * side): subscribe, then wait for our own barrier message, which the broker
   * queues behind every retained message of the subscriptions. No sentinel
   * among them means the broker lost its retained store: fill it from the
   * ledger. Otherwise send only what it missed while we were away.
   */
  const synchronize = async (link: Link): Promise<void> => {
    const synced = new Promise<boolean>((resolve) => {
      const sync = { sawSentinel: false, done: () => resolve(sync.sawSentinel) };
      link.sync = sync;
    });
    const filters = [...SERVICE_FILTERS, ...RETAINED_FILTERS, SENTINEL_TOPIC, barrierTopic(link)];
    const granted = await link.client.subscribeAsync(Object.fromEntries(filters.map((f) => [f, { qos: 1 as const }])));
    const refused = granted.filter((g) => (g.qos & 0x80) !== 0).map((g) => g.topic);
    if (refused.length > 0) logger.error('broker refused subscriptions: check its ACL for the worker', { code: 'OTA_E_FORBIDDEN', broker: link.url, topics: refused });
    await sendOn(link, barrierTopic(link), Buffer.alloc(0), { qos: 1 });
    const brokerKeptState = await synced;
    link.sync = undefined;
    const missed = [...link.missed];
    link.missed.clear();
    if (!brokerKeptState) {
      logger.info('broker has no retained control state: publishing it again', { broker: link.url, messages: ledger.size });
      await sendRetained(link, ledger.entries());
      await sendOn(link, SENTINEL_TOPIC, Buffer.from(workerId), { qos: 1, retain: true });
    } else if (missed.length > 0) {
      await sendRetained(link, missed.flatMap((topic): [string, Buffer][] => [[topic, ledger.get(topic) ?? Buffer.alloc(0)]]));
    }
    link.ready = true;
  };

  const open = (url: string): Link => {
    let delay = backoff.min;
    const client = connect(url, {
      protocolVersion: 4,
      clientId: `otacast-worker-${workerId}-${randomBytes(3).toString('hex')}`,
      clean: true,
      keepalive: 15,
      reconnectPeriod: backoff.min,
      connectTimeout: 10_000,
      resubscribe: false,
      queueQoSZero: false,
      writeCache: false,
    });
    let attached!: () => void;
    const link: Link = { url: redact(url), client, ready: false, missed: new Set(), sync: undefined, attached: new Promise((resolve) => (attached = resolve)) };
    client.on('connect', () => {
      delay = backoff.min;
      client.options.reconnectPeriod = delay;
      logger.info('attached to broker', { broker: link.url, workerId });
      synchronize(link).then(attached, (err: unknown) => {
        logger.warn('broker sync failed; reconnecting', { code: 'OTA_E_CONNECT', broker: link.url, error: (err as Error).message });
        if (!closed) client.stream.destroy();
      });
    });
    client.on('message', (topic, payload) => onMessage(link, topic, payload));
    client.on('close', () => {
      if (link.ready) logger.warn('broker connection lost; reconnecting', { code: 'OTA_E_CONNECT', broker: link.url });
      link.ready = false;
      link.sync = undefined;
      // Exponential backoff with jitter: mqtt.js reads reconnectPeriod each time it schedules a retry.
      delay = Math.min(backoff.max, delay * 2);
      client.options.reconnectPeriod = Math.round(delay / 2 + Math.random() * (delay / 2));
    });
    client.on('error', (err) => logger.debug('broker connection error', { broker: link.url, error: err.message }));
    return link;
  };

  const links = options.urls.map(open);

  return {
    urls: links.map((l) => l.url),

    async attach() {
      const timeoutMs = options.attachTimeoutMs ?? 10_000;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
      await Promise.race([Promise.all(links.map((l) => l.attached)), timeout]);
      clearTimeout(timer);
      const waiting = links.filter((l) => !l.ready).map((l) => l.url);
      if (waiting.length === links.length) throw new OtaError('OTA_E_CONNECT', `no broker answered within ${timeoutMs} ms: ${waiting.join(', ')}`);
      if (waiting.length > 0) logger.warn('brokers not attached yet; retrying in the background', { code: 'OTA_E_CONNECT', brokers: waiting });
    },

    async publish(topic, payload, publishOptions) {
      if (publishOptions.retain === true) {
        ledger.set(topic, payload);
        await Promise.all(
          links.map(async (link) => {
            if (!link.ready) return void link.missed.add(topic);
            await sendOn(link, topic, payload, publishOptions).catch(() => void link.missed.add(topic));
          }),
        );
        return;
      }
      const parsed = parseTopic(topic);
      const clientId = parsed?.kind === 'device' ? parsed.deviceId : parsed?.kind === 'api' ? parsed.clientId : undefined;
      const route = clientId === undefined ? undefined : routes.get(clientId);
      // Never heard from (a command to a device that has not asked yet): every broker, one of them has it.
      const targets = route?.client.connected ? [route] : links.filter((l) => l.client.connected);
      // A broker that is away loses non-retained messages, as a dropped device link does: the device asks again.
      await Promise.all(targets.map((link) => sendOn(link, topic, payload, publishOptions)));
    },

    isConnected: (clientId) => presence.isOnline(clientId),

    disconnect(clientId) {
      presence.forget(clientId);
      routes.delete(clientId);
    },

    sessions: () => presence.sessions(),

    async close() {
      closed = true;
      presence.close();
      await Promise.all(links.map((link) => link.client.endAsync(true).catch(() => undefined)));
    },
  };
}
