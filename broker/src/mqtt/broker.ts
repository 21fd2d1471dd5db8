import type { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import { Aedes, type Client } from 'aedes';
import { OtaError, type Logger } from '@otacast/shared';
import type { PrincipalLookup, Session } from '../auth/auth.js';
import { createBrokerHooks, type ForwardFilter } from './broker-hooks.js';
import { openBrokerPersistence, type BrokerPersistence } from './broker-persistence.js';
import type { InboundHandler, MessageBus, PublishOptions } from './message-bus.js';
import { guardPacketSize } from './packet-size-guard.js';

/**
 * The embedded MQTT broker: Aedes with the auth/ACL hooks, a TCP listener
 * whose sockets pass the packet-size guard, and disk persistence. Handlers see
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
  /** A client authenticated and its session is live. */
  onConnect?: (session: Session) => void;
}

export interface EmbeddedBroker extends MessageBus {
  /** Starts accepting MQTT connections; resolves with the bound address. */
  listen(host: string, port: number): Promise<{ host: string; port: number }>;
  /** Whether a client with this id has a live connection. */
  isConnected(clientId: string): boolean;
  /** Closes a client's connection at once (a revoked token, a removed device). */
  disconnect(clientId: string): void;
  close(): Promise<void>;
  /** The authenticated connections now open (read when /metrics is scraped). */
  sessions(): Session[];
}

/** Errors that only mean the peer went away. */
function isDisconnect(err: Error): boolean {
  const errno = (err as NodeJS.ErrnoException).code;
  return typeof errno === 'string' || /connection closed|keep ?alive timeout|connect did not arrive|drain timeout/i.test(err.message);
}

export async function createBroker(options: BrokerOptions): Promise<EmbeddedBroker> {
  const { logger } = options;
  const hooks = createBrokerHooks(options.principals, logger, options.isForwardable);
  let persistence: BrokerPersistence | undefined;
  if (options.persistenceDir !== undefined) persistence = await openBrokerPersistence(options.persistenceDir);

  const aedes = await Aedes.createBroker({
    ...(persistence ? { persistence: persistence.instance } : {}),
    // Each device being served holds one slot while its socket drains; the
    // default of 100 would let 100 slow devices stall everyone else.
    concurrency: 1000,
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
    const current = liveClients()[client.id];
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
  const liveClients = (): Record<string, Client | undefined> => (aedes as unknown as { clients: Record<string, Client | undefined> }).clients;
  aedes.on('clientError', logConnectionError);
  aedes.on('connectionError', logConnectionError);
  // Persistence failures surface here; an unhandled 'error' would kill the process.
  const emitter: EventEmitter = aedes;
  emitter.on('error', (err: Error) => logger.error('broker error', { code: 'OTA_E_INTERNAL', error: err.message }));

  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.setNoDelay(true);
    guardPacketSize(socket, {
      maxPacketBytes: options.maxPacketBytes,
      onRefused(verdict) {
        const clientId = (socket as Socket & { client?: { id?: string | null } }).client?.id ?? '';
        if (verdict.reason === 'too-large') {
          logger.warn('packet refused before buffering', { code: 'OTA_E_TOO_LARGE', clientId, announcedBytes: verdict.announcedBytes, maxBytes: options.maxPacketBytes, remote: socket.remoteAddress });
        } else {
          logger.warn('malformed packet header', { code: 'OTA_E_PROTOCOL', clientId, remote: socket.remoteAddress });
        }
      },
    });
    aedes.handle(socket);
  });

  return {
    publish(topic: string, payload: Buffer, publishOptions: PublishOptions): Promise<void> {
      return new Promise((resolve, reject) => {
        aedes.publish({ cmd: 'publish', topic, payload, qos: publishOptions.qos, retain: publishOptions.retain ?? false, dup: false }, (err) => {
          if (err) reject(err);
          else resolve();
        });
      });
    },

    isConnected(clientId: string): boolean {
      return liveClients()[clientId] !== undefined;
    },

    disconnect(clientId: string): void {
      liveClients()[clientId]?.close();
    },

    async listen(host: string, port: number) {
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
      server.on('error', (err) => logger.error('listener error', { code: 'OTA_E_IO', error: err.message }));
      const address = server.address();
      if (address === null || typeof address === 'string') throw new OtaError('OTA_E_INTERNAL', 'listener has no TCP address');
      return { host, port: address.port };
    },

    sessions() {
      const clients = Object.values((aedes as unknown as { clients: Record<string, Client | undefined> }).clients);
      return clients.flatMap((client) => (client === undefined ? [] : (hooks.sessionOf(client) ?? [])));
    },

    async close() {
      const closed = server.listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
      await persistence?.close();
    },
  };
}
