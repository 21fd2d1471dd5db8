import { createConnection, isIP } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { IClientOptions, MqttClient } from 'mqtt';
import mqttClientModule from 'mqtt/lib/client';

export type { MqttClient };

/**
 * Opens an MQTT connection. mqtt.js's entry point loads every connector it
 * has (WebSocket, SOCKS, WeChat, Alipay; ~4 MiB of RSS and a good part of the
 * agent's start-up), so plain TCP and TLS URLs build the client from
 * `mqtt/lib/client` with a socket of our own; anything else (ws:, wss:, a
 * SOCKS proxy from MQTTJS_SOCKS_PROXY) goes through the full package, loaded
 * only then.
 */
export async function openMqttClient(url: string, options: IClientOptions): Promise<MqttClient> {
  const openSocket = process.env['MQTTJS_SOCKS_PROXY'] ? undefined : socketOpener(new URL(url));
  if (!openSocket) return (await import('mqtt')).connect(url, options);
  const client = new mqttClientModule.default(openSocket, options);
  client.on('error', () => undefined); // as mqtt.connect does: an error without listeners must not throw
  return client;
}

type SocketOpener = ConstructorParameters<typeof mqttClientModule.default>[0];

function socketOpener(url: URL): SocketOpener | undefined {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1') || 'localhost';
  switch (url.protocol) {
    case 'mqtt:':
    case 'tcp:':
      return () => createConnection({ host, port: Number(url.port || 1883) });
    case 'mqtts:':
    case 'ssl:':
      return (client) => tlsSocket(client, host, Number(url.port || 8883));
    default:
      return undefined;
  }
}

/** As mqtt.js's TLS connector: verify the server (SNI by host name) and report a failed handshake as a client error. */
function tlsSocket(client: MqttClient, host: string, port: number) {
  const socket = connectTls({ host, port, rejectUnauthorized: true, ...(isIP(host) === 0 ? { servername: host } : {}) });
  const onHandshakeError = (err: Error) => {
    client.emit('error', err);
    socket.end();
  };
  socket.on('error', onHandshakeError);
  socket.on('secureConnect', () => socket.removeListener('error', onHandshakeError));
  return socket;
}
