import type { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import { TOPIC_ROOT } from '@otacast/shared';
import { publishHead, type DirectPublish } from './direct-publish.js';

/**
 * Keeps the broker's delivery independent of any one socket (docs/security.md,
 * "Hostile clients", hole 1).
 *
 * Aedes delivers a message to a subscriber by writing it to its socket and,
 * when the write reports a full buffer, holds the delivery open until the
 * socket drains. Every delivery in flight holds one of mqemitter's slots
 * (`concurrency`), so a client that stops reading while the server keeps
 * publishing to it fills all of them and every other client's messages wait
 * for its drain timeout. This guard replaces that wait, per client:
 * - a delivery completes as soon as the bytes were handed to the socket;
 * - the bytes waiting in the socket are bounded: a message that would take
 *   them past `maxQueuedBytes` is dropped if QoS 0 (the protocol re-requests
 *   lost chunks) and disconnects the client if QoS 1 (a persistent session
 *   keeps it queued); one message alone on an empty socket always goes;
 * - a socket that has not drained for `stallTimeoutMs` is disconnected.
 * Pacing of bulk replies is the publisher's job (see `whenDrained`): the chunk
 * server waits for one device's socket, never the broker for everyone.
 */
export interface OutboundLimits {
  maxQueuedBytes: number;
  /** 0 turns the stall timeout off. */
  stallTimeoutMs: number;
}

export type OutboundCut = { reason: 'queue-full' | 'stalled'; queuedBytes: number };

/** The parts of an Aedes client this guard replaces (not in Aedes' typings). */
interface AedesDelivery {
  conn: Socket;
  deliver0(packet: DeliveredPacket, cb: () => void): void;
  deliverQoS(packet: DeliveredPacket, cb: () => void): void;
  waitForDrain(callback: (err: Error | null, client: unknown) => void): void;
}

interface DeliveredPacket {
  topic: string;
  payload: Buffer | string;
  qos: number;
}

const CAST_TOPICS = `${TOPIC_ROOT}/cast/`;

/** Message text of the error a cut connection is destroyed with (broker.ts treats it as a disconnect). */
export const SLOW_CLIENT_ERROR = 'slow client';

/** What a packet adds to the socket's buffer: payload, topic and at most 9 bytes of header and id. */
function packetBytes(packet: DeliveredPacket): number {
  return Buffer.byteLength(packet.payload) + Buffer.byteLength(packet.topic) + 9;
}

export interface OutboundEvents {
  onDropped(topic: string, queuedBytes: number): void;
  onCut(cut: OutboundCut): void;
}

/** Installs the guard on a client just created by `aedes.handle` (before it subscribes to anything); returns its direct-write path. */
export function guardOutbound(client: unknown, limits: OutboundLimits, events: OutboundEvents): DirectPublish {
  const delivery = client as AedesDelivery;
  const conn = delivery.conn;
  let stallTimer: NodeJS.Timeout | undefined;
  const stopTimer = (): void => {
    clearTimeout(stallTimer);
    stallTimer = undefined;
  };
  const cut = (reason: OutboundCut['reason']): void => {
    stopTimer();
    if (conn.destroyed) return;
    events.onCut({ reason, queuedBytes: conn.writableLength });
    conn.destroy(new Error(`${SLOW_CLIENT_ERROR}: ${reason === 'stalled' ? 'socket did not drain in time' : 'outbound queue over its limit'}`));
  };
  conn.once('close', stopTimer);

  // One message larger than the bound still goes to a socket with nothing waiting (a big API answer).
  const wouldOverflow = (packet: DeliveredPacket): boolean => conn.writableLength > 0 && conn.writableLength + packetBytes(packet) > limits.maxQueuedBytes;
  // Broadcast frames fill at most half the bound, so a slow listener's acks and commands (QoS 1) still fit instead of cutting it.
  const castOverflows = (packet: DeliveredPacket): boolean => packet.topic.startsWith(CAST_TOPICS) && conn.writableLength + packetBytes(packet) > limits.maxQueuedBytes / 2;
  const deliver0 = delivery.deliver0;
  delivery.deliver0 = (packet, cb) => {
    if (wouldOverflow(packet) || castOverflows(packet)) {
      events.onDropped(packet.topic, conn.writableLength);
      setImmediate(cb);
      return;
    }
    deliver0(packet, cb);
  };
  const deliverQoS = delivery.deliverQoS;
  delivery.deliverQoS = (packet, cb) => {
    // QoS 0 goes through deliver0 above; a QoS 1 message is not dropped silently.
    if (packet.qos > 0 && wouldOverflow(packet)) {
      cut('queue-full');
      setImmediate(cb);
      return;
    }
    deliverQoS(packet, cb);
  };
  // The bound was checked before a write that found the socket's buffer
  // full; from here on only the clock can cut.
  const startStallTimer = (): void => {
    if (stallTimer === undefined && limits.stallTimeoutMs > 0 && !conn.destroyed) {
      stallTimer = setTimeout(() => cut('stalled'), limits.stallTimeoutMs);
      stallTimer.unref();
      conn.once('drain', stopTimer);
    }
  };
  // Aedes calls this when a write found the socket's buffer full.
  delivery.waitForDrain = (callback) => {
    startStallTimer();
    setImmediate(callback, null, client);
  };
  return (topic, payload) => {
    if (conn.destroyed || !conn.writable) return false;
    const packet = { topic, payload, qos: 0 };
    if (wouldOverflow(packet)) {
      events.onDropped(topic, conn.writableLength);
      return false;
    }
    // One writev of head and payload; a write is never split by another (all are synchronous on this thread).
    conn.cork();
    conn.write(publishHead(topic, payload.byteLength));
    conn.write(payload);
    conn.uncork();
    if (conn.writableNeedDrain) startStallTimer();
    return true;
  };
}

const drains = new WeakMap<Writable, Promise<void>>();

/**
 * Resolves once `conn` has drained what it holds beyond its high-water mark,
 * or closed. Waiters on one socket share one pair of listeners, however many
 * messages wait for it.
 */
export function whenDrained(conn: Writable): Promise<void> {
  if (!conn.writableNeedDrain || conn.destroyed) return Promise.resolve();
  let drained = drains.get(conn);
  if (drained === undefined) {
    drained = new Promise((resolve) => {
      const done = (): void => {
        conn.off('drain', done);
        conn.off('close', done);
        drains.delete(conn);
        resolve();
      };
      conn.on('drain', done);
      conn.on('close', done);
    });
    drains.set(conn, drained);
  }
  return drained;
}
