import { LRUCache } from 'lru-cache';
import { toHex } from '@otacast/shared';
import type { Registry } from '../registry/registry.js';

export type ReleaseLookups = Pick<Registry, 'releaseProduct' | 'releaseHasBlob'>;

export interface ReleaseAccessOptions {
  /** Releases whose product is remembered. Default 4096. */
  maxReleases?: number;
  /** (release, blob) pairs remembered as members. Default 100k (~20 MiB at most). */
  maxMembers?: number;
}

/**
 * The registry's answers to "which product owns this release" and "is this
 * blob part of it", remembered so the chunk server asks the registry once per
 * release and blob instead of once per range (and devices asking at the same
 * moment share one question in flight).
 *
 * Only positive answers are kept: those rows are never deleted (a release is
 * immutable once committed; patch blobs are only ever added to a release), so
 * a remembered "yes" cannot go stale, while a "no" may turn into a "yes" (a
 * release committed, a patch built) and is asked again. Were releases ever
 * deleted or yanked, that path would have to clear this cache too.
 */
export class ReleaseAccess {
  private readonly products: LRUCache<string, string>;
  private readonly members: LRUCache<string, true>;
  private readonly asking = new Map<string, Promise<string | boolean | undefined>>();

  constructor(private readonly registry: ReleaseLookups, options: ReleaseAccessOptions = {}) {
    this.products = new LRUCache({ max: options.maxReleases ?? 4096 });
    this.members = new LRUCache({ max: options.maxMembers ?? 100_000 });
  }

  /** The product a release belongs to; undefined when there is no such release. */
  async releaseProduct(releaseId: string): Promise<string | undefined> {
    const cached = this.products.get(releaseId);
    if (cached !== undefined) return cached;
    const product = (await this.once(`p/${releaseId}`, () => this.registry.releaseProduct(releaseId))) as string | undefined;
    if (product !== undefined) this.products.set(releaseId, product);
    return product;
  }

  /** Whether `digest` is a blob of the release (a chunk, a chunk index, a patch blob). */
  async releaseHasBlob(releaseId: string, digest: Uint8Array): Promise<boolean> {
    const key = `${releaseId}/${toHex(digest)}`;
    if (this.members.get(key) === true) return true;
    const member = (await this.once(`m/${key}`, () => this.registry.releaseHasBlob(releaseId, digest))) === true;
    if (member) this.members.set(key, true);
    return member;
  }

  /** One registry question per key at a time; whoever asks meanwhile waits for the same answer. */
  private once(key: string, ask: () => Promise<string | boolean | undefined>): Promise<string | boolean | undefined> {
    const inFlight = this.asking.get(key);
    if (inFlight !== undefined) return inFlight;
    const answer = ask().finally(() => this.asking.delete(key));
    this.asking.set(key, answer);
    return answer;
  }
}
