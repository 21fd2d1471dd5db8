import { LRUCache } from 'lru-cache';
import { MiB, pb, toHex } from '@otacast/shared';
import { encodeDataChunk } from './chunk-message.js';
import type { BlobStore } from '../blobs/blob-store.js';

/** The encoded Chunk that carries a whole blob as stored, and that blob's size. */
export interface WholeBlobChunk {
  message: Buffer;
  blobSize: number;
}

/**
 * Encoded Chunk messages answering "the whole blob" (what devices ask for
 * every chunk), kept in a byte-bounded LRU: the message is the same for every
 * device, so a fleet fetching one release shares one buffer per chunk instead
 * of encoding (copying) it once per device. Loads under way are shared too.
 */
export class WholeBlobChunks {
  private readonly messages: LRUCache<string, WholeBlobChunk>;
  private readonly loading = new Map<string, Promise<WholeBlobChunk | undefined>>();

  constructor(
    private readonly store: Pick<BlobStore, 'readStored'>,
    maxBytes = 32 * MiB,
  ) {
    this.messages = new LRUCache({ maxSize: Math.max(1, maxBytes), sizeCalculation: (c) => Math.max(1, c.message.byteLength) });
  }

  /** The cached message, without touching the store. */
  peek(hex: string): WholeBlobChunk | undefined {
    return this.messages.get(hex);
  }

  /** The message for the whole blob; undefined when it is not stored or is larger than one range. */
  get(digest: Uint8Array): Promise<WholeBlobChunk | undefined> {
    const hex = toHex(digest);
    const cached = this.messages.get(hex);
    if (cached !== undefined) return Promise.resolve(cached);
    const running = this.loading.get(hex);
    if (running !== undefined) return running;
    const load = this.load(digest, hex).finally(() => this.loading.delete(hex));
    this.loading.set(hex, load);
    return load;
  }

  private async load(digest: Uint8Array, hex: string): Promise<WholeBlobChunk | undefined> {
    const stored = await this.store.readStored(digest);
    if (stored === undefined) return undefined;
    const encoding = stored.encoding === 'brotli' ? pb.ChunkEncoding.CHUNK_ENCODING_BROTLI : pb.ChunkEncoding.CHUNK_ENCODING_RAW;
    const chunk = { message: encodeDataChunk({ digest, offset: 0, data: stored.data, encoding, blobSize: stored.blobSize }), blobSize: stored.blobSize };
    this.messages.set(hex, chunk);
    return chunk;
  }
}
