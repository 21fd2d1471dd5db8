import type { Logger } from '@otacast/shared';
import type { Principal } from '../auth/auth.js';
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
import { PostgresDb, type Sql } from './postgres-db.js';
import { migratePostgres } from './postgres-schema.js';
import { PostgresPatches } from './postgres-patches.js';
import { PostgresRollouts } from './postgres-rollouts.js';
import { PostgresLabels } from './postgres-labels.js';
import { PostgresBrokerCredentials } from './postgres-broker-credentials.js';
import { PostgresPrincipals } from './postgres-principals.js';
import { PostgresAudit } from './postgres-audit.js';
import { PostgresGc } from './postgres-gc.js';

/** Advisory lock numbering the announcements, so two workers announcing at once get distinct, ordered numbers. */
const ANNOUNCE_LOCK = 0x616e6e6f756e; // "announ"

const RELEASE_SELECT = `SELECT ${RELEASE_COLUMNS} FROM releases`;

/**
 * A device status in one statement (one implicit transaction):
 * - `applied`: the upsert writes the status only when its seq is newer than
 *   the row's; ON CONFLICT locks the row and compares with its latest
 *   version, so statuses of one device from any worker apply one at a time;
 * - `seen`: a status that did not apply (a re-send) still moves last_seen_ms
 *   (only then: a row is never modified twice in one statement);
 * - the log gets the applied status and keeps the newest STATUS_LOG_ENTRIES:
 *   the trim reads the log as it was before this statement, so it keeps one
 *   fewer old entry, plus the new one (a status racing on another worker can
 *   leave one entry extra until the next status trims it);
 * - `previous`: the seq before, as of the statement's snapshot (for the log line on a jump).
 * A re-send of a device's first status racing its first delivery on another
 * worker takes a second statement (applyStatus).
 * $1 device, $2 now, $3 installed version, $4 state, $5 outcome, $6 target version, $7 last error,
 * $8 seq, $9 components JSON, $10 device time, $11 release id.
 */
const APPLY_STATUS = `
  WITH previous AS (SELECT last_seq FROM devices WHERE device_id = $1),
  applied AS (
    INSERT INTO devices AS d (device_id, last_seen_ms, installed_version, state, outcome, target_version, last_error, last_seq, components)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT (device_id) DO UPDATE SET last_seen_ms = excluded.last_seen_ms, installed_version = excluded.installed_version, state = excluded.state,
      outcome = excluded.outcome, target_version = excluded.target_version, last_error = excluded.last_error, last_seq = excluded.last_seq, components = excluded.components
    WHERE d.last_seq < excluded.last_seq
    RETURNING last_seq
  ),
  seen AS (UPDATE devices SET last_seen_ms = $2 WHERE device_id = $1 AND NOT EXISTS (SELECT 1 FROM applied) RETURNING last_seq),
  logged AS (
    INSERT INTO device_status_log (device_id, ${STATUS_LOG_COLUMNS})
    SELECT $1, $8::bigint, $2::bigint, $10::bigint, $4::integer, $5::integer, $11::text, $3::text, $7::text FROM applied
    ON CONFLICT DO NOTHING
  ),
  trimmed AS (
    DELETE FROM device_status_log WHERE device_id = $1 AND EXISTS (SELECT 1 FROM applied) AND seq < (
      SELECT seq FROM device_status_log WHERE device_id = $1 ORDER BY seq DESC LIMIT 1 OFFSET ${STATUS_LOG_ENTRIES - 2})
  )
  SELECT (SELECT last_seq FROM applied) AS applied_seq, (SELECT last_seq FROM seen) AS current_seq, (SELECT last_seq FROM previous) AS previous_seq`;

/**
 * The registry on PostgreSQL, shared by every worker of a scale-out
 * deployment (docs/scale-out.md). Where workers can race, one statement or one
 * transaction decides: releases committed at once on one channel (an
 * advisory lock per product/channel, under which the replay check and the
 * announcement happen too), statuses of one device (the devices row lock
 * and a `last_seq <` guard), rollout creation (a lock per channel) and
 * rollout leases (one INSERT … ON CONFLICT).
 */
