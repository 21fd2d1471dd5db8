import { createConnection, type Socket } from 'node:net';

/** The one buffer every socket read lands in (the size Node reads with anyway). */
const READ_BUFFER_BYTES = 64 * 1024;
/** Packets up to this size are handed over whole; a larger one (not a chunk reply) goes through in pieces, as read. */
const WHOLE_PACKET_MAX_BYTES = 1024 * 1024;

/**
 * A TCP connection whose 'data' events are whole MQTT packets. By default
 * every socket read allocates a new buffer, and a chunk reply (64 KiB and a
 * header) almost always spans two reads, so mqtt.js's parser (bl) copies it
 * into a third: about two dead 64 KiB buffers per chunk, freed only at the
 * next scavenge, which is most of the agent's peak RSS during a download
 * (bench/README.md, "Agent memory"). Here reads land in one reused buffer
 * (Node's `onread`) and each packet is copied once into a buffer of its own
 * size, which the parser then slices without copying. The bytes pushed are
 * exactly the bytes read, in order; only where they are cut changes.
 */
export function connectFramed(host: string, port: number): Socket {
  const framer = new PacketFramer();
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
  const socket: Socket = createConnection({
    host,
    port,
    onread: {
      buffer,
      // false pauses reading until the reader asks for more (Readable's _read restarts it).
      callback: (nread) => framer.feed(buffer.subarray(0, nread), (piece) => socket.push(piece)),
    },
  });
  return socket;
}

/** Cuts a byte stream at MQTT packet boundaries (fixed header: a type byte and a 1–4 byte remaining length). */
export class PacketFramer {
  private readonly header = Buffer.alloc(5);
  private headerLength = 0;
  private packet: Buffer | undefined;
  private filled = 0;
  /** Bytes of an oversized packet still to pass through as read; Infinity once the stream is not MQTT (the parser reports it). */
  private passThrough = 0;

  /** Hands `bytes` (valid only during this call) to `push` in packets; returns false when `push` asked to pause. */
  feed(bytes: Buffer, push: (piece: Buffer) => boolean): boolean {
    let more = true;
    for (let at = 0; at < bytes.length; ) {
      if (this.packet) {
        const n = bytes.copy(this.packet, this.filled, at);
        at += n;
        this.filled += n;
        if (this.filled === this.packet.length) more = this.release(push) && more;
      } else if (this.passThrough > 0) {
        const n = Math.min(bytes.length - at, this.passThrough);
        more = push(Buffer.from(bytes.subarray(at, at + n))) && more;
        at += n;
        this.passThrough -= n;
      } else {
        more = this.headerByte(bytes[at++] as number, push) && more;
      }
    }
    return more;
  }

  private headerByte(byte: number, push: (piece: Buffer) => boolean): boolean {
    this.header[this.headerLength++] = byte;
    if (this.headerLength < 2 || (byte & 0x80) !== 0) {
      if (this.headerLength < this.header.length) return true;
      // A fifth length byte: not MQTT. From here on bytes go through as read, for the parser to refuse.
      this.passThrough = Infinity;
      return this.flushHeader(push);
    }
    let remaining = 0;
    for (let i = this.headerLength - 1; i >= 1; i--) remaining = remaining * 128 + ((this.header[i] as number) & 0x7f);
    const total = this.headerLength + remaining;
    if (total > WHOLE_PACKET_MAX_BYTES) {
      this.passThrough = remaining;
      return this.flushHeader(push);
    }
    this.packet = Buffer.allocUnsafe(total);
    this.filled = this.header.copy(this.packet, 0, 0, this.headerLength);
    this.headerLength = 0;
    return this.filled === total ? this.release(push) : true;
  }

  private flushHeader(push: (piece: Buffer) => boolean): boolean {
    const piece = Buffer.from(this.header.subarray(0, this.headerLength));
    this.headerLength = 0;
    return push(piece);
  }

  private release(push: (piece: Buffer) => boolean): boolean {
    const packet = this.packet as Buffer;
    this.packet = undefined;
    this.filled = 0;
    return push(packet);
  }
}
