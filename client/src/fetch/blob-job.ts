import { MAX_RANGE_BYTES, sha256 } from '@otacast/shared';
import type { BlobWanted, ChunkReply } from './chunk-link.js';

/** One ≤ 1 MiB range of a blob, the unit that is requested, timed and re-requested. */
export interface Piece {
  blob: BlobJob;
  offset: number;
  length: number;
  received: number;
  /** `received` once the request in flight is answered: a piece may be asked for in parts. */
  askedUpTo: number;
  sentAtMs: number;
  /** Order of the latest send of the current part, and of its first: the server answers a device's requests in order. */
  sendSeq: number;
  firstSendSeq: number;
  sends: number;
  timeouts: number;
  queued: boolean;
  inFlight: boolean;
}

/** A blob being assembled in memory (at most one chunk: the fetcher's callers bound blob sizes). */
export interface BlobJob<W extends BlobWanted = BlobWanted> {
  want: W;
  pieces: Piece[];
  data: Buffer | undefined;
  corrupt: number;
  done: boolean;
  /** Its place among the wants of its fetch run: the order a cast sends blobs in. */
  order: number;
  /** Waiting for a cast to bring it, not asked for (fetch-run.ts). */
  parked: boolean;
}

export function newBlobJob<W extends BlobWanted>(want: W): BlobJob<W> {
  const job: BlobJob<W> = { want, pieces: [], data: undefined, corrupt: 0, done: false, order: 0, parked: false };
  // length 0 would mean "to the end": always ask for explicit ranges of at most 1 MiB.
  for (let offset = 0; offset < want.size; offset += MAX_RANGE_BYTES) {
    const length = Math.min(MAX_RANGE_BYTES, want.size - offset);
    job.pieces.push({ blob: job, offset, length, received: 0, askedUpTo: 0, sentAtMs: 0, sendSeq: 0, firstSendSeq: 0, sends: 0, timeouts: 0, queued: false, inFlight: false });
  }
  return job;
}

/** The piece a reply continues, or undefined for a stale or nonsense reply (the timeout path recovers those). */
export function pieceFor(job: BlobJob, reply: ChunkReply): Piece | undefined {
  const piece = job.pieces.find((p) => reply.offset >= p.offset && reply.offset < p.offset + p.length);
  if (!piece || reply.data.length === 0 || reply.offset !== piece.offset + piece.received) return undefined;
  return reply.offset + reply.data.length > piece.offset + piece.length ? undefined : piece;
}

/** Stores a reply's bytes; a whole blob in one reply is kept as is (no copy). True when it was that whole blob. */
export function storeReply(job: BlobJob, piece: Piece, reply: ChunkReply): boolean {
  const whole = job.pieces.length === 1 && reply.offset === 0 && reply.data.length === job.want.size;
  if (whole) job.data = reply.data;
  // Unzeroed: the digest is checked only once every piece has filled its bytes.
  else reply.data.copy((job.data ??= Buffer.allocUnsafe(job.want.size)), reply.offset);
  piece.received += reply.data.length;
  return whole;
}

export function allReceived(job: BlobJob): boolean {
  return job.pieces.every((p) => p.received >= p.length);
}

/** The assembled bytes when they match the digest; undefined (and the job reset to fetch again) when not. */
export function takeVerified(job: BlobJob): Buffer | undefined {
  const data = job.data ?? Buffer.alloc(0);
  job.data = undefined;
  if (data.length === job.want.size && sha256(data).equals(job.want.digest)) return data;
  for (const piece of job.pieces) piece.received = 0;
  return undefined;
}
