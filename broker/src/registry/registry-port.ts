import type { Principal, Role } from '../auth/auth.js';
import type { Rollout, RolloutEvent, RolloutTarget } from '../rollouts/rollout-types.js';
import type { GcStore } from './gc-store.js';

export type { GcRelease, GcStore, StalePatch } from './gc-store.js';

/**
 * The registry port: every operation the server asks of its records, as
 * Promises, so that an embedded implementation (SQLite, sqlite-registry.ts)
 * and a shared one several workers use at once (PostgreSQL,
 * postgres-registry.ts) are interchangeable. broker/test/suites/registry-suite.ts
 * is the contract both pass.
 */
export interface ReleaseRecord {
  releaseId: string;
  product: string;
  channel: string;
  version: string;
  /** The exact SignedManifest bytes the publisher committed. */
  signedManifest: Buffer;
  /** Component name → sha256 hex: what makes two commits of one version "the same". */
  componentDigests: Record<string, string>;
  totalSize: number;
  createdMs: number;
}

export interface DeviceRecord {
  deviceId: string;
  product: string;
  channel: string;
  installedVersion: string;
  state: number;
  outcome: number;
  targetVersion: string;
  lastError: string;
  lastSeenMs: number;
  lastSeq: number;
  components: Record<string, string>;
  labels: Record<string, string>;
}

/** What a DeviceStatus changes in the registry. */
export interface StatusUpdate {
  seq: number;
  installedVersion: string;
  state: number;
  outcome: number;
  targetVersion: string;
  lastError: string;
  components: Record<string, string>;
  /** For the status log only. */
  releaseId?: string;
  /** The device's clock when it made the status. */
  deviceTimeMs?: number;
}

export interface AppliedStatus {
  applied: boolean;
  lastSeq: number;
  previousSeq: number;
}

/** One applied status, as kept in the status log. */
export interface StatusLogEntry {
  seq: number;
  receivedMs: number;
  deviceMs: number;
  state: number;
  outcome: number;
  releaseId: string;
  installedVersion: string;
  lastError: string;
}

export interface PatchRecord {
  fromSha256: Buffer;
  toSha256: Buffer;
  patchDigest: Buffer;
  patchSize: number;
  indexDigest: Buffer;
  indexSize: number;
  createdMs: number;
}

/** Statuses kept per device in the log. */
export const STATUS_LOG_ENTRIES = 1000;

/**
 * Delta patches between component versions (docs/protocol.md, "Delta
 * patches"): which patch turns component sha256 `from` into `to`, and which
 * blobs it is made of. A patch's blobs are added to the blob list of every
 * release that holds its target component, so the chunk server's per-release
 * check covers them like any chunk. A pair found not worth a patch is
 * recorded too (size 0), so it is not computed again.
 */
