import type { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { Aedes, type Client } from 'aedes';
import {
  CLIENT_RATE_BURST_SECONDS, DEFAULT_CLIENT_BYTES_PER_SEC, DEFAULT_CLIENT_MESSAGES_PER_SEC, DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_MAX_CONNECT_BYTES,
  DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, DEFAULT_MAX_QUEUED_BYTES_PER_CLIENT, DEFAULT_STALL_TIMEOUT_MS,
  OtaError, encode, parseTopic, pb, topics, type Logger,
} from '@otacast/shared';
import type { PrincipalLookup, Session } from '../auth/auth.js';
import { createBrokerHooks, type ForwardFilter } from './broker-hooks.js';
import { openBrokerPersistence, probeRetainedStore, type BrokerPersistence } from './broker-persistence.js';
import type { BrokerAttachment, InboundHandler, PublishOptions } from './message-bus.js';
import { guardPacketSize } from './packet-size-guard.js';
import { guardOutbound, SLOW_CLIENT_ERROR, whenDrained } from './outbound-guard.js';
import { directChunkTarget, type DirectPublish } from './direct-publish.js';
import { ConnectionCounts } from './connection-counts.js';
import { guardEmitterRecursion } from './emitter-recursion-guard.js';
import { createTlsListener, type TlsListenerOptions } from './tls-listener.js';

/** The server's certificate and key, and the CA that signs client certificates (mTLS) if any. */
export type TlsCredentials = Omit<TlsListenerOptions, 'handshakeTimeoutMs'>;

/**
 * The embedded MQTT broker: Aedes with the auth/ACL hooks, TCP and TLS
 * listeners whose sockets pass the same guards, and disk persistence. Handlers see
 * it only as a MessageBus plus the `onMessage` callback.
 */
export interface BrokerOptions {
  principals: PrincipalLookup;
  logger: Logger;
  maxPacketBytes: number;
  /** LevelDB directory for sessions and retained messages; undefined keeps them in memory. */
  persistenceDir?: string;
  /** Every message a client published that the ACL allowed. */
  onMessage: InboundHandler;
  /** Messages for which this is false are not delivered (see Announcements). */
  isForwardable?: ForwardFilter;
  /** An authenticated connection ended (closed, dropped, kept-alive out or taken over by a newer one). */
  onDisconnect?: (session: Session) => void;
  /** A client connected with the id of one still connected (which is closed): from, by are remote addresses. */
  onTakeover?: (session: Session, from: string, by: string) => void;
  /** A client authenticated and its session is live. */
  onConnect?: (session: Session) => void;
  /** What hostile or broken clients may cost (docs/security.md, "Hostile clients"); each has a default in limits.ts. */
  clientLimits?: Partial<ClientLimits>;
}

export interface ClientLimits {
  /** Largest first packet, which must be the CONNECT. */
  maxConnectBytes: number;
  connectTimeoutMs: number;
  maxConnections: number;
  maxConnectionsPerAddress: number;
  /** Bytes waiting in one client's socket (see outbound-guard.ts). */
  maxQueuedBytes: number;
  /** A socket that has not drained for this long is disconnected; 0: never. */
  stallTimeoutMs: number;
  /** Publish limits per device connection. */
  messagesPerSec: number;
  bytesPerSec: number;
}

export function clientLimitsOf(given: Partial<ClientLimits> = {}): ClientLimits {
  return {
    maxConnectBytes: given.maxConnectBytes ?? DEFAULT_MAX_CONNECT_BYTES,
    connectTimeoutMs: given.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    maxConnections: given.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    maxConnectionsPerAddress: given.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
    maxQueuedBytes: given.maxQueuedBytes ?? DEFAULT_MAX_QUEUED_BYTES_PER_CLIENT,
    stallTimeoutMs: given.stallTimeoutMs ?? DEFAULT_STALL_TIMEOUT_MS,
    messagesPerSec: given.messagesPerSec ?? DEFAULT_CLIENT_MESSAGES_PER_SEC,
    bytesPerSec: given.bytesPerSec ?? DEFAULT_CLIENT_BYTES_PER_SEC,
  };
}

/** How long a rate-limited device's error notice may take to go out before it is disconnected anyway. */
const NOTICE_GRACE_MS = 2_000;

export interface EmbeddedBroker extends BrokerAttachment {
  /** Starts accepting MQTT connections; resolves with the bound address. */
  listen(host: string, port: number): Promise<{ host: string; port: number }>;
  /** Starts accepting MQTTS connections (mTLS when `tls.ca` is given); resolves with the bound address. */
  listenTls(host: string, port: number, tls: TlsCredentials): Promise<{ host: string; port: number }>;
}

/** Errors that only mean the peer went away. */
function isDisconnect(err: Error): boolean {
  const errno = (err as NodeJS.ErrnoException).code;
  return typeof errno === 'string' || err.message.startsWith(SLOW_CLIENT_ERROR) || /connection closed|keep ?alive timeout|connect did not arrive|drain timeout/i.test(err.message);
}

/** Aedes' connected clients by id (not in its typings). */
function clientsOf(aedes: Aedes): Record<string, Client | undefined> {
  return (aedes as unknown as { clients: Record<string, Client | undefined> }).clients;
}

/** Listeners a cast frame waits for; those further behind lose frames to the outbound guard and pull them. */
const CAST_LAGGARDS = 0.1;
const CAST_MAX_WAIT_MS = 1_000;
/** Bytes a listener may have queued before the cast waits for it: several frames in flight, as a broker pipelines them. */
const CAST_BACKLOG_BYTES = 1024 * 1024;
const CAST_POLL_MS = 5;

/**
 * Resolves once all but a tenth of a cast's subscribers have at most
 * CAST_BACKLOG_BYTES queued (at most 1 s). Polled rather than waiting for
 * 'drain' (an empty buffer): the pipes stay full, as a broker keeps several
 * messages in flight.
 */
async function castDrained(clients: readonly (Client | undefined)[], topic: string, filter: string): Promise<void> {
  // Aedes keeps each client's subscriptions by filter (not in its typings).
  const subscribed = (c: Client | undefined): c is Client => {
    const subs = (c as { subscriptions?: Record<string, unknown> } | undefined)?.subscriptions;
    return subs !== undefined && (subs[filter] !== undefined || subs[topic] !== undefined);
  };
  const conns = clients.filter(subscribed).map((c) => c.conn);
  const allowed = Math.ceil(conns.length * CAST_LAGGARDS);
  const deadline = Date.now() + CAST_MAX_WAIT_MS;
  const behind = (): number => conns.filter((conn) => !conn.destroyed && conn.writableLength > CAST_BACKLOG_BYTES).length;
  while (behind() > allowed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, CAST_POLL_MS));
}

