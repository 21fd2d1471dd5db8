import Database from 'better-sqlite3';
import { OtaError } from '@otacast/shared';
import { isRole, type Principal, type PrincipalLookup } from '../auth/auth.js';
import { migrate } from './registry-schema.js';
import { DeviceLabels } from './device-labels.js';
import { PatchRecords } from './patch-records.js';
import { GcRecords } from './gc-records.js';
import { RolloutRecords } from './rollout-records.js';
import { BrokerCredentials } from './broker-credentials.js';
import { AuditRecords } from './audit-records.js';
import { PrincipalRecords } from './principal-records.js';

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

/** Statuses kept per device in the log. */
const STATUS_LOG_ENTRIES = 1000;

interface PrincipalRow {
  name: string;
  role: string;
  token_sha256: string;
  product: string;
  channel: string;
}

interface ReleaseRow {
  release_id: string;
  product: string;
  channel: string;
  version: string;
  signed_manifest: Buffer;
  component_digests: string;
  total_size: number;
  created_ms: number;
}

interface DeviceRow {
  device_id: string;
  product: string;
  channel: string;
  installed_version: string;
  state: number;
  outcome: number;
  target_version: string;
  last_error: string;
  last_seen_ms: number;
  last_seq: number;
  components: string;
  labels: string;
}

