/**
 * The part of the registry port `otacast gc` uses (broker/src/api/gc.ts
 * decides what is kept; these only read and forget references). SQLite:
 * gc-records.ts; PostgreSQL: postgres-gc.ts; the registry suite runs both.
 */

/** A release as garbage collection sees it. */
export interface GcRelease {
  releaseId: string;
  product: string;
  channel: string;
  yanked: boolean;
  createdMs: number;
  /** Insertion order: newer releases have larger values. */
  order: number;
}

/** A delta patch no kept release can be the target of. */
export interface StalePatch {
  fromSha256: Buffer;
  toSha256: Buffer;
  patchDigest: Buffer;
  patchSize: number;
}

export interface GcStore {
  /** Every release, oldest first. */
  releases(): Promise<GcRelease[]>;
  /** Blobs referenced by the dropped releases and by no other release. */
  unsharedBlobs(dropped: readonly string[]): Promise<Buffer[]>;
  /** Removes the dropped releases' references to blobs that were deleted (references to kept blobs stay, for a later gc). */
  forgetBlobs(dropped: readonly string[], digests: readonly Uint8Array[]): Promise<void>;
  /** Patches (and "not worth a patch" markers) whose target component is held by none of the releases kept (all but `dropped`). */
  stalePatches(dropped: readonly string[]): Promise<StalePatch[]>;
  /** Deletes these patch records, and a patch's blob list with the last record of its digest. */
  deletePatches(patches: readonly StalePatch[]): Promise<void>;
}