export class PostgresRegistry implements Registry {
  readonly patches: PostgresPatches;
  readonly rollouts: PostgresRollouts;
  readonly labels: PostgresLabels;
  readonly brokerCredentials: PostgresBrokerCredentials;
  readonly principals: PostgresPrincipals;
  readonly audit: PostgresAudit;
  readonly gc: PostgresGc;

  private constructor(
    private readonly db: PostgresDb,
    options: RegistryOptions,
  ) {
    this.patches = new PostgresPatches(db);
    this.rollouts = new PostgresRollouts(db);
    this.labels = new PostgresLabels(db);
    this.brokerCredentials = new PostgresBrokerCredentials(db);
    this.principals = new PostgresPrincipals(db);
    this.audit = new PostgresAudit(db, options.auditEntries);
    this.gc = new PostgresGc(db);
  }

  /** Statements sent to the database so far (tests count them per status). */
  get statementsSent(): number {
    return this.db.statementsSent;
  }

  /** Connects to `url` and migrates; an unreachable database or a bad URL is OTA_E_REGISTRY_UNAVAILABLE. */
  static async open(url: string, logger?: Logger, options: RegistryOptions = {}): Promise<PostgresRegistry> {
    const db = PostgresDb.create(url, logger);
    try {
      await migratePostgres(db);
    } catch (err) {
      await db.close().catch(() => undefined);
      throw err;
    }
    return new PostgresRegistry(db, options);
  }

  async findPrincipal(name: string): Promise<Principal | undefined> {
    const [row] = await this.db.query<PrincipalRow>('SELECT name, role, token_sha256, product, channel FROM principals WHERE name = $1', [name]);
    return toPrincipal(row);
  }

  async upsertPrincipal(p: Principal): Promise<void> {
    await this.db.query(
      `INSERT INTO principals (name, role, token_sha256, product, channel, created_ms) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (name) DO UPDATE SET role = excluded.role, token_sha256 = excluded.token_sha256, product = excluded.product, channel = excluded.channel`,
      [p.name, p.role, p.tokenSha256, p.product, p.channel, Date.now()],
    );
  }

  async removePrincipal(name: string): Promise<void> {
    await this.db.transaction(async (sql) => {
      await sql.query('DELETE FROM principals WHERE name = $1', [name]);
      await sql.query('DELETE FROM devices WHERE device_id = $1', [name]);
    });
  }

  async listDevices(): Promise<DeviceRecord[]> {
    const rows = await this.db.query<DeviceRow>(
      `SELECT p.name AS device_id, p.product, p.channel,
         COALESCE(d.installed_version, '') AS installed_version, COALESCE(d.state, 0) AS state, COALESCE(d.outcome, 0) AS outcome,
         COALESCE(d.target_version, '') AS target_version, COALESCE(d.last_error, '') AS last_error,
         COALESCE(d.last_seen_ms, 0) AS last_seen_ms, COALESCE(d.last_seq, 0) AS last_seq, COALESCE(d.components, '{}') AS components, COALESCE(d.labels, '{}') AS labels
       FROM principals p LEFT JOIN devices d ON d.device_id = p.name WHERE p.role = 'device' ORDER BY p.name COLLATE "C"`,
    );
    return rows.map(toDevice);
  }

  async getRelease(releaseId: string): Promise<ReleaseRecord | undefined> {
    const [row] = await this.db.query<ReleaseRow>(`${RELEASE_SELECT} WHERE release_id = $1`, [releaseId]);
    return row === undefined ? undefined : toRelease(row);
  }

