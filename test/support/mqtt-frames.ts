/** Just enough MQTT framing for test tooling (the fault proxy's rewriter). */

/** Splits a byte stream into MQTT frames and lets a callback rewrite PUBLISH payloads. */
export class PublishRewriter {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly rewrite: (topic: string, payload: Buffer) => Buffer | undefined) {}

  push(data: Buffer): Buffer {
    this.buffer = Buffer.concat([this.buffer, data]);
    const out: Buffer[] = [];
    for (;;) {
      const frame = readFrame(this.buffer);
      if (!frame) break;
      const raw = this.buffer.subarray(0, frame.total);
      this.buffer = this.buffer.subarray(frame.total);
      out.push(frame.type === 3 ? this.rewritePublish(raw, frame.headerLength) : raw);
    }
    return Buffer.concat(out);
  }

  private rewritePublish(raw: Buffer, headerLength: number): Buffer {
    const first = raw[0] as number;
    const qos = (first >> 1) & 3;
    const body = raw.subarray(headerLength);
    const topicLength = body.readUInt16BE(0);
    const topic = body.subarray(2, 2 + topicLength).toString();
    const prefixLength = 2 + topicLength + (qos > 0 ? 2 : 0);
    const replaced = this.rewrite(topic, Buffer.from(body.subarray(prefixLength)));
    if (!replaced) return raw;
    const newBody = Buffer.concat([body.subarray(0, prefixLength), replaced]);
    return Buffer.concat([Buffer.from([first]), encodeLength(newBody.length), newBody]);
  }
}

export function readFrame(buffer: Buffer): { type: number; headerLength: number; total: number } | undefined {
  if (buffer.length < 2) return undefined;
  let length = 0;
  let multiplier = 1;
  let index = 1;
  for (;;) {
    if (index >= buffer.length) return undefined;
    const byte = buffer[index] as number;
    length += (byte & 0x7f) * multiplier;
    multiplier *= 128;
    index++;
    if ((byte & 0x80) === 0) break;
  }
  const total = index + length;
  if (buffer.length < total) return undefined;
  return { type: (buffer[0] as number) >> 4, headerLength: index, total };
}

export function encodeLength(length: number): Buffer {
  const bytes: number[] = [];
  do {
    let byte = length % 128;
    length = Math.floor(length / 128);
    if (length > 0) byte |= 0x80;
    bytes.push(byte);
  } while (length > 0);
  return Buffer.from(bytes);
}

const PACKET_NAMES = ['reserved', 'connect', 'connack', 'publish', 'puback', 'pubrec', 'pubrel', 'pubcomp', 'subscribe', 'suback', 'unsubscribe', 'unsuback', 'pingreq', 'pingresp', 'disconnect', 'auth'];

/**
 * Bytes of one direction of an MQTT stream by kind: `publish <last topic level>`
 * or the packet name, and `cut` for a frame the connection lost halfway.
 */
export class FrameTally {
  readonly bytes = new Map<string, number>();
  private buffer: Buffer = Buffer.alloc(0);

  /** `onPublish` sees every complete PUBLISH (topic and payload) that went through. */
  constructor(private readonly onPublish?: (topic: string, payload: Buffer) => void) {}

  push(data: Buffer): void {
    this.buffer = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data]);
    for (;;) {
      const frame = readFrame(this.buffer);
      if (!frame) break;
      let kind = PACKET_NAMES[frame.type] ?? 'unknown';
      if (frame.type === 3 && frame.total >= frame.headerLength + 2) {
        const topicLength = this.buffer.readUInt16BE(frame.headerLength);
        const topic = this.buffer.subarray(frame.headerLength + 2, frame.headerLength + 2 + topicLength).toString();
        kind = `publish ${topic.split('/').at(-1) ?? ''}`;
        if (this.onPublish) {
          const qos = ((this.buffer[0] as number) >> 1) & 3;
          const start = frame.headerLength + 2 + topicLength + (qos > 0 ? 2 : 0);
          this.onPublish(topic, Buffer.from(this.buffer.subarray(start, frame.total)));
        }
      }
      this.add(kind, frame.total);
      this.buffer = this.buffer.subarray(frame.total);
    }
  }

  /** The connection ended: what is left of a frame was wasted. */
  end(): void {
    if (this.buffer.length > 0) this.add('cut', this.buffer.length);
    this.buffer = Buffer.alloc(0);
  }

  private add(kind: string, n: number): void {
    this.bytes.set(kind, (this.bytes.get(kind) ?? 0) + n);
  }
}
