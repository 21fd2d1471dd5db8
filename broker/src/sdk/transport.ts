// The only broker-side file that imports `mqtt`: everything else talks to this port.
import type { TLSSocket } from 'node:tls';
import { connect, type IClientOptions, type MqttClient } from 'mqtt';
import { OtaError, refusedCertificateReason, tlsConnectError, type Logger, type TlsFiles } from '@otacast/shared';

export interface TransportOptions {
  /** mqtt://host:port */
  url: string;
  username: string;
  password: string;
  clientId: string;
  /** For mqtts:// URLs: the CA to trust instead of the system store; a client certificate (mTLS). */
  tls?: TlsFiles;
  /** How long to wait for the TCP connection and CONNACK. Default 10 s. */
  connectTimeoutMs?: number;
  logger?: Logger;
}

export type QoS = 0 | 1;

export type MessageHandler = (topic: string, payload: Buffer) => void;

export interface Transport {
  readonly clientId: string;
  subscribe(topic: string, qos: QoS): Promise<void>;
  /** Resolves once the packet is handed off (QoS 0) or acknowledged (QoS 1). */
  publish(topic: string, payload: Uint8Array, qos: QoS): Promise<void>;
  onMessage(handler: MessageHandler): void;
  /** Called once when the connection is lost after it was established. */
  onClose(handler: (error: OtaError) => void): void;
  close(): Promise<void>;
}

const CONNACK_AUTH_CODES = new Set([4, 5]);

function connectError(err: Error & { code?: unknown }, url: string): OtaError {
  const tlsError = tlsConnectError(err, url);
  if (tlsError !== undefined) return tlsError;
  if (typeof err.code === 'number' && CONNACK_AUTH_CODES.has(err.code)) {
    return new OtaError('OTA_E_AUTH', `${url} refused the credentials (CONNACK ${err.code})`, { cause: err });
  }
  if (typeof err.code === 'number') {
    return new OtaError('OTA_E_CONNECT', `${url} refused the connection (CONNACK ${err.code})`, { cause: err });
  }
  const errno = typeof err.code === 'string' && !err.message.includes(err.code) ? `${err.code}: ` : '';
  return new OtaError('OTA_E_CONNECT', `cannot connect to ${url}: ${errno}${err.message}`, { cause: err });
}

function validateUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw new OtaError('OTA_E_CONNECT', `invalid server URL "${url}"`, { cause: err });
  }
  if (!['mqtt:', 'mqtts:', 'tcp:', 'ssl:', 'tls:'].includes(parsed.protocol)) {
    throw new OtaError('OTA_E_CONNECT', `invalid server URL "${url}": expected mqtt://host:port`);
  }
}

class MqttTransport implements Transport {
  private closed = false;
  private readonly closeHandlers: ((error: OtaError) => void)[] = [];

  constructor(
    private readonly client: MqttClient,
    readonly clientId: string,
    private readonly url: string,
  ) {
    client.on('close', () => this.lost(new OtaError('OTA_E_CONNECT', `connection to ${url} closed`)));
    client.on('error', (err) => this.lost(connectError(err, url)));
  }

  private lost(error: OtaError): void {
    if (this.closed) return;
    this.closed = true;
    for (const handler of this.closeHandlers) handler(error);
    this.client.end(true);
  }

  subscribe(topic: string, qos: QoS): Promise<void> {
    return new Promise((resolve, reject) => {
      this.client.subscribe(topic, { qos }, (err, granted) => {
        if (err) return reject(new OtaError('OTA_E_CONNECT', `subscribe ${topic}: ${err.message}`, { cause: err }));
        if (granted?.some((g) => g.qos === 0x80)) return reject(new OtaError('OTA_E_FORBIDDEN', `subscription to ${topic} refused`));
        resolve();
      });
    });
  }

  publish(topic: string, payload: Uint8Array, qos: QoS): Promise<void> {
    if (this.closed) return Promise.reject(new OtaError('OTA_E_CONNECT', `connection to ${this.url} is closed`));
    const buffer = Buffer.isBuffer(payload) ? payload : Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
    return new Promise((resolve, reject) => {
      this.client.publish(topic, buffer, { qos }, (err) => {
        if (err) reject(new OtaError('OTA_E_CONNECT', `publish ${topic}: ${err.message}`, { cause: err }));
        else resolve();
      });
    });
  }

  onMessage(handler: MessageHandler): void {
    this.client.on('message', (topic, payload) => handler(topic, payload));
  }

  onClose(handler: (error: OtaError) => void): void {
    this.closeHandlers.push(handler);
  }

  close(): Promise<void> {
    const wasLost = this.closed;
    this.closed = true;
    // A graceful end waits for every unacknowledged QoS 1 publish, which may never
    // come (a timed-out request, a dead link): only be graceful when none is pending.
    const force = wasLost || Object.keys(this.client.outgoing).length > 0;
    return new Promise((resolve) => {
      this.client.end(force, {}, () => resolve());
    });
  }
}

/**
 * Connects with a clean session and no automatic reconnect: admin and
 * publisher calls are short-lived and must fail fast with a coded error
 * (OTA_E_AUTH for CONNACK 4/5, OTA_E_CONNECT otherwise).
 */
export async function connectTransport(options: TransportOptions): Promise<Transport> {
  validateUrl(options.url);
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  const clientOptions: IClientOptions = {
    protocolVersion: 4,
    clientId: options.clientId,
    username: options.username,
    password: options.password,
    clean: true,
    reconnectPeriod: 0,
    connectTimeout: timeoutMs,
    keepalive: 30,
    ...options.tls,
    rejectUnauthorized: true,
  };
  const client = connect(options.url, clientOptions);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new OtaError('OTA_E_CONNECT', `no answer from ${options.url} within ${timeoutMs} ms`)), timeoutMs + 1000);
    const cleanup = (): void => {
      clearTimeout(timer);
      client.off('connect', onConnect);
      client.off('error', onError);
      client.off('close', onClose);
    };
    const fail = (error: OtaError): void => {
      cleanup();
      client.end(true);
      reject(error);
    };
    const onConnect = (): void => {
      cleanup();
      resolve();
    };
    const onError = (err: Error): void => fail(connectError(err, options.url));
    const onClose = (): void => {
      // A Node mTLS server closes a connection whose certificate it refuses right after the handshake, without saying why.
      const handshakeDone = (client.stream as Partial<TLSSocket> | undefined)?.authorized === true;
      const refused = options.tls?.cert && handshakeDone ? refusedCertificateReason(options.tls.cert, options.tls.ca, options.url) : undefined;
      fail(refused ?? new OtaError('OTA_E_CONNECT', `${options.url} closed the connection before accepting it`));
    };
    client.on('connect', onConnect);
    client.on('error', onError);
    client.on('close', onClose);
  });
  options.logger?.debug('connected', { url: options.url, clientId: options.clientId });
  return new MqttTransport(client, options.clientId, options.url);
}
