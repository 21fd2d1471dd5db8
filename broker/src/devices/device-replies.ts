import { encode, pb, topics, type OtaError } from '@otacast/shared';
import type { MessageBus } from '../mqtt/message-bus.js';

/** Commands the server sends a device on dev/{id}/cmd (QoS 1). */
export function sendCommandError(bus: MessageBus, deviceId: string, error: OtaError, topic: string): Promise<void> {
  const payload = encode(pb.Command, { error: { code: error.code, message: error.message, topic } });
  return bus.publish(topics.deviceCommand(deviceId), payload, { qos: 1 });
}

/** Cumulative acknowledgement: covers every status with seq ≤ `seq`. */
export function sendStatusAck(bus: MessageBus, deviceId: string, seq: number): Promise<void> {
  return bus.publish(topics.deviceCommand(deviceId), encode(pb.Command, { ack: { seq } }), { qos: 1 });
}