export interface PatchStore {
  /** Whether the pair was already handled (a patch, or found not worth one). */
  known(from: Uint8Array, to: Uint8Array): Promise<boolean>;
  /** The patch from → to, when there is one and `releaseId` holds a component `to`. */
  offer(releaseId: string, from: Uint8Array, to: Uint8Array): Promise<PatchRecord | undefined>;
  /** Records a patch (or, with patchSize 0 and no blobs, that the pair gets none) and opens its blobs to the releases holding `to`. */
  insert(record: PatchRecord, blobs: Iterable<Uint8Array>): Promise<void>;
  /** Blobs of stored patches leading to any of these component digests: a new release that holds one serves them too. */
  blobsLeadingTo(toSha256: Iterable<Uint8Array>): Promise<Buffer[]>;
  /**
   * Takes or renews the right to build the patch from → to for `holder`,
   * for `ttlMs`: true when `holder` has it now (free, expired, or already
   * theirs). Workers sharing a registry build each pair once: the others
   * wait for the record (docs/scale-out.md).
   */
  claimBuild(from: Uint8Array, to: Uint8Array, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the build up, if `holder` has it. */
  releaseBuild(from: Uint8Array, to: Uint8Array, holder: string): Promise<void>;
}

/**
 * Rollouts as the engine (rollouts/rollout-engine.ts) leaves them: each step
 * is saved in one transaction — the rollout row, the targets it changed and
 * its events — before its assignments are published, so a restart resumes
 * from the last saved step.
 */
export interface RolloutStore {
  /** Saves a new rollout with its first targets; refused (OTA_E_ROLLOUT_ACTIVE) when the channel already has an active rollout. */
  create(rollout: Rollout, targets: readonly RolloutTarget[], event: RolloutEvent): Promise<void>;
  /** Saves one engine step: the rollout, the targets it changed or added, and its events, in one transaction. */
  save(rollout: Rollout, targets: readonly RolloutTarget[], events: readonly RolloutEvent[]): Promise<void>;
  get(rolloutId: string): Promise<Rollout | undefined>;
  list(): Promise<Rollout[]>;
  /** Rollouts the engine still steps: running, paused or halted. */
  active(): Promise<Rollout[]>;
  activeOnChannel(product: string, channel: string): Promise<Rollout | undefined>;
  targets(rolloutId: string): Promise<RolloutTarget[]>;
  /** The newest `limit` events (default 500), oldest first. */
  events(rolloutId: string, limit?: number): Promise<RolloutEvent[]>;
  /** The last result a device reported for a release, from the status log: installed or already current is success. */
  latestResult(deviceId: string, releaseId: string): Promise<{ ok: boolean; reason: string; atMs: number } | undefined>;
  failuresOfRelease(deviceId: string, releaseId: string): Promise<number>;
}

/** Device labels, the selector of rollouts. */
export interface LabelStore {
  /** Merges `changes` into the device's labels (an empty value removes the key); returns the result. */
  update(deviceId: string, changes: Record<string, string>): Promise<Record<string, string>>;
  of(deviceId: string): Promise<Record<string, string>>;
}

/** A principal as listed (never its token hash). */
export interface PrincipalRecord {
  name: string;
  role: Role;
  /** Comma-separated products it is limited to; "" for every product. */
  product: string;
  createdMs: number;
}

/** The principals of people and backends (every role but `device`). */
export interface PrincipalStore {
  /** Every principal that is not a device, by name. */
  list(): Promise<PrincipalRecord[]>;
  /**
   * The non-device principal holding the token of this sha256. A lookup by
   * the hash of a 256-bit random token reveals nothing a guess could use, so
   * the HTTP bearer check needs no name and no scan of every principal.
   */
  principalByTokenSha256(tokenSha256: string): Promise<Principal | undefined>;
}

/** One admin action as the audit log keeps it. */
export interface AuditRecord {
  atMs: number;
  principal: string;
  role: string;
  /** The API call, e.g. "commitRelease", "rolloutAction.pause". */
  action: string;
  /** What it acted on: a release, device, rollout or principal. */
  target: string;
  /** "mqtt:{clientId}" or "http:{address}". */
  from: string;
  /** "ok" or the OTA_E_* code it was refused with. */
  result: string;
  detail: string;
}

/** The audit log of admin actions, pruned to the newest entries (AUDIT_LOG_ENTRIES unless the registry was opened with another bound). */
export interface AuditStore {
  /** Appends one entry and prunes the oldest beyond the bound, in one transaction. */
  record(entry: AuditRecord): Promise<void>;
  /** The newest `limit` entries, newest first. */
  list(limit: number): Promise<AuditRecord[]>;
}

export interface PrincipalCredential {
  name: string;
  role: Role;
  product: string;
  /** Undefined: the token was made before hashes were kept (or replaced without one); rotate it to export. */
  mosquittoHash: string | undefined;
}

/**
 * Tokens are kept only as sha256, which an external broker cannot check; so
 * when a token exists in plain text (device add, rotate-token) its hash in
 * the broker's own format (Mosquitto's PBKDF2) is kept too, beside the sha256
 * it belongs to. A hash whose sha256 no longer matches the principal's token
 * (replaced some other way) is ignored, not listed.
 */
export interface BrokerCredentialStore {
  /** Keeps the broker hash of the token whose sha256 is `tokenSha256`. */
  set(name: string, tokenSha256: string, mosquittoHash: string): Promise<void>;
  forget(name: string): Promise<void>;
  /** Every principal, with its broker hash when one matches its current token. */
  list(): Promise<PrincipalCredential[]>;
}

/** How a registry is opened beyond where it lives. */
export interface RegistryOptions {
  /** Audit entries kept (default AUDIT_LOG_ENTRIES); tests use a small bound. */
  auditEntries?: number;
}

export interface Registry {
  /** Delta patches between component versions. */
  readonly patches: PatchStore;
  /** Rollouts, their targets and history. */
  readonly rollouts: RolloutStore;
  /** Device labels. */
  readonly labels: LabelStore;
  /** Token hashes for an external broker. */
  readonly brokerCredentials: BrokerCredentialStore;
  /** Principals of people and backends: listing, bearer lookup. */
  readonly principals: PrincipalStore;
  /** The audit log of admin actions. */
  readonly audit: AuditStore;
  /** What garbage collection reads and forgets. */
  readonly gc: GcStore;

