import type { Socket } from 'node:net';

/**
 * Refuses an MQTT packet whose fixed header announces more than the limit,
 * before its body is buffered. The MQTT parser buffers a whole packet before
 * it emits it, so the limit has to be applied in front of it: a small tracker
 * follows the frame boundaries of the byte stream (fixed header byte, varint
 * remaining length, then skips the body) and sees every header as it arrives.
 */
export type FrameVerdict =
  | { ok: true }
  | { ok: false; reason: 'too-large' | 'connect-too-large'; announcedBytes: number }
  | { ok: false; reason: 'malformed' }
  | { ok: false; reason: 'not-connect' };

/** MQTT 3.1.1 §3.1: the first packet a client sends is CONNECT (type 1, flags 0). */
const CONNECT_HEADER = 0x10;

const OK: FrameVerdict = { ok: true };

/** Follows MQTT frame boundaries across arbitrarily split reads. */
export class MqttFrameTracker {
  private state: 'header' | 'length' | 'body' = 'header';
  private remainingLength = 0;
  private lengthBytes = 0;
  private bodyLeft = 0;
  private failed: FrameVerdict | undefined;
  private frames = 0;

  /**
   * With `maxConnectBytes`, the first frame must be a CONNECT of at most that
   * size: before a client is authenticated it gets a few KiB of the server's
   * memory, not a whole packet's worth (docs/security.md, "Hostile clients").
   */
  constructor(
    private readonly maxPacketBytes: number,
    private readonly maxConnectBytes?: number,
  ) {}

  /** Feeds the next bytes of the stream; the first violation is returned and sticks. */
  feed(bytes: Uint8Array): FrameVerdict {
    if (this.failed) return this.failed;
    let i = 0;
    while (i < bytes.length) {
      switch (this.state) {
        case 'header':
          if (this.frames === 0 && this.maxConnectBytes !== undefined && bytes[i] !== CONNECT_HEADER) return (this.failed = { ok: false, reason: 'not-connect' });
          i++;
          this.state = 'length';
          this.remainingLength = 0;
          this.lengthBytes = 0;
          break;
        case 'length': {
          const byte = bytes[i++] as number;
          this.remainingLength += (byte & 0x7f) * 128 ** this.lengthBytes;
          this.lengthBytes++;
          if (byte & 0x80) {
            // The remaining length is at most 4 bytes (MQTT 3.1.1 §2.2.3).
            if (this.lengthBytes === 4) return (this.failed = { ok: false, reason: 'malformed' });
            break;
          }
          const announcedBytes = 1 + this.lengthBytes + this.remainingLength;
          const isConnect = this.frames++ === 0 && this.maxConnectBytes !== undefined;
          if (isConnect && announcedBytes > (this.maxConnectBytes ?? 0)) return (this.failed = { ok: false, reason: 'connect-too-large', announcedBytes });
          if (announcedBytes > this.maxPacketBytes) return (this.failed = { ok: false, reason: 'too-large', announcedBytes });
          this.bodyLeft = this.remainingLength;
          this.state = this.bodyLeft === 0 ? 'header' : 'body';
          break;
        }
        case 'body': {
          const skip = Math.min(this.bodyLeft, bytes.length - i);
          i += skip;
          this.bodyLeft -= skip;
          if (this.bodyLeft === 0) this.state = 'header';
          break;
        }
      }
    }
    return OK;
  }
}

export interface PacketSizeGuardOptions {
  maxPacketBytes: number;
  /** Limit of the first packet, which must then be a CONNECT. */
  maxConnectBytes?: number;
  /** Called once, just before the socket is destroyed. */
  onRefused(verdict: Exclude<FrameVerdict, { ok: true }>): void;
}

/**
 * Wraps this socket's `read` (the only way Aedes pulls bytes: on 'readable'
 * it calls `conn.read(null)`) so every byte passes the tracker first. A
 * violating read is never handed to the parser; the socket is destroyed.
 */
export function guardPacketSize(socket: Socket, options: PacketSizeGuardOptions): void {
  const tracker = new MqttFrameTracker(options.maxPacketBytes, options.maxConnectBytes);
  const read = socket.read.bind(socket);
  let refused = false;
  const guardedRead = (size?: number): unknown => {
    if (refused) return null;
    const chunk: unknown = read(size);
    if (chunk === null || chunk === undefined) return chunk;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    const verdict = tracker.feed(bytes);
    if (verdict.ok) return chunk;
    refused = true;
    options.onRefused(verdict);
    socket.destroy();
    return null;
  };
  socket.read = guardedRead as Socket['read'];
}
