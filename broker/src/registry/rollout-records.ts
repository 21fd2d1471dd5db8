import type Database from 'better-sqlite3';
import { OtaError } from '@otacast/shared';
import type { Rollout, RolloutEvent, RolloutPolicy, RolloutState, RolloutTarget, TargetPhase } from '../rollouts/rollout-types.js';

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

interface RolloutRow {
  rollout_id: string;
  product: string;
  channel: string;
  version: string;
  release_id: string;
  selector: string;
  policy: string;
  state: string;
  wave: number;
  wave_settled_ms: number | null;
  halt_reason: string;
  created_ms: number;
  updated_ms: number;
}

interface TargetRow {
  device_id: string;
  wave: number;
  phase: string;
  assigned_ms: number | null;
  installed_ms: number | null;
  finished_ms: number | null;
  reason: string;
  acknowledged: number;
}

/** DeviceStatus outcomes (proto Outcome) that end an attempt, by number. */
const OUTCOME_NAMES: Record<number, string> = { 4: 'refused', 5: 'failed', 6: 'rolled-back', 7: 'incompatible' };

const ROLLOUT_COLUMNS = 'rollout_id, product, channel, version, release_id, selector, policy, state, wave, wave_settled_ms, halt_reason, created_ms, updated_ms';
const ACTIVE_STATES = `('running', 'paused', 'halted')`;

function toRollout(row: RolloutRow): Rollout {
  const rollout: Rollout = {
    id: row.rollout_id,
    product: row.product,
    channel: row.channel,
    version: row.version,
    releaseId: row.release_id,
    select: JSON.parse(row.selector) as Record<string, string>,
    policy: JSON.parse(row.policy) as RolloutPolicy,
    state: row.state as RolloutState,
    wave: row.wave,
    createdAtMs: row.created_ms,
    updatedAtMs: row.updated_ms,
  };
  if (row.wave_settled_ms !== null) rollout.waveSettledAtMs = row.wave_settled_ms;
  if (row.halt_reason !== '') rollout.haltReason = row.halt_reason;
  return rollout;
}

function toTarget(row: TargetRow): RolloutTarget {
  const target: RolloutTarget = { deviceId: row.device_id, wave: row.wave, phase: row.phase as TargetPhase };
  if (row.assigned_ms !== null) target.assignedAtMs = row.assigned_ms;
  if (row.installed_ms !== null) target.installedAtMs = row.installed_ms;
  if (row.finished_ms !== null) target.finishedAtMs = row.finished_ms;
  if (row.reason !== '') target.reason = row.reason;
  if (row.acknowledged !== 0) target.acknowledged = true;
  return target;
}

function rolloutParams(r: Rollout): unknown[] {
  return [r.id, r.product, r.channel, r.version, r.releaseId, JSON.stringify(r.select), JSON.stringify(r.policy), r.state, r.wave, r.waveSettledAtMs ?? null, r.haltReason ?? '', r.createdAtMs, r.updatedAtMs];
}

function targetParams(rolloutId: string, t: RolloutTarget): unknown[] {
  return [rolloutId, t.deviceId, t.wave, t.phase, t.assignedAtMs ?? null, t.installedAtMs ?? null, t.finishedAtMs ?? null, t.reason ?? '', t.acknowledged ? 1 : 0];
}

/**
 * Rollouts as the engine (rollouts/rollout-engine.ts) leaves them: each step
 * is saved in one transaction — the rollout row, the targets it changed and
 * its events — before its assignments are published, so a restart resumes
 * from the last saved step.
 */
export class RolloutRecords {
  private readonly s;

