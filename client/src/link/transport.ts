import { EventEmitter } from 'node:events';
import type { TLSSocket } from 'node:tls';
import { OtaError, refusedCertificateReason, tlsConnectError, topics, type Logger, type TlsFiles } from '@otacast/shared';
import { Backoff, type BackoffOptions } from './backoff.js';
import { describeConnectFailure } from './connect-failure.js';
import { openMqttClient, type MqttClient } from './mqtt-connect.js';

export interface TransportOptions {
  url: string;
  deviceId: string;
  token: string;
  product: string;
  channel: string;
  keepaliveS?: number;
  connectTimeoutMs?: number;
  /** For mqtts:// URLs: the CA to trust instead of the system store, and the device's certificate (mTLS). */
  tls?: TlsFiles;
  backoff?: BackoffOptions;
  logger?: Logger;
  /** Subscribe to the product's trust topic (a device pinning a root key). */
  trust?: boolean;
}

export interface TransportEvents {
  /** Connected and subscribed: requests may flow. */
  connect: [];
  disconnect: [reason: string];
  /** A SignedManifest on the channel topic; `retained` when it is the broker's stored one. */
  manifest: [payload: Buffer, retained: boolean];
  /** An Assignment on the device's own `assign` topic (empty: the assignment was removed). */
  assignment: [payload: Buffer];
  /** A SignedKeyring on the product's trust topic (only with `trust`). */
  keyring: [payload: Buffer];
  chunk: [payload: Buffer];
  command: [payload: Buffer];
  /**
   * CONNACK 4/5: the server refused the credentials; or OTA_E_TLS: a TLS
   * handshake failed for a reason a retry does not fix (an untrusted or
   * expired certificate, either side's). We keep retrying; callers decide
   * whether that is fatal.
   */
  authFailed: [error: OtaError];
}

/**
 * The device's MQTT connection. On the device only link/ uses mqtt.js: this
 * class drives the client that mqtt-connect.ts opens (the broker's publisher
 * SDK has its own). A persistent session (clean: false) keeps QoS 1
 * commands for us while we are offline. Reconnecting is ours, not mqtt.js's:
 * a fresh client per attempt, exponential backoff with jitter, and a
 * resubscribe on every connect (which also brings the retained manifest
 * again).
 */
export class MqttTransport extends EventEmitter<TransportEvents> {
  private client: MqttClient | undefined;
  private ready = false;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private readonly backoff: Backoff;
  /** Counts connect() calls, so a slow one overtaken by stop() and start() gives up its client. */
  private attempts = 0;
  private readonly topics: { release: string; chunk: string; command: string; assign: string; request: string; status: string; trust: string };

  constructor(private readonly options: TransportOptions) {
    super();
    this.backoff = new Backoff(options.backoff);
    const id = options.deviceId;
    this.topics = {
      release: topics.release(options.product, options.channel),
      chunk: topics.deviceChunk(id),
      command: topics.deviceCommand(id),
      assign: topics.deviceAssign(id),
      request: topics.deviceRequest(id),
      status: topics.deviceStatus(id),
      trust: topics.trust(options.product),
    };
  }

  get connected(): boolean {
    return this.ready;
  }

