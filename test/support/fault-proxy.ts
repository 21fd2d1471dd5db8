import { createServer, connect, type Server, type Socket } from 'node:net';
import { once } from 'node:events';
import { FrameTally, PublishRewriter } from './mqtt-frames.js';

/**
 * A TCP proxy between a device and the broker that can misbehave on purpose:
 * drop connections, blackhole traffic, add latency, cap bandwidth, and rewrite
 * MQTT PUBLISH payloads flowing to the device. Counts the bytes it actually
 * put on the "wire" (written to the far side) in each direction.
 * Test tooling only: it never parses more MQTT than it needs to.
 *
 * A blackhole stalls the link like a dead radio: nothing is delivered and the
 * sockets stay open; what was sent is held (TCP would retransmit it), so when
 * the blackhole lifts before either side gives up, the stream resumes intact.
 */
export interface FaultProxyOptions {
  targetHost: string;
  targetPort: number;
  /** Rewrites a server→device PUBLISH payload; return undefined to keep it. */
  rewriteDownstream?: (topic: string, payload: Buffer) => Buffer | undefined;
  /** Bytes per second in each direction; 0 or undefined: unlimited. */
  bandwidth?: number;
  latencyMs?: number;
  /** Keep per-kind byte counts of the MQTT frames sent to the device (see `downstreamKinds`). */
  tally?: boolean;
  /** With `tally`: every complete PUBLISH that reached a device. */
  onPublishDown?: (topic: string, payload: Buffer) => void;
}

/** Held bytes beyond which the source socket is paused (backpressure, as a slow link exerts). */
const HIGH_WATER = 64 * 1024;
const PUMP_MS = 5;

interface Pair {
  client: Socket;
  upstream: Socket;
  up: Pipe;
  down: Pipe;
  /** Stalled for good (see stallExisting): only a drop ends it. */
  stalled: { up: boolean; down: boolean };
}

/** One direction of a connection: a queue drained at the link's pace. */
class Pipe {
  private readonly queue: { at: number; data: Buffer }[] = [];
  private held = 0;
  private paused = false;
  /** Bytes this pipe may still send now (token bucket). */
  private allowance = 0;

  constructor(
    private readonly from: Socket,
    private readonly to: Socket,
    private readonly count: (n: number) => void,
    /** True while this direction is a plain wire: no latency, no cap, no stall. */
    private readonly unimpeded: () => boolean,
    readonly tally?: FrameTally,
  ) {}

  push(data: Buffer): void {
    if (data.length === 0) return;
    if (this.queue.length === 0 && this.unimpeded()) {
      this.send(data);
      return;
    }
    this.queue.push({ at: Date.now(), data });
    this.held += data.length;
    if (this.held > HIGH_WATER && !this.paused) {
      this.paused = true;
      this.from.pause();
    }
  }

  get pending(): number {
    return this.held;
  }

  /** Sends what latency and bandwidth allow; `budget` is the bytes per second (0: unlimited). */
  pump(now: number, latencyMs: number, bytesPerSecond: number, elapsedMs: number): void {
    if (bytesPerSecond > 0) this.allowance = Math.min(this.allowance + (bytesPerSecond * elapsedMs) / 1000, Math.max(4096, bytesPerSecond / 20));
    while (this.queue.length > 0 && !this.to.destroyed) {
      const head = this.queue[0] as { at: number; data: Buffer };
      if (now - head.at < latencyMs) break;
      let n = head.data.length;
      if (bytesPerSecond > 0) {
        n = Math.min(n, Math.floor(this.allowance));
        if (n <= 0) break;
        this.allowance -= n;
      }
      const slice = head.data.subarray(0, n);
      if (n === head.data.length) this.queue.shift();
      else head.data = head.data.subarray(n);
      this.held -= n;
      this.send(slice);
    }
    if (this.paused && this.held < HIGH_WATER / 2) {
      this.paused = false;
      this.from.resume();
    }
  }

  private send(data: Buffer): void {
    if (this.to.destroyed) return;
    this.count(data.length);
    this.tally?.push(data);
    this.to.write(data);
  }
}

