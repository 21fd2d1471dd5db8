import { createServer, connect, type Server, type Socket } from 'node:net';
import { once } from 'node:events';

/**
 * A TCP proxy between a device and the broker that can misbehave on purpose:
 * drop connections, blackhole traffic, add latency, cap bandwidth, and rewrite
 * MQTT PUBLISH payloads flowing to the device. Counts bytes both ways.
 * Test tooling only: it never parses more MQTT than it needs to.
 */
export interface FaultProxyOptions {
  targetHost: string;
  targetPort: number;
  /** Rewrites a server→device PUBLISH payload; return undefined to keep it. */
  rewriteDownstream?: (topic: string, payload: Buffer) => Buffer | undefined;
}

export class FaultProxy {
  bytesUp = 0;
  bytesDown = 0;
  private server: Server | undefined;
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private blackholed = false;
  private latencyMs = 0;
  private dropTimer: NodeJS.Timeout | undefined;
  port = 0;

  constructor(private readonly options: FaultProxyOptions) {}

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((client) => this.accept(client));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('proxy has no port');
    this.port = address.port;
    return this;
  }

  /** Stops forwarding without closing: the link stalls like a dead radio. */
  blackhole(on: boolean): void {
    this.blackholed = on;
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** Cuts every open connection now. */
  dropAll(): void {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  /** Cuts every open connection every `ms` milliseconds until stopped. */
  dropEvery(ms: number): void {
    this.stopDropping();
    this.dropTimer = setInterval(() => this.dropAll(), ms);
  }

  stopDropping(): void {
    if (this.dropTimer) clearInterval(this.dropTimer);
    this.dropTimer = undefined;
  }

  async close(): Promise<void> {
    this.stopDropping();
    this.dropAll();
    if (this.server) await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private accept(client: Socket): void {
    const upstream = connect(this.options.targetPort, this.options.targetHost);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    const downstream = this.options.rewriteDownstream ? new PublishRewriter(this.options.rewriteDownstream) : undefined;
    client.on('data', (data: Buffer) => {
      this.bytesUp += data.length;
      this.forward(upstream, data);
    });
    upstream.on('data', (data: Buffer) => {
      const out = downstream ? downstream.push(data) : data;
      this.bytesDown += out.length;
      this.forward(client, out);
    });
  }

  private forward(to: Socket, data: Buffer): void {
    if (this.blackholed || data.length === 0) return;
    if (this.latencyMs > 0) setTimeout(() => to.destroyed || to.write(data), this.latencyMs);
    else to.write(data);
  }
}

/** Splits a byte stream into MQTT frames and lets a callback rewrite PUBLISH payloads. */
class PublishRewriter {
  private buffer = Buffer.alloc(0);

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

function readFrame(buffer: Buffer): { type: number; headerLength: number; total: number } | undefined {
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

function encodeLength(length: number): Buffer {
  const bytes: number[] = [];
  do {
    let byte = length % 128;
    length = Math.floor(length / 128);
    if (length > 0) byte |= 0x80;
    bytes.push(byte);
  } while (length > 0);
  return Buffer.from(bytes);
}
