import type { Session } from '../auth/auth.js';

/**
 * The seam between the MQTT broker and the handlers: handlers receive
 * authenticated messages and publish replies without knowing Aedes (only
 * broker*.ts files import it).
 */
export interface PublishOptions {
  qos: 0 | 1;
  retain?: boolean;
}

export interface MessageBus {
  /** Resolves once the message has been handed to every matching subscriber. */
  publish(topic: string, payload: Buffer, options: PublishOptions): Promise<void>;
}

/** A message a client published and the ACL let through. */
export interface InboundMessage {
  topic: string;
  payload: Buffer;
  session: Session;
}

export type InboundHandler = (message: InboundMessage) => void;
