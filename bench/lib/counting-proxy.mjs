// A loopback TCP proxy that counts the bytes on the wire both ways, and can
// cut every connection on a timer and cap the bandwidth: "bytes on the wire"
// figures do not depend on what the product itself reports.
import { createServer, connect } from 'node:net';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';

export class CountingProxy {
  bytesUp = 0;
  bytesDown = 0;
  drops = 0;
  #server;
  #pairs = new Set();
  #dropTimer;
  #bytesPerSecond;
  #nextFree = 0;

  /** `bytesPerSecond` (optional) caps both directions together, like one shared radio link. */
  constructor(targetPort, { bytesPerSecond } = {}) {
    this.targetPort = targetPort;
    this.#bytesPerSecond = bytesPerSecond;
  }

  get port() {
    return this.#server.address().port;
  }

  get url() {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  get bytes() {
    return this.bytesUp + this.bytesDown;
  }

  async start() {
    this.#server = createServer((client) => this.#accept(client));
    this.#server.listen(0, '127.0.0.1');
    await once(this.#server, 'listening');
    return this;
  }

  resetCounts() {
    this.bytesUp = 0;
    this.bytesDown = 0;
    this.drops = 0;
  }

  /** Cuts every open connection every `ms` milliseconds until stopDropping(). */
  dropEvery(ms) {
    this.stopDropping();
    this.#dropTimer = setInterval(() => {
      if (this.#pairs.size > 0) this.drops++;
      for (const { client, upstream } of this.#pairs) {
        client.destroy();
        upstream.destroy();
      }
      this.#pairs.clear();
    }, ms);
  }

  stopDropping() {
    clearInterval(this.#dropTimer);
    this.#dropTimer = undefined;
  }

  async close() {
    this.stopDropping();
    for (const { client, upstream } of this.#pairs) {
      client.destroy();
      upstream.destroy();
    }
    await new Promise((r) => this.#server.close(r));
  }

  #accept(client) {
    const upstream = connect(this.targetPort, '127.0.0.1');
    const pair = { client, upstream };
    this.#pairs.add(pair);
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.#pairs.delete(pair);
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    this.#pipe(client, upstream, (n) => (this.bytesUp += n));
    this.#pipe(upstream, client, (n) => (this.bytesDown += n));
  }

  #pipe(from, to, count) {
    from.on('data', (data) => {
      if (to.destroyed) return;
      count(data.length);
      // Respect the receiver's back-pressure so a capped or slow side is not hidden by buffering here.
      if (!to.write(data)) {
        from.pause();
        to.once('drain', () => from.resume());
      }
      this.#throttle(from, data.length);
    });
  }

  /** Token bucket over both directions: pause the sender until its bytes "have left" the link. */
  #throttle(from, n) {
    if (!this.#bytesPerSecond) return;
    const now = performance.now();
    this.#nextFree = Math.max(this.#nextFree, now) + (n / this.#bytesPerSecond) * 1000;
    const wait = this.#nextFree - now;
    if (wait > 5) {
      from.pause();
      setTimeout(() => from.destroyed || from.resume(), wait);
    }
  }
}