export async function createBroker(options: BrokerOptions): Promise<EmbeddedBroker> {
  const { logger } = options;
  const limits = clientLimitsOf(options.clientLimits);
  const hooks = createBrokerHooks(options.principals, logger, {
    ...(options.isForwardable ? { isForwardable: options.isForwardable } : {}),
    rateLimits: { messagesPerSec: limits.messagesPerSec, bytesPerSec: limits.bytesPerSec, burstSeconds: CLIENT_RATE_BURST_SECONDS },
    ...(options.onTakeover ? { onTakeover: options.onTakeover } : {}),
    onRateLimited(client, session, error) {
      // Tell the device why (a QoS 1 notice on its cmd topic), then drop it.
      const notice = encode(pb.Command, { error: { code: error.code, message: error.message, topic: topics.deviceRequest(session.principal.name) } });
      // A client that does not read its notice is dropped after the grace period.
      const grace = setTimeout(() => client.close(), NOTICE_GRACE_MS);
      grace.unref();
      // Called only for connected clients, so after `aedes` below is set.
      aedes.publish({ cmd: 'publish', topic: topics.deviceCommand(session.principal.name), payload: notice, qos: 1, retain: false, dup: false }, () => {
        // end(), not close(): Aedes' close destroys the socket and what it still buffers, the notice with it.
        void whenDrained(client.conn).then(() => client.conn.end());
      });
    },
  });
  let persistence: BrokerPersistence | undefined;
  if (options.persistenceDir !== undefined) persistence = await openBrokerPersistence(options.persistenceDir);

  const aedes = await Aedes.createBroker({
    ...(persistence ? { persistence: persistence.instance } : {}),
    // Deliveries in flight. The outbound guard completes a delivery once its
    // bytes are handed to the socket, so a slot is never held by a slow client.
    concurrency: 1000,
    connectTimeout: limits.connectTimeoutMs,
    // Wills a crashed server left behind are swept 4 heartbeats after a
    // restart: 20 s instead of Aedes' 4 minutes (they pass the ACL first).
    heartbeatInterval: 5_000,
    authenticate: hooks.authenticate,
    authorizePublish: hooks.authorizePublish,
    authorizeSubscribe: hooks.authorizeSubscribe,
    authorizeForward: hooks.authorizeForward,
    published(packet, client: Client | null, callback) {
      callback(null);
      if (client === null) return;
      const session = hooks.sessionOf(client);
      if (session === undefined) return;
      const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload);
      try {
        options.onMessage({ topic: packet.topic, payload, session });
      } catch (err) {
        logger.error('message handler failed', { code: 'OTA_E_INTERNAL', clientId: client.id, topic: packet.topic, error: (err as Error).message });
      }
    },
  });

  // A long delivery queue (10,000 devices reporting at once) must not drain as one recursion.
  guardEmitterRecursion((aedes as unknown as { mq: unknown }).mq);
  const startStoring = probeRetainedStore((aedes as unknown as { persistence: unknown }).persistence);

  const logConnectionError = (client: Client, err: Error): void => {
    // Auth refusals are OtaErrors already logged by the hook.
    if (err instanceof OtaError || isDisconnect(err)) {
      logger.debug('connection ended', { clientId: client.id ?? '', reason: err.message });
      return;
    }
    logger.warn('connection error', { code: 'OTA_E_PROTOCOL', clientId: client.id ?? '', error: err.message });
  };
  aedes.on('clientDisconnect', (client: Client) => {
    const session = hooks.sessionOf(client);
    // A late close of a connection already replaced under the same id says nothing about the new one.
    const current = clientsOf(aedes)[client.id];
    if (session === undefined || (current !== undefined && current !== client)) return;
    try {
      options.onDisconnect?.(session);
    } catch (err) {
      logger.error('disconnect handler failed', { code: 'OTA_E_INTERNAL', clientId: client.id, error: (err as Error).message });
    }
  });
  aedes.on('client', (client: Client) => {
    const session = hooks.sessionOf(client);
    if (session === undefined) return;
    try {
      options.onConnect?.(session);
    } catch (err) {
      logger.error('connect handler failed', { code: 'OTA_E_INTERNAL', clientId: client.id, error: (err as Error).message });
    }
  });
  aedes.on('clientError', logConnectionError);
  aedes.on('connectionError', logConnectionError);
  // Persistence failures surface here; an unhandled 'error' would kill the process.
  const emitter: EventEmitter = aedes;
  emitter.on('error', (err: Error) => logger.error('broker error', { code: 'OTA_E_INTERNAL', error: err.message }));

  /** Each connection's direct-write path (outbound-guard.ts), for chunk replies. */
  const directs = new WeakMap<Client, DirectPublish>();
  const sockets = new Set<Socket>();
  const counts = new ConnectionCounts(limits.maxConnections, limits.maxConnectionsPerAddress);
  /** Counts a TCP connection against the caps when it arrives (a TLS one before its handshake). */
  const admit = (socket: Socket): boolean => {
    const remote = socket.remoteAddress ?? '';
    const refused = counts.admit(remote);
    if (refused !== undefined) {
      logger.warn('connection refused', { code: 'OTA_E_CONNECTION_LIMIT', remote, reason: refused });
      socket.destroy();
      return false;
    }
    sockets.add(socket);
    socket.once('close', () => {
      sockets.delete(socket);
      counts.release(remote);
    });
    return true;
  };
  /** Hands an admitted connection (plain, or TLS once its handshake is done) to Aedes behind the guards. */
  const serve = (socket: Socket): void => {
    const remote = socket.remoteAddress ?? '';
    socket.setNoDelay(true);
    guardPacketSize(socket, {
      maxPacketBytes: options.maxPacketBytes,
      maxConnectBytes: limits.maxConnectBytes,
      onRefused(verdict) {
        const clientId = (socket as Socket & { client?: { id?: string | null } }).client?.id ?? '';
        if (verdict.reason === 'too-large') {
          logger.warn('packet refused before buffering', { code: 'OTA_E_TOO_LARGE', clientId, announcedBytes: verdict.announcedBytes, maxBytes: options.maxPacketBytes, remote });
        } else if (verdict.reason === 'connect-too-large' || verdict.reason === 'not-connect') {
          const announcedBytes = verdict.reason === 'connect-too-large' ? verdict.announcedBytes : undefined;
          logger.warn('connection refused before CONNECT', { code: 'OTA_E_CONNECTION_LIMIT', reason: verdict.reason, announcedBytes, maxBytes: limits.maxConnectBytes, remote });
        } else {
          logger.warn('malformed packet header', { code: 'OTA_E_PROTOCOL', clientId, remote });
        }
      },
    });
    const client: unknown = aedes.handle(socket);
    const direct = guardOutbound(client, limits, {
      onDropped(topic, queuedBytes) {
        logger.debug('message dropped: client not reading', { code: 'OTA_E_SLOW_CLIENT', clientId: (client as Client).id ?? '', topic, queuedBytes });
      },
      onCut(cut) {
        logger.warn('slow client disconnected', { code: 'OTA_E_SLOW_CLIENT', clientId: (client as Client).id ?? '', reason: cut.reason, queuedBytes: cut.queuedBytes, remote });
      },
    });
    directs.set(client as Client, direct);
  };
  const listeners: Server[] = [];
  const plain = createServer((socket) => {
    if (admit(socket)) serve(socket);
  });

  /** Binds a listener; resolves with its port. */
  const bind = async (server: Server, host: string, port: number): Promise<{ host: string; port: number }> => {
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => {
        server.off('listening', onListening);
        reject(new OtaError('OTA_E_IO', `cannot listen on ${host}:${port}: ${err.message}`, { cause: err }));
      };
      const onListening = (): void => {
        server.off('error', onError);
        resolve();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, host);
    });
    listeners.push(server);
    server.on('error', (err) => logger.error('listener error', { code: 'OTA_E_IO', error: err.message }));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new OtaError('OTA_E_INTERNAL', 'listener has no TCP address');
    return { host, port: address.port };
  };

  return {
    async publish(topic: string, payload: Buffer, publishOptions: PublishOptions): Promise<void> {
      const direct = publishOptions.qos === 0 && publishOptions.retain !== true ? directChunkTarget(topic, clientsOf(aedes), directs, (c) => hooks.sessionOf(c)) : undefined;
      if (direct !== undefined) {
        direct.write(topic, payload);
        return whenDrained(direct.client.conn);
      }
      let stored: Promise<unknown> | undefined;
      const delivered = new Promise<void>((resolve, reject) => {
        const start = (): void =>
          void aedes.publish({ cmd: 'publish', topic, payload, qos: publishOptions.qos, retain: publishOptions.retain ?? false, dup: false }, (err) => {
            if (err) reject(err);
            else resolve();
          });
        if (publishOptions.retain === true && publishOptions.until === 'stored') stored = startStoring(start);
        else start();
      });
      if (stored !== undefined) {
        // The caller goes on once it is stored; a delivery that fails later (e.g. the broker closing) is only logged.
        delivered.catch((err: unknown) => logger.warn('retained message not delivered to every session', { code: 'OTA_E_INTERNAL', topic, error: (err as Error).message }));
        await stored;
        return;
      }
      await delivered;
      // Back-pressure of one device's socket paces what is sent to it (the
      // chunk server's replies) without holding up the broker for others.
      const parsed = parseTopic(topic);
      const target = parsed?.kind === 'device' ? clientsOf(aedes)[parsed.deviceId] : undefined;
      if (target !== undefined) await whenDrained(target.conn);
      // A broadcast follows most of its listeners, never its slowest (docs/protocol.md, "Broadcast").
      if (parsed?.kind === 'cast') await castDrained(Object.values(clientsOf(aedes)), topic, topics.castFilter(parsed.product));
    },

    isConnected(clientId: string): boolean {
      return clientsOf(aedes)[clientId] !== undefined;
    },

    disconnect(clientId: string): void {
      clientsOf(aedes)[clientId]?.close();
    },

    listen: (host, port) => bind(plain, host, port),

    listenTls: (host, port, tls) => bind(createTlsListener({ ...tls, handshakeTimeoutMs: limits.connectTimeoutMs }, { admit, serve }, logger), host, port),

    sessions() {
      const clients = Object.values((aedes as unknown as { clients: Record<string, Client | undefined> }).clients);
      return clients.flatMap((client) => (client === undefined ? [] : (hooks.sessionOf(client) ?? [])));
    },

    async close() {
      const closed = Promise.all(listeners.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
      await persistence?.close();
    },
  };
}