  async releaseProduct(releaseId: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ product: string }>('SELECT product FROM releases WHERE release_id = $1', [releaseId]);
    return row?.product;
  }

  async releasesOfVersion(product: string, channel: string, version: string): Promise<ReleaseRecord[]> {
    return (await this.db.query<ReleaseRow>(`${RELEASE_SELECT} WHERE product = $1 AND channel = $2 AND version = $3 ORDER BY seq`, [product, channel, version])).map(toRelease);
  }

  async insertRelease(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>): Promise<void> {
    await this.db.transaction((sql) => this.insertReleaseRows(sql, release, blobDigests));
  }

  async commitRelease(release: ReleaseRecord, blobDigests: Iterable<Uint8Array>, { announce = false }: { announce?: boolean } = {}): Promise<{ existing: boolean }> {
    return this.db.transaction(async (sql) => {
      // Commits on one channel wait for each other here: the second sees what the first recorded and announced.
      await sql.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`release\n${release.product}\n${release.channel}`]);
      if (announce) {
        const [current] = await sql.query<ReleaseRow>(`${RELEASE_SELECT} WHERE product = $1 AND channel = $2 AND announced > 0 AND yanked = 0 ORDER BY announced DESC, seq DESC LIMIT 1`, [release.product, release.channel]);
        const replayed = replayedManifestError(release, current === undefined ? undefined : toRelease(current));
        if (replayed !== undefined) throw replayed;
      }
      const existing = await this.recordCommit(sql, release, blobDigests);
      if (announce) await this.announce(sql, release.releaseId);
      return { existing };
    });
  }

  /** commitRelease's record (inside its transaction); whether the release or its version was there already. */
  private async recordCommit(sql: Sql, release: ReleaseRecord, blobDigests: Iterable<Uint8Array>): Promise<boolean> {
    const updated = await sql.query('UPDATE releases SET signed_manifest = $1 WHERE release_id = $2 RETURNING 1', [release.signedManifest, release.releaseId]);
    if (updated.length > 0) return true;
    const sameVersion = (await sql.query<ReleaseRow>(`${RELEASE_SELECT} WHERE product = $1 AND channel = $2 AND version = $3`, [release.product, release.channel, release.version])).map(toRelease);
    if (sameVersion.length > 0 && !sameVersion.some((r) => sameComponents(r.componentDigests, release.componentDigests))) throw versionExistsError(release);
    await this.insertReleaseRows(sql, release, blobDigests);
    return sameVersion.length > 0;
  }

  private async insertReleaseRows(sql: Sql, r: ReleaseRecord, blobDigests: Iterable<Uint8Array>): Promise<void> {
    await sql.query(`INSERT INTO releases (${RELEASE_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      r.releaseId, r.product, r.channel, r.version, r.signedManifest, JSON.stringify(r.componentDigests), r.totalSize, r.createdMs,
    ]);
    const digests = [...blobDigests].map((d) => Buffer.from(d));
    if (digests.length > 0) await sql.query('INSERT INTO release_blobs (release_id, digest) SELECT $1, unnest($2::bytea[]) ON CONFLICT DO NOTHING', [r.releaseId, digests]);
  }

  async updateSignedManifest(releaseId: string, signedManifest: Buffer): Promise<void> {
    await this.db.query('UPDATE releases SET signed_manifest = $1 WHERE release_id = $2', [signedManifest, releaseId]);
  }

  async markAnnounced(releaseId: string): Promise<void> {
    await this.db.transaction((sql) => this.announce(sql, releaseId));
  }

  private async announce(sql: Sql, releaseId: string): Promise<void> {
    // Taken after a channel's commit lock, never before one: no two transactions wait on each other in opposite orders.
    await sql.query('SELECT pg_advisory_xact_lock($1)', [ANNOUNCE_LOCK]);
    await sql.query('UPDATE releases SET announced = (SELECT COALESCE(MAX(announced), 0) + 1 FROM releases) WHERE release_id = $1', [releaseId]);
  }

  async releaseHasBlob(releaseId: string, digest: Uint8Array): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM release_blobs WHERE release_id = $1 AND digest = $2', [releaseId, Buffer.from(digest)])).length > 0;
  }

  async latestReleases(): Promise<ReleaseRecord[]> {
    const rows = await this.db.query<ReleaseRow>(
      `SELECT ${RELEASE_COLUMNS} FROM (
         SELECT DISTINCT ON (product, channel) * FROM releases WHERE announced > 0 AND yanked = 0 ORDER BY product, channel, announced DESC, seq DESC
       ) latest ORDER BY product COLLATE "C", channel COLLATE "C"`,
    );
    return rows.map(toRelease);
  }

  async listReleases(product = ''): Promise<ReleaseRecord[]> {
    const rows = product === ''
      ? await this.db.query<ReleaseRow>(`${RELEASE_SELECT} ORDER BY product COLLATE "C", seq`)
      : await this.db.query<ReleaseRow>(`${RELEASE_SELECT} WHERE product = $1 ORDER BY seq`, [product]);
    return rows.map(toRelease);
  }

  async currentRelease(product: string, channel: string): Promise<ReleaseRecord | undefined> {
    const [row] = await this.db.query<ReleaseRow>(`${RELEASE_SELECT} WHERE product = $1 AND channel = $2 AND announced > 0 AND yanked = 0 ORDER BY announced DESC, seq DESC LIMIT 1`, [product, channel]);
    return row ? toRelease(row) : undefined;
  }

  async yankRelease(releaseId: string): Promise<void> {
    await this.db.query('UPDATE releases SET yanked = 1 WHERE release_id = $1', [releaseId]);
  }

  async isYanked(releaseId: string): Promise<boolean> {
    const [row] = await this.db.query<{ yanked: number }>('SELECT yanked FROM releases WHERE release_id = $1', [releaseId]);
    return (row?.yanked ?? 0) !== 0;
  }

  /** One statement, one round trip (APPLY_STATUS): a status costs the database one request whether it applies or is a re-send. */
  async applyStatus(deviceId: string, u: StatusUpdate, nowMs = Date.now()): Promise<AppliedStatus> {
    const [row] = await this.db.query<{ applied_seq: number | null; current_seq: number | null; previous_seq: number | null }>(APPLY_STATUS, [
      deviceId, nowMs, u.installedVersion, u.state, u.outcome, u.targetVersion, u.lastError, u.seq, JSON.stringify(u.components), u.deviceTimeMs ?? 0, u.releaseId ?? '',
    ]);
    const previousSeq = row?.previous_seq ?? 0;
    if (row?.applied_seq != null) return { applied: true, lastSeq: row.applied_seq, previousSeq };
    if (row?.current_seq != null) return { applied: false, lastSeq: row.current_seq, previousSeq };
    // A first status racing the same one on another worker: the row that worker inserted is not in this statement's snapshot, so `seen` missed it.
    const [now] = await this.db.query<{ last_seq: number }>('UPDATE devices SET last_seen_ms = $2 WHERE device_id = $1 RETURNING last_seq', [deviceId, nowMs]);
    return { applied: false, lastSeq: now?.last_seq ?? 0, previousSeq };
  }

  async lastStatusSeq(deviceId: string): Promise<number> {
    const [row] = await this.db.query<{ last_seq: number }>('SELECT last_seq FROM devices WHERE device_id = $1', [deviceId]);
    return row?.last_seq ?? 0;
  }

  async statusLog(deviceId: string, limit = STATUS_LOG_ENTRIES): Promise<StatusLogEntry[]> {
    const rows = await this.db.query<StatusLogRow>(`SELECT ${STATUS_LOG_COLUMNS} FROM device_status_log WHERE device_id = $1 ORDER BY seq DESC LIMIT $2`, [deviceId, limit]);
    return rows.reverse().map(toStatusLogEntry);
  }

  async statusLogs(deviceIds: readonly string[], limit = STATUS_LOG_ENTRIES): Promise<Map<string, StatusLogEntry[]>> {
    const logs = new Map<string, StatusLogEntry[]>(deviceIds.map((id) => [id, []]));
    if (deviceIds.length === 0) return logs;
    // Per device its newest `limit` by the (device_id, seq) key, as statusLog does; newest first within each.
    const rows = await this.db.query<StatusLogRow & { device_id: string }>(
      `SELECT d.id AS device_id, l.* FROM unnest($1::text[]) AS d(id) CROSS JOIN LATERAL (
         SELECT ${STATUS_LOG_COLUMNS} FROM device_status_log WHERE device_id = d.id ORDER BY seq DESC LIMIT $2) l`,
      [[...new Set(deviceIds)], limit],
    );
    for (const row of rows) logs.get(row.device_id)?.unshift(toStatusLogEntry(row));
    return logs;
  }

  async tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean> {
    // One statement: free, expired or already ours → ours (renewed); held by a live other → no row.
    const rows = await this.db.query(
      `INSERT INTO leases (name, holder, expires) VALUES ($1, $2, now() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires = excluded.expires
       WHERE leases.expires < now() OR leases.holder = excluded.holder
       RETURNING holder`,
      [name, holder, ttlMs],
    );
    return rows.length > 0;
  }

  async releaseLease(name: string, holder: string): Promise<void> {
    await this.db.query('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
