export interface BlobRangeSpec {
  digest: Buffer;
  offset: number;
  length: number;
}

/** A decoded Chunk message from `dev/{id}/chunk`. */
export interface ChunkReply {
  digest: Buffer;
  offset: number;
  data: Buffer;
  blobSize: number;
  errorCode: string;
  /** Bytes `data` took on the wire (less when it came compressed). */
  wireBytes?: number;
  /** It came on a cast topic (a broadcast), not as an answer to this device. */
  cast?: boolean;
}

/** A CastInfo frame (docs/protocol.md, "Broadcast"). */
export interface CastInfoReply {
  releaseId: string;
  blobCount: number;
  totalBytes: number;
  /** Blobs the cast has sent so far. */
  sent: number;
  rateBytesPerSecond: number;
  ended: boolean;
}

/** The fetcher's view of the connection (docs/protocol.md, "Device download"): a port, so tests can put a lossy fake behind it. */
export interface ChunkLink {
  /** Publishes one ChunkRequest at QoS 0; false when offline (nothing was sent). */
  sendRequest(releaseId: string, ranges: readonly BlobRangeSpec[]): boolean;
  isConnected(): boolean;
  onChunk(listener: (reply: ChunkReply) => void): () => void;
  onConnect(listener: () => void): () => void;
  /**
   * Broadcasts, optional (a link without them only pulls): listen to the
   * product's casts until the returned function is called. Cast chunks then
   * reach `onChunk` listeners with `cast` set.
   */
  joinCast?(): () => void;
  onCastInfo?(listener: (info: CastInfoReply) => void): () => void;
}

/** A content-addressed blob to fetch: its sha256 and size. */
export interface BlobWanted {
  digest: Buffer;
  size: number;
}
