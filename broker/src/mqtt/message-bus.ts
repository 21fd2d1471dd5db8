import type { Session } from '../auth/auth.js';

/**
 * The seam between the MQTT broker and the handlers: handlers receive
 * authenticated messages and publish replies without knowing Aedes (only
 * broker*.ts files import it).
 */
export interface PublishOptions {
  qos: 0 | 1;
  retain?: boolean;
  /**
   * Retained only: resolve once the broker has stored the message (every
   * later subscriber gets it), not once it reached every current subscriber
   * and persistent session; that delivery goes on without the caller.
   */
  until?: 'delivered' | 'stored';
}

export interface MessageBus {
  /** Resolves once the message has been handed to every matching subscriber (or, with `until: 'stored'`, once it is stored). */
  publish(topic: string, payload: Buffer, options: PublishOptions): Promise<void>;
}

/** A message a client published and the ACL let through. */
export interface InboundMessage {
  topic: string;
  payload: Buffer;
  session: Session;
}

export type InboundHandler = (message: InboundMessage) => void;

/**
 * What the server needs from "the broker", whichever it is: the embedded
 * Aedes (broker.ts) or external brokers reached over shared subscriptions
 * (external-brokers.ts). Inbound messages arrive through the `onMessage`
 * handler each implementation is created with; a retained publish reaches
 * every attached broker. broker/test/suites/broker-attachment-suite.ts is the
 * contract both pass.
 */
export interface BrokerAttachment extends MessageBus {
  /** Embedded: the client has a live connection. External: the device was heard from recently (docs/scale-out.md, "Presence"). */
  isConnected(clientId: string): boolean;
  /** Embedded: closes the connection at once. External: forgets its presence (the broker's own credentials revoke it). */
  disconnect(clientId: string): void;
  /** The sessions counted as connected now (read when /metrics is scraped). */
  sessions(): Session[];
  close(): Promise<void>;
}
