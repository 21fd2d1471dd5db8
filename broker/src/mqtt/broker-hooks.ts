import type { AedesOptions, AedesPublishPacket, AuthenticateError, Client, PublishPacket, Subscription } from 'aedes';
import { OtaError, type Logger } from '@otacast/shared';
import { authenticate, canPublish, canSubscribe, type PrincipalLookup, type Session } from '../auth/auth.js';

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

const RETURN_CODE = { SERVER_UNAVAILABLE: 3, BAD_USERNAME_OR_PASSWORD: 4, IDENTIFIER_REJECTED: 2 } as const;

/** An auth failure carrying its CONNACK code; already logged, so clientError skips it. */
function refusal(message: string, returnCode: number): AuthenticateError {
  return Object.assign(new OtaError('OTA_E_AUTH', message), { returnCode }) as unknown as AuthenticateError;
}

/** Whether a message may still be forwarded on its topic (stale release announcements may not). */
export type ForwardFilter = (topic: string, payload: Buffer) => boolean;

export function createBrokerHooks(principals: PrincipalLookup, logger: Logger, isForwardable: ForwardFilter = () => true): BrokerHooks {
  const sessions = new WeakMap<Client, Session>();

  return {
    sessionOf: (client) => sessions.get(client),

    authenticate(client, username, password, done) {
      try {
        const result = authenticate(principals, client.id, username ?? undefined, password ?? undefined);
        if (result.ok) {
          sessions.set(client, result.session);
          logger.debug('client authenticated', { clientId: client.id, principal: result.session.principal.name, role: result.session.principal.role });
          done(null, true);
          return;
        }
        logger.warn('authentication refused', { code: 'OTA_E_AUTH', clientId: client.id, username: username ?? '', reason: result.message });
        const code = result.reason === 'client-id' ? RETURN_CODE.IDENTIFIER_REJECTED : RETURN_CODE.BAD_USERNAME_OR_PASSWORD;
        done(refusal(result.message, code), false);
      } catch (err) {
        logger.error('authentication failed', { code: 'OTA_E_INTERNAL', clientId: client.id, error: (err as Error).message });
        done(refusal('the server cannot check credentials now', RETURN_CODE.SERVER_UNAVAILABLE), false);
      }
    },

    authorizePublish(client: Client | null, packet: PublishPacket, callback) {
      // The server's own publishes (and wills of clients already gone) have no client.
      if (client === null) return callback(null);
      const session = sessions.get(client);
      if (session !== undefined && canPublish(session, packet.topic)) return callback(null);
      logger.warn('publish refused', { code: 'OTA_E_FORBIDDEN', clientId: client.id, topic: packet.topic });
      packet.topic = DROPPED_TOPIC;
      packet.retain = false;
      packet.payload = Buffer.alloc(0);
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