  /** Set while the server refuses one of our subscriptions (OTA_E_FORBIDDEN). */
  refusal: OtaError | undefined;
  /** Why the last connection attempt failed (describeConnectFailure), until one succeeds. */
  lastFailure: string | undefined;

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    this.ready = false;
    if (!client) return;
    // A graceful DISCONNECT, unless the link is dead: then do not wait for it.
    await Promise.race([client.endAsync(false).catch(() => undefined), new Promise((r) => setTimeout(r, 2_000).unref())]);
    client.end(true);
  }

  /** QoS 0, fire and forget; false when offline. */
  publishRequest(payload: Buffer): boolean {
    if (!this.ready || !this.client) return false;
    this.client.publish(this.topics.request, payload, { qos: 0 });
    return true;
  }

  /** QoS 1; false when offline. Delivery is confirmed by the server's ack command, not here. */
  publishStatus(payload: Buffer): boolean {
    if (!this.ready || !this.client) return false;
    this.client.publish(this.topics.status, payload, { qos: 1 }, (err) => {
      if (err) this.options.logger?.debug('status publish did not complete', { reason: err.message });
    });
    return true;
  }

  private async connect(): Promise<void> {
    const { url, deviceId, token, logger } = this.options;
    const attempt = ++this.attempts;
    const client = await openMqttClient(url, {
      clientId: deviceId,
      username: deviceId,
      password: token,
      clean: false,
      protocolVersion: 4,
      keepalive: this.options.keepaliveS ?? 15,
      connectTimeout: this.options.connectTimeoutMs ?? 10_000,
      reconnectPeriod: 0,
      resubscribe: false,
      // mqtt-packet's default is a table of 65536 two-byte Buffers for message ids: ~7 MiB of heap.
      writeCache: false,
    }, this.options.tls);
    if (this.stopped || attempt !== this.attempts) {
      client.end(true);
      return;
    }
    this.client = client;
    let connacked = false;
    let tlsFailure: OtaError | undefined;
    const tlsFailed = (error: OtaError): void => {
      // A failed handshake may be reported twice (socket and client): once is enough.
      if (tlsFailure !== undefined) return;
      tlsFailure = error;
      this.emit('authFailed', error);
    };
    client.on('connect', () => {
      connacked = true;
      void this.onConnected(client);
    });
    client.on('message', (topic, payload, packet) => this.route(topic, payload, packet.retain));
    client.on('error', (err) => {
      const code = (err as { code?: unknown }).code;
      const tlsError = tlsConnectError(err, url);
      if (code === 4 || code === 5) {
        this.emit('authFailed', new OtaError('OTA_E_AUTH', `server refused the credentials of ${deviceId}: ${err.message}`));
      } else if (tlsError !== undefined) {
        tlsFailed(tlsError);
      } else if (/keepalive timeout/i.test(err.message)) {
        // A link that stalls without closing (a blackhole): only the unanswered ping tells.
        logger?.warn('no answer to the keepalive ping: the link is dead, reconnecting', { keepaliveS: this.options.keepaliveS ?? 15 });
      } else {
        if (!connacked) this.lastFailure = describeConnectFailure(err, url);
        logger?.debug('connection error', { reason: err.message });
      }
    });
    client.on('close', () => {
      const refusal = connacked || tlsFailure !== undefined ? undefined : certificateRefusal(client, this.options.tls, url);
      if (refusal !== undefined) tlsFailed(refusal);
      this.onClosed(client);
    });
  }

  private async onConnected(client: MqttClient): Promise<void> {
    const { logger } = this.options;
    const wanted = [
      // First: the retained keyring then arrives before the retained manifest it may be needed to verify.
      ...(this.options.trust === true ? [{ topic: this.topics.trust, qos: 1 } as const] : []),
      { topic: this.topics.release, qos: 1 },
      { topic: this.topics.chunk, qos: 0 },
      { topic: this.topics.command, qos: 1 },
      { topic: this.topics.assign, qos: 1 },
    ] as const;
    let granted: readonly number[];
    try {
      granted = (await client.subscribeAsync(Object.fromEntries(wanted.map((w) => [w.topic, { qos: w.qos }])))).map((g) => g.qos);
    } catch (err) {
      // A refused subscription (SUBACK 0x80) rejects the whole call; the packet says which one.
      const packet = (err as { packet?: { granted?: unknown } }).packet;
      if (!Array.isArray(packet?.granted)) {
        logger?.warn('subscribe failed', { reason: (err as Error).message });
        client.end(true);
        return;
      }
      granted = packet.granted as number[];
    }
    if (client !== this.client || this.stopped) return;
    const denied = wanted.filter((_, i) => ((granted[i] ?? 0x80) & 0x80) !== 0).map((w) => w.topic);
    this.refusal = denied.length > 0 ? new OtaError('OTA_E_FORBIDDEN', `the server refused subscriptions to ${denied.join(', ')}${this.refusalHint(denied)}`) : undefined;
    if (this.refusal) logger?.error(this.refusal.message, { code: this.refusal.code });
    this.ready = true;
    this.lastFailure = undefined;
    this.backoff.reset();
    logger?.info('connected', { url: this.options.url });
    this.emit('connect');
  }

  private onClosed(client: MqttClient): void {
    if (client !== this.client) return;
    client.removeAllListeners();
    client.on('error', () => undefined);
    client.end(true);
    this.client = undefined;
    const wasReady = this.ready;
    this.ready = false;
    if (wasReady) this.emit('disconnect', 'connection closed');
    if (this.stopped) return;
    const delay = this.backoff.next();
    if (wasReady || this.lastFailure === undefined) this.options.logger?.[wasReady ? 'warn' : 'debug']('reconnecting', { inMs: delay });
    else this.options.logger?.warn(`cannot connect: ${this.lastFailure}`, { code: 'OTA_E_CONNECT', url: this.options.url, retryInMs: delay });
    this.timer = setTimeout(() => void this.connect(), delay);
  }

  /** A refused release topic almost always means --product or --channel differs from the registration. */
  private refusalHint(denied: readonly string[]): string {
    if (!denied.includes(this.topics.release)) return '';
    const { deviceId, product, channel } = this.options;
    return `: ${deviceId} is not registered for product ${product} on channel ${channel} (otacast devices shows what it is registered for; fix --product/--channel, or re-register it with otacast device add ${deviceId} --product ${product} --channel ${channel} --force)`;
  }

  private route(topic: string, payload: Buffer, retained: boolean): void {
    if (topic === this.topics.chunk) this.emit('chunk', payload);
    else if (topic === this.topics.command) this.emit('command', payload);
    else if (topic === this.topics.release) this.emit('manifest', payload, retained);
    else if (topic === this.topics.assign) this.emit('assignment', payload);
    else if (topic === this.topics.trust) this.emit('keyring', payload);
  }
}

/**
 * Why the server closed a TLS connection that presented a client certificate
 * right after the handshake (before CONNACK): a Node server refuses an
 * expired or foreign certificate that way, without a TLS alert, so the
 * device's own certificate is examined. Undefined when it looks fine, or the
 * connection never got that far (an unreachable server is a link failure).
 */
function certificateRefusal(client: MqttClient, tls: TlsFiles | undefined, url: string): OtaError | undefined {
  if (tls?.cert === undefined) return undefined;
  const stream = client.stream as Partial<TLSSocket> | undefined;
  if (stream?.authorized !== true) return undefined;
  return refusedCertificateReason(tls.cert, tls.ca, url);
}
