import Database from 'better-sqlite3';
import { OtaError } from '@otacast/shared';
import type { Principal } from '../auth/auth.js';
import { migrate } from './registry-schema.js';
import { DeviceLabels } from './device-labels.js';
import { PatchRecords } from './patch-records.js';
import { RolloutRecords } from './rollout-records.js';
import { BrokerCredentials } from './broker-credentials.js';
import { AuditRecords } from './audit-records.js';
import { PrincipalRecords } from './principal-records.js';
import { GcRecords } from './gc-records.js';
import { STATUS_LOG_ENTRIES, type DeviceRecord, type Registry, type RegistryOptions, type ReleaseRecord, type StatusLogEntry, type StatusUpdate, type AppliedStatus } from './registry-port.js';
import {
  RELEASE_COLUMNS,
  STATUS_LOG_COLUMNS,
  sameComponents,
  toDevice,
  toPrincipal,
  toRelease,
  toStatusLogEntry,
  replayedManifestError,
  versionExistsError,
  type DeviceRow,
  type PrincipalRow,
  type ReleaseRow,
  type StatusLogRow,
} from './registry-rows.js';

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
    isYanked: db.prepare<[string], { yanked: number }>('SELECT yanked FROM releases WHERE release_id = ?'),
    removePrincipal: db.prepare('DELETE FROM principals WHERE name = ?'),
    removeDevice: db.prepare('DELETE FROM devices WHERE device_id = ?'),
    allReleases: db.prepare<[], ReleaseRow>(`SELECT ${RELEASE_COLUMNS} FROM releases ORDER BY product, rowid`),
    releasesOfProduct: db.prepare<[string], ReleaseRow>(`SELECT ${RELEASE_COLUMNS} FROM releases WHERE product = ? ORDER BY rowid`),
    lastSeq: db.prepare<[string], { last_seq: number }>('SELECT last_seq FROM devices WHERE device_id = ?'),
    touchDevice: db.prepare(
      `INSERT INTO devices (device_id, last_seen_ms) VALUES (?, ?) ON CONFLICT (device_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms`,
    ),
    // The last_seq guard in the statement itself, as on PostgreSQL: an older or resent status changes nothing.
    applyStatus: db.prepare(
      `UPDATE devices SET installed_version = @installedVersion, state = @state, outcome = @outcome, target_version = @targetVersion,
         last_error = @lastError, last_seq = @seq, components = @components WHERE device_id = @deviceId AND last_seq < @seq`,
    ),
    logStatus: db.prepare(
      `INSERT OR IGNORE INTO device_status_log (device_id, seq, received_ms, device_ms, state, outcome, release_id, installed_version, last_error)
       VALUES (@deviceId, @seq, @receivedMs, @deviceMs, @state, @outcome, @releaseId, @installedVersion, @lastError)`,
    ),
    pruneStatusLog: db.prepare(
      `DELETE FROM device_status_log WHERE device_id = @deviceId AND seq < (
         SELECT seq FROM device_status_log WHERE device_id = @deviceId ORDER BY seq DESC LIMIT 1 OFFSET ${STATUS_LOG_ENTRIES - 1})`,
    ),
    statusLog: db.prepare<[string, number], StatusLogRow>(
      `SELECT ${STATUS_LOG_COLUMNS} FROM device_status_log
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

/** Leases of this process, by database file: one SQLite file has one server, so a lease only has to hold within it. */
const processLeases = new Map<string, Map<string, { holder: string; expiresMs: number }>>();

/**
 * The server's records in SQLite (DIR/registry.db, WAL): principals, releases
 * and the state devices report. better-sqlite3 is synchronous and each call
 * is small, so the port's Promises resolve at once; blobs live in the blob
 * store, not here.
 */
export class SqliteRegistry implements Registry {
  private readonly statements: ReturnType<typeof prepareStatements>;
  readonly patches: PatchRecords;
  readonly rollouts: RolloutRecords;
  readonly labels: DeviceLabels;
  readonly brokerCredentials: BrokerCredentials;
  readonly principals: PrincipalRecords;
  readonly audit: AuditRecords;
  readonly gc: GcRecords;
  private readonly leases: Map<string, { holder: string; expiresMs: number }>;

  private constructor(
    private readonly db: Database.Database,
    options: RegistryOptions,
  ) {
    this.statements = prepareStatements(db);
    this.patches = new PatchRecords(db);
    this.rollouts = new RolloutRecords(db);
    this.labels = new DeviceLabels(db);
    this.brokerCredentials = new BrokerCredentials(db);
    this.principals = new PrincipalRecords(db);
    this.audit = new AuditRecords(db, options.auditEntries);
    this.gc = new GcRecords(db);
    const leases = processLeases.get(db.name) ?? new Map<string, { holder: string; expiresMs: number }>();
    processLeases.set(db.name, leases);
    this.leases = leases;
  }

  /** Opens (creating if needed) and migrates the database at `path`. */
  static open(path: string, options: RegistryOptions = {}): SqliteRegistry {
    const db = new Database(path);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      migrate(db);
      return new SqliteRegistry(db, options);
    } catch (err) {
      db.close();
      throw new OtaError('OTA_E_IO', `cannot open registry ${path}: ${(err as Error).message}`, { cause: err });
    }
  }

  async findPrincipal(name: string): Promise<Principal | undefined> {
    return toPrincipal(this.statements.principal.get(name));
  }

  async upsertPrincipal(principal: Principal): Promise<void> {
    this.statements.upsertPrincipal.run({ ...principal, now: Date.now() });
  }

  async getRelease(releaseId: string): Promise<ReleaseRecord | undefined> {
    const row = this.statements.release.get(releaseId);
    return row === undefined ? undefined : toRelease(row);
  }

  async releaseProduct(releaseId: string): Promise<string | undefined> {
    return this.statements.releaseProduct.get(releaseId)?.product;
  }

  async releasesOfVersion(product: string, channel: string, version: string): Promise<ReleaseRecord[]> {
    return this.statements.releasesOfVersion.all(product, channel, version).map(toRelease);
  }

  async insertRelease(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>): Promise<void> {
    this.db.transaction(() => this.insertReleaseRows(release, blobDigests))();
  }

  async commitRelease(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>, { announce = false }: { announce?: boolean } = {}): Promise<{ existing: boolean }> {
    // IMMEDIATE: the write lock is taken before the checks, so another process committing on this file waits for them.
    return this.db.transaction(() => {
      if (announce) {
        const current = this.statements.currentRelease.get(release.product, release.channel);
        const replayed = replayedManifestError(release, current === undefined ? undefined : toRelease(current));
        if (replayed !== undefined) throw replayed;
      }
      const existing = this.recordCommit(release, blobDigests);
      if (announce) this.statements.markAnnounced.run(release.releaseId);
      return { existing };
    }).immediate();
  }

  /** commitRelease's record (inside its transaction); whether the release or its version was there already. */
  private recordCommit(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>): boolean {
    if (this.statements.release.get(release.releaseId) !== undefined) {
      this.statements.updateSignedManifest.run(release.signedManifest, release.releaseId);
      return true;
    }
    const sameVersion = this.statements.releasesOfVersion.all(release.product, release.channel, release.version).map(toRelease);
    if (sameVersion.length > 0 && !sameVersion.some((r) => sameComponents(r.componentDigests, release.componentDigests))) throw versionExistsError(release);
    this.insertReleaseRows(release, blobDigests);
    return sameVersion.length > 0;
  }

  private insertReleaseRows(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>): void {
    this.statements.insertRelease.run({ ...release, componentDigests: JSON.stringify(release.componentDigests) });
    for (const digest of blobDigests) this.statements.insertReleaseBlob.run(release.releaseId, Buffer.from(digest));
  }

  async updateSignedManifest(releaseId: string, signedManifest: Buffer): Promise<void> {
    this.statements.updateSignedManifest.run(signedManifest, releaseId);
  }

  async markAnnounced(releaseId: string): Promise<void> {
    this.statements.markAnnounced.run(releaseId);
  }

  async releaseHasBlob(releaseId: string, digest: Uint8Array): Promise<boolean> {
    return this.statements.releaseHasBlob.get(releaseId, Buffer.from(digest)) !== undefined;
  }

  async latestReleases(): Promise<ReleaseRecord[]> {
    return this.statements.latestReleases.all().map(toRelease);
  }

  async listReleases(product = ''): Promise<ReleaseRecord[]> {
    const rows = product === '' ? this.statements.allReleases.all() : this.statements.releasesOfProduct.all(product);
    return rows.map(toRelease);
  }

  async applyStatus(deviceId: string, update: StatusUpdate, nowMs = Date.now()): Promise<AppliedStatus> {
    return this.db.transaction((): AppliedStatus => {
      const previousSeq = this.statements.lastSeq.get(deviceId)?.last_seq ?? 0;
      this.statements.touchDevice.run(deviceId, nowMs);
      const changed = this.statements.applyStatus.run({ ...update, deviceId, components: JSON.stringify(update.components) }).changes;
      if (changed === 0) return { applied: false, lastSeq: previousSeq, previousSeq };
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
      return { applied: true, lastSeq: update.seq, previousSeq };
    })();
  }

  async lastStatusSeq(deviceId: string): Promise<number> {
    return this.statements.lastSeq.get(deviceId)?.last_seq ?? 0;
  }

  async statusLog(deviceId: string, limit = STATUS_LOG_ENTRIES): Promise<StatusLogEntry[]> {
    return this.statements.statusLog.all(deviceId, limit).reverse().map(toStatusLogEntry);
  }

  async statusLogs(deviceIds: readonly string[], limit = STATUS_LOG_ENTRIES): Promise<Map<string, StatusLogEntry[]>> {
    // In-process and synchronous: one indexed statement per device costs no round trip.
    return new Map(deviceIds.map((id) => [id, this.statements.statusLog.all(id, limit).reverse().map(toStatusLogEntry)]));
  }

  async currentRelease(product: string, channel: string): Promise<ReleaseRecord | undefined> {
    const row = this.statements.currentRelease.get(product, channel);
    return row ? toRelease(row) : undefined;
  }

  async yankRelease(releaseId: string): Promise<void> {
    this.statements.yankRelease.run(releaseId);
  }

  async isYanked(releaseId: string): Promise<boolean> {
    return (this.statements.isYanked.get(releaseId)?.yanked ?? 0) !== 0;
  }

  async removePrincipal(name: string): Promise<void> {
    this.db.transaction(() => {
      this.statements.removePrincipal.run(name);
      this.statements.removeDevice.run(name);
    })();
  }

  async listDevices(): Promise<DeviceRecord[]> {
    return this.statements.devices.all().map(toDevice);
  }

  async tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const lease = this.leases.get(name);
    if (lease !== undefined && lease.holder !== holder && lease.expiresMs >= now) return false;
    this.leases.set(name, { holder, expiresMs: now + ttlMs });
    return true;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    if (this.leases.get(name)?.holder === holder) this.leases.delete(name);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
