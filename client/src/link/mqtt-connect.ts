import { isIP } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { IClientOptions, MqttClient } from 'mqtt';
import mqttClientModule from 'mqtt/lib/client';
import type { TlsFiles } from '@otacast/shared';
import { connectFramed } from './packet-framer.js';

export type { MqttClient };

/** The URL schemes openMqttClient connects with: TCP and TLS by our own socket, WebSocket through mqtt.js. */
const SCHEMES = ['mqtt:', 'tcp:', 'mqtts:', 'ssl:', 'tls:', 'ws:', 'wss:'];

/**
 * What is wrong with `url` as a server address (undefined when nothing):
 * checked up front, because a connect attempt runs in the background, where
 * a bad URL would only surface as a crash or an endless retry.
 */
export function mqttUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not a URL such as mqtt://host:1883';
  }
  if (!SCHEMES.includes(parsed.protocol)) return `unsupported scheme ${parsed.protocol} (use ${SCHEMES.map((s) => s.slice(0, -1)).join(', ')})`;
  if (parsed.hostname === '' || /%/.test(parsed.hostname)) return 'no host (expected mqtt://host:1883)';
  // URL drops a port that is the scheme's default, and refuses one above 65535; 0 is left to refuse.
  if (parsed.port !== '' && Number(parsed.port) < 1) return `invalid port ${parsed.port}`;
  return undefined;
}

/**
 * Opens an MQTT connection. mqtt.js's entry point loads every connector it
 * has (WebSocket, SOCKS, WeChat, Alipay; ~4 MiB of RSS and a good part of the
 * agent's start-up), so plain TCP and TLS URLs build the client from
 * `mqtt/lib/client` with a socket of our own; anything else (ws:, wss:, a
 * SOCKS proxy from MQTTJS_SOCKS_PROXY) goes through the full package, loaded
 * only then.
 */
export async function openMqttClient(url: string, options: IClientOptions, tls: TlsFiles = {}): Promise<MqttClient> {
  const openSocket = process.env['MQTTJS_SOCKS_PROXY'] ? undefined : socketOpener(new URL(url), tls);
  if (!openSocket) return (await import('mqtt')).connect(url, { ...options, ...tls, rejectUnauthorized: true });
  const client = new MqttClientClass(openSocket, options);
  client.on('error', () => undefined); // as mqtt.connect does: an error without listeners must not throw
  return client;
}

type SocketOpener = ConstructorParameters<typeof mqttClientModule.default>[0];

/**
 * The client class of the CommonJS `mqtt/lib/client`. Node's ESM loader hands
 * over its `module.exports` (the class under `.default`); bundlers and vitest
 * interpret `__esModule` and hand over the class itself.
 */
const MqttClientClass: typeof mqttClientModule.default = (mqttClientModule as { default?: typeof mqttClientModule.default }).default ?? (mqttClientModule as unknown as typeof mqttClientModule.default);

function socketOpener(url: URL, tls: TlsFiles): SocketOpener | undefined {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost';
  switch (url.protocol) {
    case 'mqtt:':
    case 'tcp:':
      return () => connectFramed(host, Number(url.port || 1883));
    case 'mqtts:':
    case 'ssl:':
    case 'tls:':
      return (client) => tlsSocket(client, host, Number(url.port || 8883), tls);
    default:
      return undefined;
  }
}

/**
 * As mqtt.js's TLS connector: verify the server (SNI by host name) and report
 * a failed handshake as a client error. `tls.ca` replaces the system CAs;
 * `tls.cert` and `tls.key` are the client certificate (mTLS).
 */
function tlsSocket(client: MqttClient, host: string, port: number, tls: TlsFiles) {
  const socket = connectTls({ host, port, rejectUnauthorized: true, ...tls, ...(isIP(host) === 0 ? { servername: host } : {}) });
  const onHandshakeError = (err: Error) => {
    client.emit('error', err);
    socket.end();
  };
  socket.on('error', onHandshakeError);
  socket.on('secureConnect', () => socket.removeListener('error', onHandshakeError));
  return socket;
}
