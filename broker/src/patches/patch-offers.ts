// PatchQuery → PatchOffer (docs/protocol.md, "Delta patches"): the answer
// travels on dev/{id}/chunk as a Chunk without data whose `patch` field names
// the patch blob and its chunk index, or carries OTA_E_NOT_FOUND.
import { OtaError, encode, isDigest, pb, type otacast } from '@otacast/shared';
import type { PatchRecord } from '../registry/patch-records.js';


/** Where answers come from: stored patches (PatchRecords) and the ones being computed (PatchBuilder). */
export interface PatchSource {
  offer(releaseId: string, from: Uint8Array, to: Uint8Array): Promise<PatchRecord | undefined>;
  pending(from: Uint8Array, to: Uint8Array): boolean;
}

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
  if (offer === undefined) return encode(pb.Chunk, { patch: { ...pair, pending: patches?.pending(query.from, query.to) ?? false }, errorCode: 'OTA_E_NOT_FOUND' });
  return encode(pb.Chunk, {
    patch: { ...pair, patchDigest: offer.patchDigest, patchSize: offer.patchSize, indexDigest: offer.indexDigest, indexSize: offer.indexSize },
  });
}
