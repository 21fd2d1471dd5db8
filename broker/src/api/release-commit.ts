import { MAX_CHUNK_INDEX_BYTES, MAX_MANIFEST_BYTES, OtaError, decode, decodeChunkIndex, parseManifest, pb, releaseIdOf, toHex, type ComponentSpec, type Logger, type otacast } from '@otacast/shared';
import type { BlobStore } from '../blobs/blob-store.js';
import type { Announcements } from './announcements.js';
import type { Registry } from '../registry/registry.js';

export interface ReleaseCommitterOptions {
  announcements: Announcements;
  store: BlobStore;
  registry: Registry;
  logger: Logger;
  /** Called after a release is recorded and announced (e.g. to compute delta patches in the background). */
  onCommitted?: (releaseId: string) => void;
}


function missingBlobs(digests: readonly Uint8Array[]): OtaError {
  const first = digests[0] === undefined ? '' : ` (first: ${toHex(digests[0])})`;
  return new OtaError('OTA_E_MISSING_BLOBS', `${digests.length} referenced blob(s) are not stored${first}`, {
    details: { missing: digests.map((d) => toHex(d)) },
  });
}

/**
 * CommitRelease (docs/protocol.md): validate a signed manifest, check the
 * store holds every blob it references, record it and announce it retained on
 * its channel. The server holds no keys: it checks structure, not signatures.
 */
export class ReleaseCommitter {
  constructor(private readonly options: ReleaseCommitterOptions) {}

  /**
   * Answers with the CommitReleaseResponse as it goes on the wire (the SDK reads it back as its CommitResult).
   * With `announce: false` the release is stored but reaches devices only through a rollout.
   */
  async commit(signedManifest: Uint8Array, { announce = true }: { announce?: boolean } = {}): Promise<otacast.v1.ICommitReleaseResponse> {
    const envelope = decode(pb.SignedManifest, signedManifest, MAX_MANIFEST_BYTES, 'signed manifest');
    if (!envelope.ok) throw envelope.error;
    if (envelope.value.signatures.length === 0) throw new OtaError('OTA_E_PROTOCOL', 'signed manifest carries no signature');
    const manifestBytes = Buffer.from(envelope.value.manifest);
    const manifest = parseManifest(manifestBytes);
    const blobs = await this.referencedBlobs(manifest.components);
    const releaseId = releaseIdOf(manifestBytes);
    const envelopeBytes = Buffer.from(signedManifest);
    const componentDigests = Object.fromEntries(manifest.components.map((c) => [c.name, toHex(c.sha256)]));
    // Uploads were not fsynced one by one (blob-staging.ts): the release becomes durable here, before it is recorded.
    await this.options.store.persist(blobs);

    // One atomic step in the registry (commitRelease): two workers committing at once end with one consistent record,
    // and with `announce` a manifest signed before the channel's current one is refused there (OTA_E_REPLAYED_MANIFEST).
    const { registry } = this.options;
    const { existing } = await registry.commitRelease(
      {
        releaseId,
        product: manifest.product,
        channel: manifest.channel,
        version: manifest.version,
        signedManifest: envelopeBytes,
        componentDigests,
        totalSize: manifest.components.reduce((sum, c) => sum + c.size, 0),
        createdMs: Date.now(),
      },
      // Patches already computed towards these components (another channel's release) are served to this one too.
      [...blobs, ...(await registry.patches.blobsLeadingTo(manifest.components.map((c) => c.sha256)))],
      { announce },
    );
    this.options.logger.info('release committed', { releaseId, product: manifest.product, channel: manifest.channel, version: manifest.version, existing, announce });
    if (announce) {
      await this.options.announcements.announce({ product: manifest.product, channel: manifest.channel, signedManifest: envelopeBytes });
    }
    this.options.onCommitted?.(releaseId);
    return { releaseId, existing };
  }

  /**
   * Every blob the release references (its chunk indexes and their chunks),
   * after checking each is stored and each index adds up to its component.
   */
  private async referencedBlobs(components: readonly ComponentSpec[]): Promise<Buffer[]> {
    const { store } = this.options;
    const missingIndexes: Buffer[] = [];
    const sizes = await Promise.all(components.map((c) => store.size(c.indexDigest)));
    components.forEach((c, i) => {
      const size = sizes[i];
      if (size === undefined) return void missingIndexes.push(c.indexDigest);
      if (size !== c.indexSize) throw new OtaError('OTA_E_PROTOCOL', `component ${c.name}: chunk index is ${size} bytes, manifest says ${c.indexSize}`);
      if (size > MAX_CHUNK_INDEX_BYTES) throw new OtaError('OTA_E_TOO_LARGE', `component ${c.name}: chunk index of ${size} bytes exceeds ${MAX_CHUNK_INDEX_BYTES}`);
    });
    if (missingIndexes.length > 0) throw missingBlobs(missingIndexes);

    const blobs = new Map<string, Buffer>();
    for (const component of components) {
      blobs.set(toHex(component.indexDigest), component.indexDigest);
      const bytes = await store.read(component.indexDigest, 0, 0);
      if (bytes === undefined) throw missingBlobs([component.indexDigest]);
      const index = decodeChunkIndex(bytes.data);
      if (!index.ok) throw new OtaError(index.error.code, `component ${component.name}: ${index.error.message}`);
      let total = 0;
      for (const chunk of index.value) {
        total += chunk.length;
        blobs.set(toHex(chunk.digest), chunk.digest);
      }
      if (total !== component.size) {
        throw new OtaError('OTA_E_PROTOCOL', `component ${component.name}: chunks add up to ${total} bytes, manifest says ${component.size}`);
      }
    }
    const all = [...blobs.values()];
    const missing = await store.missing(all);
    if (missing.length > 0) throw missingBlobs(missing);
    return all;
  }
}