export class FaultProxy {
  bytesUp = 0;
  bytesDown = 0;
  /** Connections accepted so far. */
  connections = 0;
  port = 0;
  private server: Server | undefined;
  private readonly pairs = new Set<Pair>();
  private readonly tallies: FrameTally[] = [];
  private blackholed = false;
  private refusing = false;
  private latencyMs: number;
  private bandwidth: number;
  private dropTimer: NodeJS.Timeout | undefined;
  private pumpTimer: NodeJS.Timeout | undefined;
  private lastPumpMs = Date.now();
  private targetPort: number;

  constructor(private readonly options: FaultProxyOptions) {
    this.latencyMs = options.latencyMs ?? 0;
    this.bandwidth = options.bandwidth ?? 0;
    this.targetPort = options.targetPort;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  get bytesTotal(): number {
    return this.bytesUp + this.bytesDown;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((client) => this.accept(client));
    this.server.listen(port, '127.0.0.1');
    await once(this.server, 'listening');
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('proxy has no port');
    this.port = address.port;
    this.pumpTimer = setInterval(() => this.pumpAll(), PUMP_MS);
    return this;
  }

  /** Where new connections go (a server restarted on another port). */
  setTarget(port: number): void {
    this.targetPort = port;
  }

  /** Stalls every connection, new ones included, until turned off. */
  blackhole(on: boolean): void {
    this.blackholed = on;
  }

  /**
   * Stalls the connections open now for good, without closing them; new
   * connections work. `down` only: the broker still hears the device (its
   * pings keep the broker's side alive), the device hears nothing.
   */
  stallExisting(direction: 'down' | 'both' = 'both'): void {
    for (const pair of this.pairs) pair.stalled = { up: direction === 'both', down: true };
  }

  /** While on, new connections are closed at once (the link is down) and open ones are cut. */
  refuse(on: boolean): void {
    this.refusing = on;
    if (on) this.dropAll();
  }

  setLatency(ms: number): void {
    this.latencyMs = ms;
  }

  /** Bytes per second in each direction; 0: unlimited. */
  setBandwidth(bytesPerSecond: number): void {
    this.bandwidth = bytesPerSecond;
  }

  resetCounters(): void {
    this.bytesUp = 0;
    this.bytesDown = 0;
    this.connections = 0;
    this.tallies.length = 0;
  }

  /** Bytes sent to devices by frame kind (with `tally`): where the bytes on the wire went. */
  get downstreamKinds(): Record<string, number> {
    const total = new Map<string, number>();
    for (const tally of this.tallies) for (const [kind, n] of tally.bytes) total.set(kind, (total.get(kind) ?? 0) + n);
    return Object.fromEntries([...total].sort((a, b) => b[1] - a[1]));
  }

  /** Cuts every open connection now; whatever was held in it is lost. */
  dropAll(): void {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream.destroy();
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
    if (this.pumpTimer) clearInterval(this.pumpTimer);
    this.dropAll();
    if (this.server) await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (this.refusing) {
      client.destroy();
      return;
    }
    this.connections++;
    const upstream = connect(this.targetPort, this.options.targetHost);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const pair: Pair = {
      client,
      upstream,
      up: new Pipe(client, upstream, (n) => (this.bytesUp += n), () => this.unimpeded(pair, 'up')),
      down: new Pipe(upstream, client, (n) => (this.bytesDown += n), () => this.unimpeded(pair, 'down'), this.options.tally ? new FrameTally(this.options.onPublishDown) : undefined),
      stalled: { up: false, down: false },
    };
    this.pairs.add(pair);
    if (pair.down.tally) this.tallies.push(pair.down.tally);
    const end = () => {
      pair.down.tally?.end();
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    const rewriter = this.options.rewriteDownstream ? new PublishRewriter(this.options.rewriteDownstream) : undefined;
    client.on('data', (data: Buffer) => pair.up.push(data));
    upstream.on('data', (data: Buffer) => pair.down.push(rewriter ? rewriter.push(data) : data));
  }

  private unimpeded(pair: Pair, direction: 'up' | 'down'): boolean {
    return !this.blackholed && this.latencyMs === 0 && this.bandwidth === 0 && !pair.stalled[direction];
  }

  private pumpAll(): void {
    const now = Date.now();
    const elapsed = now - this.lastPumpMs;
    this.lastPumpMs = now;
    if (this.blackholed) return;
    for (const pair of this.pairs) {
      if (!pair.stalled.up) pair.up.pump(now, this.latencyMs, this.bandwidth, elapsed);
      if (!pair.stalled.down) pair.down.pump(now, this.latencyMs, this.bandwidth, elapsed);
    }
  }
}
