import { MAX_PATCH_QUERIES_PER_REQUEST, patchPairKey, toHex, type Logger } from '@otacast/shared';

export interface PatchOffer {
  from: Buffer;
  to: Buffer;
  patchDigest: Buffer;
  patchSize: number;
  indexDigest: Buffer;
  indexSize: number;
}

export interface PatchOfferReply extends PatchOffer {
  /** The server is computing this patch: ask again shortly. */
  pending: boolean;
  /** Non-empty when there is no patch (OTA_E_NOT_FOUND) or the query was refused. */
  errorCode: string;
}

export interface PatchQuerySpec {
  from: Buffer;
  to: Buffer;
}

/** What patch queries need from the connection: DeviceLink implements it. */
export interface PatchLink {
  /** Publishes one ChunkRequest carrying only patch queries; false when offline. */
  sendPatchQueries(releaseId: string, queries: readonly PatchQuerySpec[]): boolean;
  onPatchOffer(listener: (reply: PatchOfferReply) => void): () => void;
  isConnected(): boolean;
}

export interface QueryOptions {
  /** Wait this long for answers before asking again. Default 2 s. */
  attemptMs?: number;
  /** Rounds without any answer before giving up. Default 3. */
  attempts?: number;
  /**
   * How long to wait for patches the server is still computing. A patch is
   * typically 10–100× smaller than the chunks it replaces, so on a slow link
   * waiting beats downloading. Default 60 s.
   */
  pendingWaitMs?: number;
  signal?: AbortSignal;
  logger?: Logger;
}


/**
 * Asking the server for delta patches (docs/protocol.md, "Delta patches"):
 * a ChunkRequest carrying PatchQuery{from, to}, answered on dev/{id}/chunk by
 * a Chunk whose `patch` field is a PatchOffer, or OTA_E_NOT_FOUND (with
 * `pending` while the server is still computing that patch). Queries are
 * idempotent: unanswered ones are sent again, pending ones are asked again
 * until a bounded wait runs out. A server that never answers (an older one)
 * means "no patch".
 *
 * Sends the queries and resolves with the offers, keyed by hex of `to`.
 */
export async function queryPatches(link: PatchLink, releaseId: string, queries: readonly PatchQuerySpec[], options: QueryOptions = {}): Promise<Map<string, PatchOffer>> {
  const offers = new Map<string, PatchOffer>();
  const open = new Map(queries.map((q) => [patchPairKey(q.from, q.to), q]));
  if (open.size === 0) return offers;
  const pending = new Set<string>();
  const pendingUntil = Date.now() + (options.pendingWaitMs ?? 60_000);
  let heard = false;
  let wake: (() => void) | undefined;
  const stop = link.onPatchOffer((reply) => {
    const key = patchPairKey(reply.from, reply.to);
    if (!open.has(key)) return;
    heard = true;
    if (reply.pending && reply.errorCode !== '') {
      if (!pending.has(key)) options.logger?.info('waiting for the server to compute a delta patch', { to: toHex(reply.to).slice(0, 16) });
      pending.add(key);
      return;
    }
    open.delete(key);
    pending.delete(key);
    if (reply.errorCode === '' && reply.patchSize > 0) offers.set(toHex(reply.to), reply);
    else options.logger?.debug('no delta patch on the server', { from: toHex(reply.from).slice(0, 16), to: toHex(reply.to).slice(0, 16), code: reply.errorCode });
    if (open.size === 0) wake?.();
  });
  const onAbort = (): void => wake?.();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (let silentRounds = 0; open.size > 0 && !options.signal?.aborted; ) {
      const waitingOnServer = [...open.keys()].some((k) => pending.has(k));
      if (waitingOnServer ? Date.now() >= pendingUntil : silentRounds >= (options.attempts ?? 3)) break;
      const asking = [...open.values()];
      for (let i = 0; i < asking.length; i += MAX_PATCH_QUERIES_PER_REQUEST) link.sendPatchQueries(releaseId, asking.slice(i, i + MAX_PATCH_QUERIES_PER_REQUEST));
      heard = false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, options.attemptMs ?? 2_000);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (!heard) silentRounds++;
    }
  } finally {
    stop();
    options.signal?.removeEventListener('abort', onAbort);
  }
  if (open.size > 0) options.logger?.info('no answer about delta patches in time, fetching chunks instead', { unanswered: open.size, pending: pending.size });
  return offers;
}
