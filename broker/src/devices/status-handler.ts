import { MAX_CONTROL_BYTES, OtaError, capStatusMessage, decode, pb, toOtaError, topics, type Logger } from '@otacast/shared';
import { sendCommandError, sendStatusAck } from './device-replies.js';
import type { MessageBus } from '../mqtt/message-bus.js';
import type { Registry, StatusUpdate } from '../registry/registry.js';

/**
 * DeviceStatus on dev/{id}/status (docs/protocol.md "Device status and
 * acknowledgement"): applied only when newer than the last applied seq, and
 * always acknowledged cumulatively so the device can trim its outbox.
 */
export interface StatusHandlerOptions {
  bus: MessageBus;
  registry: Pick<Registry, 'applyStatus'>;
  logger: Logger;
}

/** What the registry keeps, capped: a device must not store 60 KB per status × 1,000 statuses (issue 11). */
function lastError(code: string, message: string): string {
  if (code === '') return '';
  return capStatusMessage(message === '' ? code : `${code}: ${message}`);
}

export class StatusHandler {
  private readonly inflight = new Set<Promise<void>>();

  constructor(private readonly options: StatusHandlerOptions) {}

  /** A DeviceStatus from `deviceId` (authenticated). Never throws. */
  handle(deviceId: string, payload: Buffer): void {
    const work = this.process(deviceId, payload).catch((err: unknown) => {
      const error = toOtaError(err);
      this.options.logger.error('status handling failed', { code: error.code, deviceId, error: error.message });
    });
    this.inflight.add(work);
    void work.finally(() => this.inflight.delete(work));
  }

  async close(): Promise<void> {
    await Promise.all(this.inflight);
  }

  private async process(deviceId: string, payload: Buffer): Promise<void> {
    const { bus, logger, registry } = this.options;
    const topic = topics.deviceStatus(deviceId);
    const decoded = decode(pb.DeviceStatus, payload, MAX_CONTROL_BYTES, 'device status');
    if (!decoded.ok) return this.refuse(deviceId, topic, decoded.error);
    const status = decoded.value;
    if (!Number.isSafeInteger(status.seq) || status.seq < 0) {
      return this.refuse(deviceId, topic, new OtaError('OTA_E_PROTOCOL', `status seq ${status.seq} is not a safe integer`));
    }
    const update: StatusUpdate = {
      seq: status.seq,
      installedVersion: status.installedVersion,
      state: status.state,
      outcome: status.outcome,
      targetVersion: status.targetVersion,
      lastError: lastError(status.errorCode, status.message),
      components: Object.fromEntries(Object.entries(status.components ?? {})),
      releaseId: status.releaseId,
      deviceTimeMs: Number.isSafeInteger(status.timestampMs) ? status.timestampMs : 0,
    };
    // One registry call per status (on PostgreSQL one statement): the previous seq comes with the result.
    const { applied, lastSeq, previousSeq: previous } = await registry.applyStatus(deviceId, update);
    // The outbox delivers in seq order, so a jump means statuses were given up on (an
    // outbox that overflowed, or a device whose state was wiped): worth a line in the log.
    if (applied && previous > 0 && status.seq > previous + 1) {
      logger.info('device status seq jumped', { deviceId, from: previous, to: status.seq, missing: status.seq - previous - 1 });
    }
    logger.debug('device status', { deviceId, seq: status.seq, applied, state: status.state, outcome: status.outcome, releaseId: status.releaseId });
    // A re-send is normal when an ack was lost with the link; one line each, so a device
    // that re-sends what it was already acked for shows up (test/reliability counts them).
    if (!applied) logger.info('device status duplicate ignored', { deviceId, seq: status.seq, lastSeq });
    if (applied && status.errorCode !== '') {
      logger.info('device reported an error', { deviceId, releaseId: status.releaseId, deviceCode: capStatusMessage(status.errorCode), error: capStatusMessage(status.message) });
    }
    await sendStatusAck(bus, deviceId, Math.max(status.seq, lastSeq));
  }

  private async refuse(deviceId: string, topic: string, error: OtaError): Promise<void> {
    this.options.logger.warn('device status refused', { code: error.code, deviceId, topic, error: error.message });
    await sendCommandError(this.options.bus, deviceId, error, topic);
  }
}
