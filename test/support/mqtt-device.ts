import mqtt, { type MqttClient } from 'mqtt';

/** A raw MQTT client with device credentials: for probing the server's edges. */
export async function connectRaw(url: string, id: string, token: string): Promise<MqttClient> {
  const client = mqtt.connect(url, { clientId: id, username: id, password: token, reconnectPeriod: 0, connectTimeout: 5_000 });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  return client;
}

/** Resolves with the next message on `topic`, or undefined after `ms`. */
export function nextMessage(client: MqttClient, topic: string, ms = 5_000): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      client.removeListener('message', onMessage);
      resolve(undefined);
    }, ms);
    function onMessage(t: string, payload: Buffer) {
      if (t !== topic) return;
      clearTimeout(timer);
      client.removeListener('message', onMessage);
      resolve(payload);
    }
    client.on('message', onMessage);
  });
}

/**
 * The QoS the broker granted, or the SUBACK failure code (128 in MQTT 3.1.1)
 * when it refused. mqtt.js rejects on a failed SUBACK with the SUBACK packet
 * attached (`err.packet.granted`); any other error (a dropped connection, a
 * timeout) is thrown, not taken for a refusal.
 */
export async function grantedQos(client: MqttClient, topic: string, qos: 0 | 1): Promise<number> {
  try {
    const granted = await client.subscribeAsync(topic, { qos });
    return granted[0]?.qos ?? -1;
  } catch (err) {
    const packet = (err as { packet?: { cmd?: unknown; granted?: unknown } }).packet;
    const code = packet?.cmd === 'suback' && Array.isArray(packet.granted) ? (packet.granted[0] as unknown) : undefined;
    if (typeof code === 'number' && (code & 0x80) !== 0) return code;
    throw err;
  }
}
