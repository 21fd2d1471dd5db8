// PatchQuery → PatchOffer (docs/protocol.md, "Delta patches"): the answer
// travels on dev/{id}/chunk as a Chunk without data whose `patch` field names
// the patch blob and its chunk index, or carries OTA_E_NOT_FOUND.
import { OtaError, encode, isDigest, pb, type otacast } from '@otacast/shared';
import type { PatchRecord } from '../registry/patch-records.js';


/** Where answers come from: stored patches (PatchRecords) and the ones being computed (PatchBuilder). */
export interface PatchSource {
  offer(releaseId: string, from: Uint8Array, to: Uint8Array): Promise<PatchRecord | undefined>;
  /** Whether a patch worth waiting for is being computed; a promise while the server is still estimating that. */
  pending(from: Uint8Array, to: Uint8Array): boolean | Promise<boolean>;
}

/**
 * How long an answer waits for the estimate of a pair just planned (it takes
 * milliseconds): a device told "pending" waits seconds before asking again,
 * so a short wait here saves it that. Past it, the answer is "pending".
 */
const ESTIMATE_WAIT_MS = 1_500;

export interface PatchQueryRequest {
  from: Uint8Array;
  to: Uint8Array;
}

export function patchQueriesOf(queries: readonly otacast.v1.IPatchQuery[]): PatchQueryRequest[] {
  return queries.map((q) => ({ from: q.fromSha256 ?? new Uint8Array(), to: q.toSha256 ?? new Uint8Array() }));
}

/** The encoded Chunk answering one query; `denial` refuses it (the release is not the device's). */
export async function patchAnswer(patches: PatchSource | undefined, releaseId: string, query: PatchQueryRequest, denial?: string): Promise<Buffer> {
  const pair = { fromSha256: query.from, toSha256: query.to };
  if (denial !== undefined) return encode(pb.Chunk, { patch: pair, errorCode: denial });
  if (!isDigest(query.from) || !isDigest(query.to)) {
    return encode(pb.Chunk, { patch: pair, errorCode: new OtaError('OTA_E_PROTOCOL').code });
  }
  const offer = await patches?.offer(releaseId, query.from, query.to);
  if (offer === undefined) {
    const pending = await settledWithin(patches?.pending(query.from, query.to) ?? false, ESTIMATE_WAIT_MS, true);
    return encode(pb.Chunk, { patch: { ...pair, pending }, errorCode: 'OTA_E_NOT_FOUND' });
  }
  return encode(pb.Chunk, {
    patch: { ...pair, patchDigest: offer.patchDigest, patchSize: offer.patchSize, indexDigest: offer.indexDigest, indexSize: offer.indexSize },
  });
}

/** `value`, or `otherwise` when it takes longer than `ms` (or fails). */
async function settledWithin<T>(value: T | Promise<T>, ms: number, otherwise: T): Promise<T> {
  if (!(value instanceof Promise)) return value;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(otherwise), ms)));
  try {
    return await Promise.race([value.catch(() => otherwise), late]);
  } finally {
    clearTimeout(timer);
  }
}
