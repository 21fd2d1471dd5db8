import { brotliDecompressSync } from 'node:zlib';
import { MAX_CONTROL_BYTES, MAX_RANGE_BYTES, decode, encode, pb, type Logger, type otacast } from '@otacast/shared';
import type { BlobRangeSpec, ChunkLink, ChunkReply } from '../fetch/chunk-link.js';
import type { PatchLink, PatchOfferReply, PatchQuerySpec } from '../delta/patch-query.js';
import type { Outbox, StatusRecord } from './outbox.js';
import type { MqttTransport } from './transport.js';

/** Room for a Chunk's fields around its (at most 1 MiB) data. */
const MAX_CHUNK_MESSAGE_BYTES = MAX_RANGE_BYTES + 4096;

/**
 * The protocol on top of the transport: decodes what arrives (chunks,
 * commands), encodes what leaves (requests, statuses), and keeps the status
 * outbox in step with the server's acks. Bad payloads are logged and dropped,
 * never thrown.
 */
export class DeviceLink implements ChunkLink, PatchLink {
  private readonly chunkListeners = new Set<(reply: ChunkReply) => void>();
  private readonly patchListeners = new Set<(reply: PatchOfferReply) => void>();

  constructor(
    private readonly transport: MqttTransport,
    private readonly outbox: Outbox,
    private readonly logger: Logger,
  ) {
    transport.on('chunk', (payload) => this.onChunkPayload(payload));
    transport.on('command', (payload) => void this.onCommand(payload));
    // Whatever the server has not acked is sent again, in order, on every connect.
    transport.on('connect', () => {
      for (const status of outbox.pending) this.publishStatus(status);
    });
  }

  sendRequest(releaseId: string, ranges: readonly BlobRangeSpec[]): boolean {
    const payload = encode(pb.ChunkRequest, { releaseId, ranges: ranges.map((r) => ({ digest: r.digest, offset: r.offset, length: r.length })) });
    return this.transport.publishRequest(payload);
  }

  sendPatchQueries(releaseId: string, queries: readonly PatchQuerySpec[]): boolean {
    const payload = encode(pb.ChunkRequest, { releaseId, patches: queries.map((q) => ({ fromSha256: q.from, toSha256: q.to })) });
    return this.transport.publishRequest(payload);
  }

  onPatchOffer(listener: (reply: PatchOfferReply) => void): () => void {
    this.patchListeners.add(listener);
    return () => this.patchListeners.delete(listener);
  }

  isConnected(): boolean {
    return this.transport.connected;
  }

  onChunk(listener: (reply: ChunkReply) => void): () => void {
    this.chunkListeners.add(listener);
    return () => this.chunkListeners.delete(listener);
  }

  onConnect(listener: () => void): () => void {
    this.transport.on('connect', listener);
    return () => this.transport.off('connect', listener);
  }

  /** Records a status in the outbox (on disk), then publishes it if online. */
  async sendStatus(status: Omit<StatusRecord, 'seq'>): Promise<void> {
    const record = await this.outbox.append(status);
    this.publishStatus(record);
  }

  private publishStatus(record: StatusRecord): void {
    this.transport.publishStatus(encode(pb.DeviceStatus, record));
  }

  private onChunkPayload(payload: Buffer): void {
    const decoded = decode(pb.Chunk, payload, MAX_CHUNK_MESSAGE_BYTES, 'chunk');
    if (!decoded.ok) {
      this.logger.warn('dropped a chunk message', { code: decoded.error.code, reason: decoded.error.message });
      return;
    }
    const chunk = decoded.value;
    if (chunk.patch) return this.onPatchOfferMessage(chunk.patch, chunk.errorCode);
    let data = Buffer.from(chunk.data.buffer, chunk.data.byteOffset, chunk.data.byteLength);
    if (chunk.encoding === pb.ChunkEncoding.CHUNK_ENCODING_BROTLI) {
      try {
        data = brotliDecompressSync(data, { maxOutputLength: MAX_RANGE_BYTES });
      } catch (err) {
        this.logger.warn('dropped a chunk that does not decompress', { reason: (err as Error).message });
        return;
      }
    } else if (chunk.encoding !== pb.ChunkEncoding.CHUNK_ENCODING_RAW) {
      this.logger.warn('dropped a chunk with an unknown encoding', { encoding: chunk.encoding });
      return;
    }
    const reply: ChunkReply = { digest: Buffer.from(chunk.digest), offset: Number(chunk.offset), data, blobSize: Number(chunk.blobSize), errorCode: chunk.errorCode, wireBytes: chunk.data.byteLength };
    for (const listener of this.chunkListeners) listener(reply);
  }

  private onPatchOfferMessage(offer: otacast.v1.IPatchOffer, errorCode: string): void {
    const bytes = (b: Uint8Array | null | undefined): Buffer => (b ? Buffer.from(b.buffer, b.byteOffset, b.byteLength) : Buffer.alloc(0));
    const reply: PatchOfferReply = {
      from: bytes(offer.fromSha256),
      to: bytes(offer.toSha256),
      patchDigest: bytes(offer.patchDigest),
      patchSize: Number(offer.patchSize ?? 0),
      indexDigest: bytes(offer.indexDigest),
      indexSize: Number(offer.indexSize ?? 0),
      pending: offer.pending === true,
      errorCode,
    };
    for (const listener of this.patchListeners) listener(reply);
  }

  private async onCommand(payload: Buffer): Promise<void> {
    const decoded = decode(pb.Command, payload, MAX_CONTROL_BYTES, 'command');
    if (!decoded.ok) {
      this.logger.warn('dropped a command', { code: decoded.error.code, reason: decoded.error.message });
      return;
    }
    const command = decoded.value;
    if (command.ack) {
      try {
        await this.outbox.ack(Number(command.ack.seq));
      } catch (err) {
        this.logger.warn('could not record a status ack', { reason: (err as Error).message });
      }
    } else if (command.error) {
      const { code, message, topic } = command.error;
      // Not about one message: the whole device is misconfigured, and says so loudly.
      if (code === 'OTA_E_DUPLICATE_DEVICE') this.logger.error(message ?? code, { code });
      else this.logger.warn('the server refused a message from this device', { code, message, topic });
    }
  }
}
