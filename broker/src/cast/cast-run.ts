import { setTimeout as sleep } from 'node:timers/promises';
import { toHex, type Logger } from '@otacast/shared';
import type { MessageBus } from '../mqtt/message-bus.js';
import type { WholeBlobChunks } from '../serve/whole-blob-chunks.js';
import { chunkFrame, infoFrame } from './cast-frames.js';
import type { CastBlob } from './cast-plan.js';

export interface CastMetrics {
  /** A cast of a release began. */
  started(): void;
  /** A cast frame of `bytes` was handed to the broker (once, whatever the number of subscribers). */
  sent(bytes: number): void;
}

export interface CastRunOptions {
  bus: MessageBus;
  topic: string;
  releaseId: string;
  blobs: readonly CastBlob[];
  chunks: Pick<WholeBlobChunks, 'get'>;
  /** Stored bytes per second the cast does not exceed. */
  rateBytesPerSecond: number;
  /** Between the first announcement and the first chunk: devices switch from pulling to listening. */
  leadMs: number;
  /** Announcements repeat this often, for devices that start downloading while the cast runs. */
  infoEveryMs: number;
  logger: Logger;
  metrics?: CastMetrics;
  stopped: () => boolean;
}

export interface CastResult {
  blobs: number;
  bytes: number;
  ms: number;
}

/**
 * One cast: announces it, sends each blob once, in order, as the whole-blob
 * Chunk the pull path would send (the same cached buffer), QoS 0, paced to
 * the rate; announces the end. `bus.publish` resolves once most subscribers'
 * sockets took the frame (the broker's cast pacing), so the cast follows the
 * fleet without waiting for its slowest members, whose QoS 0 frames the
 * outbound guard drops instead: they repair by pulls.
 */
export async function runCast(options: CastRunOptions): Promise<CastResult> {
  const { bus, topic, releaseId, blobs, chunks, rateBytesPerSecond, logger } = options;
  const startedAtMs = Date.now();
  const totalBytes = blobs.reduce((sum, b) => sum + b.size, 0);
  const info = (sent: number, ended: boolean): Buffer =>
    infoFrame({ releaseId, blobCount: blobs.length, totalBytes, sent, rateBytesPerSecond, startedAtMs, ended });
  const publish = async (frame: Buffer): Promise<void> => {
    try {
      await bus.publish(topic, frame, { qos: 0 });
      options.metrics?.sent(frame.byteLength);
    } catch (err) {
      logger.debug('cannot publish a cast frame', { releaseId, error: (err as Error).message });
    }
  };
  options.metrics?.started();
  await publish(info(0, false));
  await sleep(options.leadMs);
  // Again as the data starts: a device whose subscription was still being set up missed the first one.
  await publish(info(0, false));
  const dataStartMs = Date.now();
  let lastInfoMs = dataStartMs;
  let paced = 0;
  let sentBytes = 0;
  let next = blobs[0] === undefined ? undefined : chunks.get(blobs[0].digest);
  let sent = 0;
  for (; sent < blobs.length && !options.stopped(); sent++) {
    const blob = blobs[sent] as CastBlob;
    const loading = next;
    const following = blobs[sent + 1];
    // The next blob is read while this one goes out.
    next = following === undefined ? undefined : chunks.get(following.digest);
    const chunk = await loading?.catch(() => undefined);
    if (chunk === undefined) {
      logger.warn('cast skips a blob it cannot read: devices pull it', { code: 'OTA_E_NOT_FOUND', releaseId, digest: toHex(blob.digest) });
      continue;
    }
    const dueMs = dataStartMs + (paced * 1000) / rateBytesPerSecond;
    const waitMs = dueMs - Date.now();
    if (waitMs > 1) await sleep(waitMs);
    const frame = chunkFrame(chunk.message);
    await publish(frame);
    paced += blob.size;
    sentBytes += frame.byteLength;
    if (Date.now() - lastInfoMs >= options.infoEveryMs) {
      lastInfoMs = Date.now();
      await publish(info(sent + 1, false));
    }
  }
  await publish(info(sent, true));
  return { blobs: sent, bytes: sentBytes, ms: Date.now() - startedAtMs };
}
