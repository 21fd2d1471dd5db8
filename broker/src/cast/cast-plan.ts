import { ChunkTable, MAX_RANGE_BYTES, OtaError, toHex, unverifiedManifestOf } from '@otacast/shared';
import type { BlobStore } from '../blobs/blob-store.js';

/** A blob the cast sends: its digest and (decoded) size. */
export interface CastBlob {
  digest: Buffer;
  size: number;
}

/**
 * The blobs a cast of a release sends, in the protocol's cast order
 * (docs/protocol.md, "Broadcast"): components in manifest order, each one's
 * chunks in chunk-index order, each digest at its first occurrence only.
 * Chunk indexes are not cast: a device needs its index before it knows which
 * chunks it lacks, so it pulls that (small) blob itself.
 */
export async function castPlanOf(signedManifest: Uint8Array, store: Pick<BlobStore, 'read'>): Promise<CastBlob[]> {
  const manifest = unverifiedManifestOf(signedManifest, 'stored release');
  const seen = new Set<string>();
  const blobs: CastBlob[] = [];
  for (const component of manifest.components) {
    const index = await readWhole(store, component.indexDigest, component.indexSize);
    const decoded = ChunkTable.decode(index);
    if (!decoded.ok) throw decoded.error;
    const chunks = decoded.value;
    for (let i = 0; i < chunks.count; i++) {
      const digest = Buffer.from(chunks.digestAt(i));
      const hex = toHex(digest);
      const size = chunks.lengthAt(i);
      if (seen.has(hex) || size > MAX_RANGE_BYTES) continue;
      seen.add(hex);
      blobs.push({ digest, size });
    }
  }
  return blobs;
}

/** A whole blob read by ranges of at most 1 MiB (a large component's index can be bigger). */
async function readWhole(store: Pick<BlobStore, 'read'>, digest: Uint8Array, size: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let offset = 0; offset < size; offset += MAX_RANGE_BYTES) {
    const slice = await store.read(digest, offset, Math.min(MAX_RANGE_BYTES, size - offset));
    if (slice === undefined) throw new OtaError('OTA_E_NOT_FOUND', `chunk index ${toHex(digest).slice(0, 16)} of a committed release is missing from the store`);
    parts.push(Buffer.from(slice.data));
  }
  return Buffer.concat(parts);
}