  findPrincipal(name: string): Promise<Principal | undefined>;
  /** Creates a principal or replaces its role, token hash, product and channel. */
  upsertPrincipal(principal: Principal): Promise<void>;
  /** Forgets a principal (its token stops working); for a device, also its reported state and labels. */
  removePrincipal(name: string): Promise<void>;
  /** Every registered device with its last reported state. */
  listDevices(): Promise<DeviceRecord[]>;

  getRelease(releaseId: string): Promise<ReleaseRecord | undefined>;
  /** The product a release belongs to, without loading its manifest. */
  releaseProduct(releaseId: string): Promise<string | undefined>;
  releasesOfVersion(product: string, channel: string, version: string): Promise<ReleaseRecord[]>;
  /** Records a release and every blob it references, in one transaction. */
  insertRelease(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>): Promise<void>;
  /**
   * CommitRelease's record, atomic however many workers commit at once: the
   * same release again replaces its envelope (existing); another release of a
   * version already recorded with the same components is recorded beside it
   * (existing); with other components it is refused (OTA_E_VERSION_EXISTS).
   * With `announce` it also becomes its channel's current release (as
   * markAnnounced) in the same step, unless its manifest was signed before
   * the current one's (OTA_E_REPLAYED_MANIFEST, nothing recorded): checked
   * under the channel's lock, so two commits racing on one channel cannot
   * both pass the check against the release current before either.
   */
  commitRelease(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>, options?: { announce?: boolean }): Promise<{ existing: boolean }>;
  /** Replaces the envelope of a release (same manifest bytes, other signatures). */
  updateSignedManifest(releaseId: string, signedManifest: Buffer): Promise<void>;
  /** Makes this release the latest announced one of its channel (re-published on startup). */
  markAnnounced(releaseId: string): Promise<void>;
  /** Whether `digest` is a chunk or chunk index of the release: devices fetch nothing else. */
  releaseHasBlob(releaseId: string, digest: Uint8Array): Promise<boolean>;
  /** The latest announced release of every product/channel. */
  latestReleases(): Promise<ReleaseRecord[]>;
  /** Releases of one product, or of all when `product` is empty, oldest first. */
  listReleases(product?: string): Promise<ReleaseRecord[]>;
  /** The release a channel announces now: the last announced one that was not yanked. */
  currentRelease(product: string, channel: string): Promise<ReleaseRecord | undefined>;
  yankRelease(releaseId: string): Promise<void>;
  /** Whether the release was yanked: it is then never rolled out again (OTA_E_RELEASE_YANKED). */
  isYanked(releaseId: string): Promise<boolean>;

  /**
   * Records that a device reported, and applies the status only when its seq
   * is newer than the last one applied (whichever worker applies it). Returns
   * the highest seq now recorded, and the one recorded before (a jump means
   * statuses were given up on; with several workers a racing status may make
   * it stale, so it is only for the log).
   */
  applyStatus(deviceId: string, update: StatusUpdate, nowMs?: number): Promise<AppliedStatus>;
  /** The highest status seq applied for a device (0: none yet). */
  lastStatusSeq(deviceId: string): Promise<number>;
  /** The newest applied statuses of a device (default STATUS_LOG_ENTRIES), oldest first. */
  statusLog(deviceId: string, limit?: number): Promise<StatusLogEntry[]>;
  /** statusLog of each of these devices in one request (a page of devices is one round trip); a device without statuses maps to []. */
  statusLogs(deviceIds: readonly string[], limit?: number): Promise<Map<string, StatusLogEntry[]>>;

  /**
   * Takes or renews the lease `name` for `holder` for `ttlMs`: true when
   * `holder` has it now (nobody held it, it expired, or it was already
   * theirs). Work only one worker may do (driving a rollout) runs under one.
   */
  tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up, if `holder` has it. */
  releaseLease(name: string, holder: string): Promise<void>;

  close(): Promise<void>;
}
