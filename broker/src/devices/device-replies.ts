import { encode, pb, topics, type OtaError } from '@otacast/shared';
import type { MessageBus } from '../mqtt/message-bus.js';

/** Commands the server sends a device on dev/{id}/cmd (QoS 1). */
export function sendCommandError(bus: MessageBus, deviceId: string, error: OtaError, topic: string): Promise<void> {
  const payload = encode(pb.Command, { error: { code: error.code, message: error.message, topic } });
  return bus.publish(topics.deviceCommand(deviceId), payload, { qos: 1 });
}

/**
 * Cumulative acknowledgement: covers every status with seq ≤ `seq`. QoS 0: a
 * lost ack is covered by the next one or the outbox resent on reconnect, and
 * at QoS 1 each ack was written to the device's persistent session first,
 * holding a broker delivery slot for seconds (10,000 devices reporting after
 * an announcement held all of them, and chunk requests queued behind).
 */
export function sendStatusAck(bus: MessageBus, deviceId: string, seq: number): Promise<void> {
  return bus.publish(topics.deviceCommand(deviceId), encode(pb.Command, { ack: { seq } }), { qos: 0 });
}
