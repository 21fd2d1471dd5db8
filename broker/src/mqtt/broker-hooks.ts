import type { TLSSocket } from 'node:tls';
import type { AedesOptions, AedesPublishPacket, AuthenticateError, Client, PublishPacket, Subscription } from 'aedes';
import { OtaError, toOtaError, type Logger } from '@otacast/shared';
import { authenticate, canPublish, canSetWill, canSubscribe, willSession, type PrincipalLookup, type Session } from '../auth/auth.js';
import { authenticateWithCertificate, type VerifiedCertificate } from '../auth/certificate-identity.js';
import { ClientRateLimit, type RateLimits } from './client-rate-limit.js';

/**
 * The Aedes hooks that enforce docs/protocol.md "Identities" and "Topics and
 * access control". Each hook is a thin adapter over the pure checks in auth.ts.
 */
export interface BrokerHooks {
  authenticate: NonNullable<AedesOptions['authenticate']>;
  authorizePublish: NonNullable<AedesOptions['authorizePublish']>;
  authorizeSubscribe: NonNullable<AedesOptions['authorizeSubscribe']>;
  authorizeForward: NonNullable<AedesOptions['authorizeForward']>;
  /** The authenticated session of a connected client. */
  sessionOf(client: Client): Session | undefined;
}

/**
 * Denied publishes are diverted here instead of closing the connection
 * (MQTT 3.1.1 §3.3.5 allows either): nobody may subscribe to it, so the packet
 * is acknowledged and dropped.
 */
export const DROPPED_TOPIC = '$SYS/otacast/denied/publish';

const RETURN_CODE = { SERVER_UNAVAILABLE: 3, BAD_USERNAME_OR_PASSWORD: 4, IDENTIFIER_REJECTED: 2, NOT_AUTHORIZED: 5 } as const;

/** An auth failure carrying its CONNACK code; already logged, so clientError skips it. */
function refusal(message: string, returnCode: number): AuthenticateError {
  return Object.assign(new OtaError('OTA_E_AUTH', message), { returnCode }) as unknown as AuthenticateError;
}

/** Whether a message may still be forwarded on its topic (stale release announcements may not). */
export type ForwardFilter = (topic: string, payload: Buffer) => boolean;

export interface HookOptions {
  isForwardable?: ForwardFilter;
  /** Publish limits of each device connection; without them devices are not limited. */
  rateLimits?: RateLimits;
  /** A device went over its limits: its publishes are dropped from now on; tell it and disconnect it. */
  onRateLimited?: (client: Client, session: Session, error: OtaError) => void;
  /** A client authenticated with the id of one still connected, which Aedes is about to close (from, by: remote addresses). */
  onTakeover?: (session: Session, from: string, by: string) => void;
}

function remoteOf(client: Client): string {
  const socket = client.conn as { remoteAddress?: string } | undefined;
  return socket?.remoteAddress ?? '';
}

/** The will a client gave in its CONNECT: Aedes keeps it in `_will` until the session is set up. */
function willOf(client: Client): { topic: string; retain: boolean } | undefined {
  const will = (client as unknown as { _will?: { topic?: unknown; retain?: unknown } | null })._will;
  if (will === null || will === undefined) return undefined;
  return { topic: String(will.topic), retain: will.retain === true };
}

/**
 * The client certificate the mTLS listener verified, if this connection came
 * through it: only that listener asks for one and refuses what --tls-ca did
 * not sign, so `authorized` means verified (plain sockets have neither).
 */
function verifiedCertificateOf(client: Client): VerifiedCertificate | undefined {
  const conn = client.conn as Partial<TLSSocket>;
  if (conn.authorized !== true || typeof conn.getPeerCertificate !== 'function') return undefined;
  const subject = conn.getPeerCertificate().subject as Record<string, string | string[] | undefined> | undefined;
  const cn = subject?.['CN'];
  if (cn === undefined) return subject === undefined ? undefined : { commonNames: [] };
  return { commonNames: Array.isArray(cn) ? cn : [cn] };
}

/** Turns a refused publish into one nobody receives (see DROPPED_TOPIC). */
function divert(packet: PublishPacket): void {
  packet.topic = DROPPED_TOPIC;
  packet.retain = false;
  packet.payload = Buffer.alloc(0);
}