  constructor(private readonly db: Database.Database) {
    this.s = {
      upsertRollout: db.prepare(`INSERT OR REPLACE INTO rollouts (${ROLLOUT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      rollout: db.prepare<[string], RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE rollout_id = ?`),
      all: db.prepare<[], RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts ORDER BY created_ms, rowid`),
      active: db.prepare<[], RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE state IN ${ACTIVE_STATES} ORDER BY created_ms`),
      activeOnChannel: db.prepare<[string, string], RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE product = ? AND channel = ? AND state IN ${ACTIVE_STATES}`),
      upsertTarget: db.prepare(
        'INSERT OR REPLACE INTO rollout_targets (rollout_id, device_id, wave, phase, assigned_ms, installed_ms, finished_ms, reason, acknowledged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      targets: db.prepare<[string], TargetRow>('SELECT device_id, wave, phase, assigned_ms, installed_ms, finished_ms, reason, acknowledged FROM rollout_targets WHERE rollout_id = ? ORDER BY wave, device_id'),
      nextEventSeq: db.prepare<[string], { next: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM rollout_events WHERE rollout_id = ?'),
      insertEvent: db.prepare('INSERT INTO rollout_events (rollout_id, seq, at_ms, kind, device_id, detail) VALUES (?, ?, ?, ?, ?, ?)'),
      events: db.prepare<[string, number], { at_ms: number; kind: string; device_id: string; detail: string }>(
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

  /** Saves a new rollout with its first targets; refused when the channel already has an active rollout (unless `supersede` names it). */
  create(rollout: Rollout, targets: readonly RolloutTarget[], event: RolloutEvent): void {
    this.db.transaction(() => {
      const active = this.s.activeOnChannel.all(rollout.product, rollout.channel);
      if (active.length > 0) {
        throw new OtaError('OTA_E_ROLLOUT_ACTIVE', `rollout ${active[0]?.rollout_id} of ${rollout.product} ${active[0]?.version} is still ${active[0]?.state} on ${rollout.channel}: abort it first, or start with --supersede`);
      }
      this.save(rollout, targets, [event]);
    })();
  }

  /** Saves one engine step: the rollout, the targets it changed or added, and its events, in one transaction. */
  save(rollout: Rollout, targets: readonly RolloutTarget[], events: readonly RolloutEvent[]): void {
    this.db.transaction(() => {
      this.s.upsertRollout.run(...rolloutParams(rollout));
      for (const t of targets) this.s.upsertTarget.run(...targetParams(rollout.id, t));
      let seq = this.s.nextEventSeq.get(rollout.id)?.next ?? 1;
      for (const e of events) this.s.insertEvent.run(rollout.id, seq++, e.atMs, e.kind, e.deviceId ?? '', e.detail);
    })();
  }

  get(rolloutId: string): Rollout | undefined {
    const row = this.s.rollout.get(rolloutId);
    return row ? toRollout(row) : undefined;
  }

  list(): Rollout[] {
    return this.s.all.all().map(toRollout);
  }

  /** Rollouts the engine still steps: running, paused or halted. */
  active(): Rollout[] {
    return this.s.active.all().map(toRollout);
  }

  activeOnChannel(product: string, channel: string): Rollout | undefined {
    const row = this.s.activeOnChannel.get(product, channel);
    return row ? toRollout(row) : undefined;
  }

  targets(rolloutId: string): RolloutTarget[] {
    return this.s.targets.all(rolloutId).map(toTarget);
  }

  /** The newest `limit` events, oldest first. */
  events(rolloutId: string, limit = 500): RolloutEvent[] {
    return this.s.events.all(rolloutId, limit).map((e) => {
      const event: RolloutEvent = { atMs: e.at_ms, kind: e.kind as RolloutEvent['kind'], detail: e.detail };
      if (e.device_id !== '') event.deviceId = e.device_id;
      return event;
    });
  }

  /** The last result a device reported for a release, from the status log: installed or already current is success. */
  latestResult(deviceId: string, releaseId: string): { ok: boolean; reason: string; atMs: number } | undefined {
    const row = this.s.latestResult.get(deviceId, releaseId);
    if (!row) return undefined;
    const ok = row.outcome === 2 || row.outcome === 3;
    return { ok, reason: ok ? '' : row.last_error.split(':')[0] || OUTCOME_NAMES[row.outcome] || 'failed', atMs: row.received_ms };
  }

  failuresOfRelease(deviceId: string, releaseId: string): number {
    return this.s.failuresOfRelease.get(deviceId, releaseId)?.n ?? 0;
  }
}
