import { connect, type Socket } from 'node:net';
import { encodeLength, readFrame } from './mqtt-frames.js';

/**
 * A hand-made MQTT 3.1.1 client on a raw TCP socket, for attacks a well
 * behaved library will not make: it can stop reading its socket, announce a
 * packet it never finishes, or leave a will on any topic.
 */
function utf8(value: string | Buffer): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const length = Buffer.alloc(2);
  length.writeUInt16BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function frame(firstByte: number, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from([firstByte]), encodeLength(body.length), body]);
}

export interface Will {
  topic: string;
  payload: Buffer;
  qos: 0 | 1;
  retain: boolean;
}

export interface ConnectFields {
  clientId: string;
  username?: string;
  password?: string;
  clean?: boolean;
  keepaliveS?: number;
  will?: Will;
}

export function connectPacket(fields: ConnectFields): Buffer {
  const { will } = fields;
  let flags = fields.clean === false ? 0 : 0x02;
  if (will) flags |= 0x04 | (will.qos << 3) | (will.retain ? 0x20 : 0);
  if (fields.password !== undefined) flags |= 0x40;
  if (fields.username !== undefined) flags |= 0x80;
  const keepalive = Buffer.alloc(2);
  keepalive.writeUInt16BE(fields.keepaliveS ?? 60);
  const parts = [utf8('MQTT'), Buffer.from([4, flags]), keepalive, utf8(fields.clientId)];
  if (will) parts.push(utf8(will.topic), utf8(will.payload));
  if (fields.username !== undefined) parts.push(utf8(fields.username));
  if (fields.password !== undefined) parts.push(utf8(fields.password));
  return frame(0x10, Buffer.concat(parts));
}

export function subscribePacket(messageId: number, subscriptions: { topic: string; qos: 0 | 1 }[]): Buffer {
  const id = Buffer.alloc(2);
  id.writeUInt16BE(messageId);
  return frame(0x82, Buffer.concat([id, ...subscriptions.map((s) => Buffer.concat([utf8(s.topic), Buffer.from([s.qos])]))]));
}

/** A QoS 0 PUBLISH (QoS 0 needs no message id and is never acknowledged). */
export function publishPacket(topic: string, payload: Buffer, retain = false): Buffer {
  return frame(0x30 | (retain ? 1 : 0), Buffer.concat([utf8(topic), payload]));
}

/** The fixed header of a packet announcing `remainingLength` bytes of body. */
export function packetHeader(firstByte: number, remainingLength: number): Buffer {
  return Buffer.concat([Buffer.from([firstByte]), encodeLength(remainingLength)]);
}

export class RawMqttClient {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly frames: { type: number; body: Buffer }[] = [];
  private waiter: (() => void) | undefined;
  readonly closed: Promise<void>;

  private constructor(readonly socket: Socket) {
    socket.on('data', (data: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      for (let f = readFrame(this.buffer); f !== undefined; f = readFrame(this.buffer)) {
        this.frames.push({ type: f.type, body: this.buffer.subarray(f.headerLength, f.total) });
        this.buffer = this.buffer.subarray(f.total);
      }
      this.waiter?.();
    });
    socket.on('error', () => undefined);
    // Not events.once: it rejects when 'error' (a reset) comes before 'close'.
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  static async open(port: number, host = '127.0.0.1'): Promise<RawMqttClient> {
    const socket = connect(port, host);
    // Listening for errors from the start: a server that refuses at once resets the socket right after connecting.
    const client = new RawMqttClient(socket);
    // Resolves when closed first, too: the caller sees that in `closed`.
    await new Promise<void>((resolve) => {
      socket.once('connect', () => resolve());
      socket.once('close', () => resolve());
    });
    return client;
  }

  /** Connects and resolves with the CONNACK return code. */
  static async connect(port: number, fields: ConnectFields): Promise<{ client: RawMqttClient; returnCode: number }> {
    const client = await RawMqttClient.open(port);
    client.send(connectPacket(fields));
    const connack = await client.next(2);
    return { client, returnCode: connack.body[1] ?? -1 };
  }

  send(bytes: Buffer): boolean {
    return this.socket.write(bytes);
  }

  /** Subscribes and waits for the SUBACK. */
  async subscribe(subscriptions: { topic: string; qos: 0 | 1 }[]): Promise<number[]> {
    this.send(subscribePacket(1, subscriptions));
    const suback = await this.next(9);
    return [...suback.body.subarray(2)];
  }

  /** Stops reading: what the server sends piles up in its socket buffers. */
  stopReading(): void {
    this.socket.pause();
  }

  /** The next frame of `type`, waiting up to `ms`. */
  async next(type: number, ms = 5_000): Promise<{ type: number; body: Buffer }> {
    const deadline = Date.now() + ms;
    for (;;) {
      const at = this.frames.findIndex((f) => f.type === type);
      if (at >= 0) return this.frames.splice(at, 1)[0] as { type: number; body: Buffer };
      const left = deadline - Date.now();
      if (left <= 0 || this.socket.destroyed) throw new Error(`no packet of type ${type} within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  destroy(): void {
    this.socket.destroy();
  }
}
