import type Database from 'better-sqlite3';
import type { Rollout, RolloutEvent, RolloutTarget } from '../rollouts/rollout-types.js';
import type { RolloutStore } from './registry-port.js';
import {
  ACTIVE_STATES,
  ROLLOUT_COLUMNS,
  TARGET_COLUMNS,
  rolloutActiveError,
  rolloutParams,
  targetParams,
  toEvent,
  toResult,
  toRollout,
  toTarget,
  type EventRow,
  type RolloutRow,
  type TargetRow,
} from './registry-rows.js';

/** Appended to the registry's migrations (registry-schema.ts): rollouts, their targets and their history, and device labels (device-labels.ts). */
export const FLEET_MIGRATION = `CREATE TABLE rollouts (
     rollout_id TEXT PRIMARY KEY,
     product TEXT NOT NULL,
     channel TEXT NOT NULL,
     version TEXT NOT NULL,
     release_id TEXT NOT NULL,
     selector TEXT NOT NULL DEFAULT '{}',
     policy TEXT NOT NULL,
     state TEXT NOT NULL,
     wave INTEGER NOT NULL DEFAULT 0,
     wave_settled_ms INTEGER,
     halt_reason TEXT NOT NULL DEFAULT '',
     created_ms INTEGER NOT NULL,
     updated_ms INTEGER NOT NULL
   );
   CREATE INDEX rollouts_by_channel ON rollouts (product, channel, state);
   CREATE TABLE rollout_targets (
     rollout_id TEXT NOT NULL,
     device_id TEXT NOT NULL,
     wave INTEGER NOT NULL,
     phase TEXT NOT NULL,
     assigned_ms INTEGER,
     installed_ms INTEGER,
     finished_ms INTEGER,
     reason TEXT NOT NULL DEFAULT '',
     acknowledged INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (rollout_id, device_id)
   ) WITHOUT ROWID;
   CREATE INDEX rollout_targets_by_device ON rollout_targets (device_id);
   CREATE TABLE rollout_events (
     rollout_id TEXT NOT NULL,
     seq INTEGER NOT NULL,
     at_ms INTEGER NOT NULL,
     kind TEXT NOT NULL,
     device_id TEXT NOT NULL DEFAULT '',
     detail TEXT NOT NULL,
     PRIMARY KEY (rollout_id, seq)
   ) WITHOUT ROWID;
   ALTER TABLE devices ADD COLUMN labels TEXT NOT NULL DEFAULT '{}';
   ALTER TABLE releases ADD COLUMN yanked INTEGER NOT NULL DEFAULT 0;`;

/** Rollouts in SQLite (what is recorded and when: RolloutStore in registry-port.ts). */
export class RolloutRecords implements RolloutStore {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      upsertRollout: db.prepare(`INSERT OR REPLACE INTO rollouts (${ROLLOUT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      rollout: db.prepare<[string], RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE rollout_id = ?`),
      all: db.prepare<[], RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts ORDER BY created_ms, rowid`),
      active: db.prepare<[], RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE state IN ${ACTIVE_STATES} ORDER BY created_ms`),
      activeOnChannel: db.prepare<[string, string], RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE product = ? AND channel = ? AND state IN ${ACTIVE_STATES}`),
      upsertTarget: db.prepare(
        `INSERT OR REPLACE INTO rollout_targets (rollout_id, ${TARGET_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      targets: db.prepare<[string], TargetRow>(`SELECT ${TARGET_COLUMNS} FROM rollout_targets WHERE rollout_id = ? ORDER BY wave, device_id`),
      nextEventSeq: db.prepare<[string], { next: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM rollout_events WHERE rollout_id = ?'),
      insertEvent: db.prepare('INSERT INTO rollout_events (rollout_id, seq, at_ms, kind, device_id, detail) VALUES (?, ?, ?, ?, ?, ?)'),
      events: db.prepare<[string, number], EventRow>(
        'SELECT at_ms, kind, device_id, detail FROM (SELECT * FROM rollout_events WHERE rollout_id = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq',
      ),
      // The newest finished outcome a device reported for a release (2 installed, 3 already current: success; 4–7: failure).
      latestResult: db.prepare<[string, string], { outcome: number; received_ms: number; last_error: string }>(
        `SELECT outcome, received_ms, last_error FROM device_status_log
         WHERE device_id = ? AND release_id = ? AND outcome BETWEEN 2 AND 7 ORDER BY seq DESC LIMIT 1`,
      ),
      // A device's own failures of a release, over every rollout of it (the penalty rule).
      failuresOfRelease: db.prepare<[string, string], { n: number }>(
        `SELECT COUNT(*) AS n FROM rollout_targets t JOIN rollouts r ON r.rollout_id = t.rollout_id
         WHERE t.device_id = ? AND r.release_id = ? AND t.phase = 'failed' AND t.reason NOT IN ('penalty', 'removed')`,
      ),
    };
  }

  async create(rollout: Rollout, targets: readonly RolloutTarget[], event: RolloutEvent): Promise<void> {
    this.db.transaction(() => {
      const active = this.s.activeOnChannel.get(rollout.product, rollout.channel);
      if (active !== undefined) throw rolloutActiveError(active, rollout);
      this.saveRows(rollout, targets, [event]);
    }).immediate();
  }

  async save(rollout: Rollout, targets: readonly RolloutTarget[], events: readonly RolloutEvent[]): Promise<void> {
    this.db.transaction(() => this.saveRows(rollout, targets, events))();
  }

  private saveRows(rollout: Rollout, targets: readonly RolloutTarget[], events: readonly RolloutEvent[]): void {
    this.s.upsertRollout.run(...rolloutParams(rollout));
    for (const t of targets) this.s.upsertTarget.run(...targetParams(rollout.id, t));
    let seq = this.s.nextEventSeq.get(rollout.id)?.next ?? 1;
    for (const e of events) this.s.insertEvent.run(rollout.id, seq++, e.atMs, e.kind, e.deviceId ?? '', e.detail);
  }

  async get(rolloutId: string): Promise<Rollout | undefined> {
    const row = this.s.rollout.get(rolloutId);
    return row ? toRollout(row) : undefined;
  }

  async list(): Promise<Rollout[]> {
    return this.s.all.all().map(toRollout);
  }

  async active(): Promise<Rollout[]> {
    return this.s.active.all().map(toRollout);
  }

  async activeOnChannel(product: string, channel: string): Promise<Rollout | undefined> {
    const row = this.s.activeOnChannel.get(product, channel);
    return row ? toRollout(row) : undefined;
  }

  async targets(rolloutId: string): Promise<RolloutTarget[]> {
    return this.s.targets.all(rolloutId).map(toTarget);
  }

  async events(rolloutId: string, limit = 500): Promise<RolloutEvent[]> {
    return this.s.events.all(rolloutId, limit).map(toEvent);
  }

  async latestResult(deviceId: string, releaseId: string): Promise<{ ok: boolean; reason: string; atMs: number } | undefined> {
    return toResult(this.s.latestResult.get(deviceId, releaseId));
  }

  async failuresOfRelease(deviceId: string, releaseId: string): Promise<number> {
    return this.s.failuresOfRelease.get(deviceId, releaseId)?.n ?? 0;
  }
}