export function createBrokerHooks(principals: PrincipalLookup, logger: Logger, options: HookOptions = {}): BrokerHooks {
  const sessions = new WeakMap<Client, Session>();
  const limiters = new WeakMap<Client, ClientRateLimit>();
  const limited = new WeakSet<Client>();
  const isForwardable = options.isForwardable ?? (() => true);

  /** Whether this device publish stays within its limits; the first one over them reports it. */
  const withinLimits = (client: Client, session: Session, packet: PublishPacket): boolean => {
    if (limited.has(client)) return false;
    const limiter = limiters.get(client);
    if (limiter === undefined) return true;
    const verdict = limiter.take(Buffer.byteLength(packet.payload) + Buffer.byteLength(packet.topic));
    if (verdict.ok) return true;
    limited.add(client);
    const error = new OtaError('OTA_E_RATE_LIMIT', `more than ${verdict.perSec} ${verdict.limit} per second published; disconnected, reconnect later`);
    logger.warn('client over its publish limit', { code: error.code, clientId: client.id, limit: verdict.limit, perSec: verdict.perSec });
    options.onRateLimited?.(client, session, error);
    return false;
  };

  /** The CONNECT check: the registry answers asynchronously (PostgreSQL), Aedes waits for `done`. */
  const checkCredentials = async (client: Client, username: string | undefined, password: Buffer | undefined, done: (error: AuthenticateError | null, success: boolean | null) => void): Promise<void> => {
    try {
      const certificate = verifiedCertificateOf(client);
      const result = certificate === undefined
        ? await authenticate(principals, client.id, username, password)
        : await authenticateWithCertificate(principals, certificate, client.id, username, password);
      if (result.ok) {
        const will = willOf(client);
        if (will !== undefined && !canSetWill(result.session, will)) {
          // Checked here, not when it fires: a will outlives its connection and, after a crash, the server too.
          logger.warn('will refused', { code: 'OTA_E_FORBIDDEN', clientId: client.id, topic: will.topic, retain: will.retain });
          done(refusal(`a will on "${will.topic}"${will.retain ? ' (retained)' : ''} is not allowed for "${result.session.principal.name}"`, RETURN_CODE.NOT_AUTHORIZED), false);
          return;
        }
        const previous = (client as unknown as { broker: { clients: Record<string, Client | undefined> } }).broker.clients[client.id];
        if (previous !== undefined && previous !== client) options.onTakeover?.(result.session, remoteOf(previous), remoteOf(client));
        sessions.set(client, result.session);
        if (result.session.principal.role === 'device' && options.rateLimits) limiters.set(client, new ClientRateLimit(options.rateLimits));
        logger.debug('client authenticated', { clientId: client.id, principal: result.session.principal.name, role: result.session.principal.role });
        done(null, true);
        return;
      }
      logger.warn('authentication refused', { code: 'OTA_E_AUTH', clientId: client.id, username: username ?? '', reason: result.message });
      const code = result.reason === 'client-id' ? RETURN_CODE.IDENTIFIER_REJECTED : RETURN_CODE.BAD_USERNAME_OR_PASSWORD;
      done(refusal(result.message, code), false);
    } catch (err) {
      logger.error('authentication failed', { code: toOtaError(err).code, clientId: client.id, error: (err as Error).message });
      done(refusal('the server cannot check credentials now', RETURN_CODE.SERVER_UNAVAILABLE), false);
    }
  };

  return {
    sessionOf: (client) => sessions.get(client),

    authenticate(client, username, password, done) {
      void checkCredentials(client, username ?? undefined, password ?? undefined, done);
    },

    authorizePublish(client: Client | null, packet: PublishPacket, callback) {
      // The server's own publishes never come here (Aedes calls this for
      // clients' packets and wills only). A null client is a will a dead
      // server left behind: checked against its owner's ACL like a live one.
      if (client === null) {
        void willSession(principals, (packet as PublishPacket & { clientId?: unknown }).clientId).then(
          (owner) => {
            if (owner !== undefined && canPublish(owner, packet.topic, packet.retain)) return callback(null);
            logger.warn('will refused', { code: 'OTA_E_FORBIDDEN', clientId: owner?.clientId ?? '', topic: packet.topic, retain: packet.retain });
            divert(packet);
            callback(null);
          },
          (err: unknown) => {
            logger.warn('will refused: the registry cannot be read', { code: toOtaError(err).code, topic: packet.topic, error: (err as Error).message });
            divert(packet);
            callback(null);
          },
        );
        return;
      }
      const session = sessions.get(client);
      if (session !== undefined && canPublish(session, packet.topic, packet.retain)) {
        if (!withinLimits(client, session, packet)) divert(packet);
        return callback(null);
      }
      logger.warn('publish refused', { code: 'OTA_E_FORBIDDEN', clientId: client.id, topic: packet.topic, retain: packet.retain });
      divert(packet);
      callback(null);
    },

    authorizeSubscribe(client, subscription: Subscription, callback) {
      const session = sessions.get(client);
      if (session !== undefined && canSubscribe(session, subscription.topic)) {
        // Only QoS 0 and 1 are used by the protocol.
        callback(null, subscription.qos > 1 ? { ...subscription, qos: 1 } : subscription);
        return;
      }
      logger.warn('subscription refused', { code: 'OTA_E_FORBIDDEN', clientId: client.id, topic: subscription.topic });
      // A null subscription is a SUBACK failure (0x80) without dropping the connection.
      callback(null, null);
    },

    // Runs for live, retained and queued deliveries alike. Defence in depth: a
    // persistent session restores (and may have queued for) subscriptions made
    // under an older ACL; nothing is forwarded that the ACL denies now.
    authorizeForward(client, packet: AedesPublishPacket) {
      const session = sessions.get(client);
      if (session === undefined || !canSubscribe(session, packet.topic)) return null;
      const payload = Buffer.isBuffer(packet.payload) ? packet.payload : Buffer.from(packet.payload);
      if (!isForwardable(packet.topic, payload)) {
        logger.debug('superseded message not forwarded', { clientId: client.id, topic: packet.topic });
        return null;
      }
      return packet;
    },
  };
}