function parseStringMap(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

function toRelease(row: ReleaseRow): ReleaseRecord {
  return {
    releaseId: row.release_id,
    product: row.product,
    channel: row.channel,
    version: row.version,
    signedManifest: row.signed_manifest,
    componentDigests: parseStringMap(row.component_digests),
    totalSize: row.total_size,
    createdMs: row.created_ms,
  };
}

function toDevice(row: DeviceRow): DeviceRecord {
  return {
    deviceId: row.device_id,
    product: row.product,
    channel: row.channel,
    installedVersion: row.installed_version,
    state: row.state,
    outcome: row.outcome,
    targetVersion: row.target_version,
    lastError: row.last_error,
    lastSeenMs: row.last_seen_ms,
    lastSeq: row.last_seq,
    components: parseStringMap(row.components),
    labels: parseStringMap(row.labels),
  };
}

const RELEASE_COLUMNS = 'release_id, product, channel, version, signed_manifest, component_digests, total_size, created_ms';

function prepareStatements(db: Database.Database) {
  return {
    principal: db.prepare<[string], PrincipalRow>('SELECT name, role, token_sha256, product, channel FROM principals WHERE name = ?'),
    upsertPrincipal: db.prepare(
      `INSERT INTO principals (name, role, token_sha256, product, channel, created_ms) VALUES (@name, @role, @tokenSha256, @product, @channel, @now)
       ON CONFLICT (name) DO UPDATE SET role = excluded.role, token_sha256 = excluded.token_sha256, product = excluded.product, channel = excluded.channel`,
    ),
    release: db.prepare<[string], ReleaseRow>(`SELECT ${RELEASE_COLUMNS} FROM releases WHERE release_id = ?`),
    releaseProduct: db.prepare<[string], { product: string }>('SELECT product FROM releases WHERE release_id = ?'),
    releasesOfVersion: db.prepare<[string, string, string], ReleaseRow>(
      `SELECT ${RELEASE_COLUMNS} FROM releases WHERE product = ? AND channel = ? AND version = ? ORDER BY rowid`,
    ),
    insertRelease: db.prepare(
      `INSERT INTO releases (${RELEASE_COLUMNS}) VALUES (@releaseId, @product, @channel, @version, @signedManifest, @componentDigests, @totalSize, @createdMs)`,
    ),
    updateSignedManifest: db.prepare('UPDATE releases SET signed_manifest = ? WHERE release_id = ?'),
    insertReleaseBlob: db.prepare('INSERT OR IGNORE INTO release_blobs (release_id, digest) VALUES (?, ?)'),
    releaseHasBlob: db.prepare<[string, Buffer], { found: number }>('SELECT 1 AS found FROM release_blobs WHERE release_id = ? AND digest = ?'),
    markAnnounced: db.prepare('UPDATE releases SET announced = (SELECT COALESCE(MAX(announced), 0) + 1 FROM releases) WHERE release_id = ?'),
    latestReleases: db.prepare<[], ReleaseRow>(
      `SELECT ${RELEASE_COLUMNS} FROM (
         SELECT *, ROW_NUMBER() OVER (PARTITION BY product, channel ORDER BY announced DESC, rowid DESC) AS pos FROM releases
         WHERE announced > 0 AND yanked = 0
       ) WHERE pos = 1 ORDER BY product, channel`,
    ),
    currentRelease: db.prepare<[string, string], ReleaseRow>(
      `SELECT ${RELEASE_COLUMNS} FROM releases WHERE product = ? AND channel = ? AND announced > 0 AND yanked = 0 ORDER BY announced DESC, rowid DESC LIMIT 1`,
    ),
    yankRelease: db.prepare('UPDATE releases SET yanked = 1 WHERE release_id = ?'),
    removePrincipal: db.prepare('DELETE FROM principals WHERE name = ?'),
    removeDevice: db.prepare('DELETE FROM devices WHERE device_id = ?'),
    allReleases: db.prepare<[], ReleaseRow>(`SELECT ${RELEASE_COLUMNS} FROM releases ORDER BY product, rowid`),
    releasesOfProduct: db.prepare<[string], ReleaseRow>(`SELECT ${RELEASE_COLUMNS} FROM releases WHERE product = ? ORDER BY rowid`),
    lastSeq: db.prepare<[string], { last_seq: number }>('SELECT last_seq FROM devices WHERE device_id = ?'),
    touchDevice: db.prepare(
      `INSERT INTO devices (device_id, last_seen_ms) VALUES (?, ?) ON CONFLICT (device_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms`,
    ),
    applyStatus: db.prepare(
      `UPDATE devices SET installed_version = @installedVersion, state = @state, outcome = @outcome, target_version = @targetVersion,
         last_error = @lastError, last_seq = @seq, components = @components WHERE device_id = @deviceId`,
    ),
    logStatus: db.prepare(
      `INSERT OR IGNORE INTO device_status_log (device_id, seq, received_ms, device_ms, state, outcome, release_id, installed_version, last_error)
       VALUES (@deviceId, @seq, @receivedMs, @deviceMs, @state, @outcome, @releaseId, @installedVersion, @lastError)`,
    ),
    pruneStatusLog: db.prepare(
      `DELETE FROM device_status_log WHERE device_id = @deviceId AND seq < (
         SELECT seq FROM device_status_log WHERE device_id = @deviceId ORDER BY seq DESC LIMIT 1 OFFSET ${STATUS_LOG_ENTRIES - 1})`,
    ),
    statusLog: db.prepare<[string, number], { seq: number; received_ms: number; device_ms: number; state: number; outcome: number; release_id: string; installed_version: string; last_error: string }>(
      `SELECT seq, received_ms, device_ms, state, outcome, release_id, installed_version, last_error FROM device_status_log
       WHERE device_id = ? ORDER BY seq DESC LIMIT ?`,
    ),
    devices: db.prepare<[], DeviceRow>(
      `SELECT p.name AS device_id, p.product, p.channel,
         COALESCE(d.installed_version, '') AS installed_version, COALESCE(d.state, 0) AS state, COALESCE(d.outcome, 0) AS outcome,
         COALESCE(d.target_version, '') AS target_version, COALESCE(d.last_error, '') AS last_error,
         COALESCE(d.last_seen_ms, 0) AS last_seen_ms, COALESCE(d.last_seq, 0) AS last_seq, COALESCE(d.components, '{}') AS components, COALESCE(d.labels, '{}') AS labels
       FROM principals p LEFT JOIN devices d ON d.device_id = p.name WHERE p.role = 'device' ORDER BY p.name`,
    ),
  };
}

/**
 * The server's records in SQLite (DIR/registry.db, WAL): principals, releases
 * and the state devices report. Everything is synchronous and small; blobs
 * live in the blob store, not here. broker/test/suites/registry-suite.ts is
 * the contract another implementation would pass.
 */
export class Registry implements PrincipalLookup {
  private readonly statements: ReturnType<typeof prepareStatements>;
  /** Delta patches between component versions (patch-records.ts). */
  readonly patches: PatchRecords;
  /** Rollouts, their targets and history (rollout-records.ts). */
  readonly rollouts: RolloutRecords;
  /** Device labels (device-labels.ts). */
  readonly labels: DeviceLabels;
  /** Token hashes for an external broker (broker-credentials.ts). */
  readonly brokerCredentials: BrokerCredentials;
  /** Principals of people and backends: listing, bearer lookup (principal-records.ts). */
  readonly principals: PrincipalRecords;
  /** The audit log of admin actions (audit-records.ts). */
  readonly audit: AuditRecords;
  /** What garbage collection reads and forgets (gc-records.ts). */
  readonly gc: GcRecords;

  private constructor(private readonly db: Database.Database) {
    this.statements = prepareStatements(db);
    this.patches = new PatchRecords(db);
    this.rollouts = new RolloutRecords(db);
    this.labels = new DeviceLabels(db);
    this.brokerCredentials = new BrokerCredentials(db);
    this.principals = new PrincipalRecords(db);
    this.audit = new AuditRecords(db);
    this.gc = new GcRecords(db);
  }

  /** Opens (creating if needed) and migrates the database at `path`. */
  static open(path: string): Registry {
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      migrate(db);
      return new Registry(db);
    } catch (err) {
      db.close();
      throw new OtaError('OTA_E_IO', `cannot open registry ${path}: ${(err as Error).message}`, { cause: err });
    }
  }

  findPrincipal(name: string): Principal | undefined {
    const row = this.statements.principal.get(name);
    if (row === undefined || !isRole(row.role)) return undefined;
    return { name: row.name, role: row.role, tokenSha256: row.token_sha256, product: row.product, channel: row.channel };
  }

  /** Creates a principal or replaces its role, token hash, product and channel. */
  upsertPrincipal(principal: Principal): void {
    this.statements.upsertPrincipal.run({ ...principal, now: Date.now() });
  }

  getRelease(releaseId: string): ReleaseRecord | undefined {
    const row = this.statements.release.get(releaseId);
    return row === undefined ? undefined : toRelease(row);
  }

  /** The product a release belongs to, without loading its manifest. */
  releaseProduct(releaseId: string): string | undefined {
    return this.statements.releaseProduct.get(releaseId)?.product;
  }

  releasesOfVersion(product: string, channel: string, version: string): ReleaseRecord[] {
    return this.statements.releasesOfVersion.all(product, channel, version).map(toRelease);
  }

  /** Records a release and every blob it references, in one transaction. */
  insertRelease(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>): void {
    this.db.transaction(() => {
      this.statements.insertRelease.run({ ...release, componentDigests: JSON.stringify(release.componentDigests) });
      for (const digest of blobDigests) this.statements.insertReleaseBlob.run(release.releaseId, Buffer.from(digest));
    })();
  }

  /** Replaces the envelope of a release (same manifest bytes, other signatures). */
  updateSignedManifest(releaseId: string, signedManifest: Buffer): void {
    this.statements.updateSignedManifest.run(signedManifest, releaseId);
  }

  /** Makes this release the latest announced one of its channel (re-published on startup). */
  markAnnounced(releaseId: string): void {
    this.statements.markAnnounced.run(releaseId);
  }

  /** Whether `digest` is a chunk or chunk index of the release: devices fetch nothing else. */
  releaseHasBlob(releaseId: string, digest: Uint8Array): boolean {
    return this.statements.releaseHasBlob.get(releaseId, Buffer.from(digest)) !== undefined;
  }

  /** The latest announced release of every product/channel. */
  latestReleases(): ReleaseRecord[] {
    return this.statements.latestReleases.all().map(toRelease);
  }

  /** Releases of one product, or of all when `product` is empty, oldest first. */
  listReleases(product = ''): ReleaseRecord[] {
    const rows = product === '' ? this.statements.allReleases.all() : this.statements.releasesOfProduct.all(product);
    return rows.map(toRelease);
  }

  /**
   * Records that a device reported, and applies the status only when its seq
   * is newer than the last one applied. Returns the highest seq now recorded.
   */
  applyStatus(deviceId: string, update: StatusUpdate, nowMs = Date.now()): { applied: boolean; lastSeq: number } {
    return this.db.transaction(() => {
      this.statements.touchDevice.run(deviceId, nowMs);
      const last = this.statements.lastSeq.get(deviceId)?.last_seq ?? 0;
      if (update.seq <= last) return { applied: false, lastSeq: last };
      this.statements.applyStatus.run({ ...update, deviceId, components: JSON.stringify(update.components) });
      this.statements.logStatus.run({
        deviceId,
        seq: update.seq,
        receivedMs: nowMs,
        deviceMs: update.deviceTimeMs ?? 0,
        state: update.state,
        outcome: update.outcome,
        releaseId: update.releaseId ?? '',
        installedVersion: update.installedVersion,
        lastError: update.lastError,
      });
      this.statements.pruneStatusLog.run({ deviceId });
      return { applied: true, lastSeq: update.seq };
    })();
  }

  /** The highest status seq applied for a device (0: none yet). */
  lastStatusSeq(deviceId: string): number {
    return this.statements.lastSeq.get(deviceId)?.last_seq ?? 0;
  }

  /** The newest applied statuses of a device, oldest first. */
  statusLog(deviceId: string, limit = STATUS_LOG_ENTRIES): StatusLogEntry[] {
    return this.statements.statusLog
      .all(deviceId, limit)
      .reverse()
      .map((r) => ({ seq: r.seq, receivedMs: r.received_ms, deviceMs: r.device_ms, state: r.state, outcome: r.outcome, releaseId: r.release_id, installedVersion: r.installed_version, lastError: r.last_error }));
  }

  /** The release a channel announces now: the last announced one that was not yanked. */
  currentRelease(product: string, channel: string): ReleaseRecord | undefined {
    const row = this.statements.currentRelease.get(product, channel);
    return row ? toRelease(row) : undefined;
  }

  yankRelease(releaseId: string): void {
    this.statements.yankRelease.run(releaseId);
  }

  /** Forgets a principal (its token stops working); for a device, also its reported state and labels. */
  removePrincipal(name: string): void {
    this.db.transaction(() => {
      this.statements.removePrincipal.run(name);
      this.statements.removeDevice.run(name);
    })();
  }

  /** Every registered device with its last reported state. */
  listDevices(): DeviceRecord[] {
    return this.statements.devices.all().map(toDevice);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
