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
import type { PostgresDb, Sql } from './postgres-db.js';

const ROLLOUT_UPDATES = ROLLOUT_COLUMNS.split(', ').slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
const TARGET_UPDATES = TARGET_COLUMNS.split(', ').slice(1).map((c) => `${c} = excluded.${c}`).join(', ');
/** Column types of rollout_id + TARGET_COLUMNS, for one INSERT of every target from arrays. */
const TARGET_ARRAY_TYPES = ['text', 'text', 'int', 'text', 'bigint', 'bigint', 'bigint', 'text', 'int'];

/** Rollouts on PostgreSQL (what is recorded and when: RolloutStore in registry-port.ts). */
export class PostgresRollouts implements RolloutStore {
  constructor(private readonly db: PostgresDb) {}

  async create(rollout: Rollout, targets: readonly RolloutTarget[], event: RolloutEvent): Promise<void> {
    await this.db.transaction(async (sql) => {
      // Two workers starting rollouts on one channel at once: the second waits here, then sees the first.
      await sql.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rollout-channel\n${rollout.product}\n${rollout.channel}`]);
      const [active] = await sql.query<RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE product = $1 AND channel = $2 AND state IN ${ACTIVE_STATES}`, [rollout.product, rollout.channel]);
      if (active !== undefined) throw rolloutActiveError(active, rollout);
      await this.saveRows(sql, rollout, targets, [event]);
    });
  }

  async save(rollout: Rollout, targets: readonly RolloutTarget[], events: readonly RolloutEvent[]): Promise<void> {
    await this.db.transaction((sql) => this.saveRows(sql, rollout, targets, events));
  }

  private async saveRows(sql: Sql, rollout: Rollout, targets: readonly RolloutTarget[], events: readonly RolloutEvent[]): Promise<void> {
    // The upsert locks the rollout's row until commit, so event seqs below cannot collide with another save.
    await sql.query(`INSERT INTO rollouts (${ROLLOUT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (rollout_id) DO UPDATE SET ${ROLLOUT_UPDATES}`, rolloutParams(rollout));
    if (targets.length > 0) {
      const rows = targets.map((t) => targetParams(rollout.id, t));
      const columns = TARGET_ARRAY_TYPES.map((_type, i) => rows.map((r) => r[i]) as unknown[]);
      const unnest = TARGET_ARRAY_TYPES.map((type, i) => `$${i + 1}::${type}[]`).join(', ');
      await sql.query(`INSERT INTO rollout_targets (rollout_id, ${TARGET_COLUMNS}) SELECT * FROM unnest(${unnest}) ON CONFLICT (rollout_id, device_id) DO UPDATE SET ${TARGET_UPDATES}`, columns);
    }
    if (events.length === 0) return;
    const [next] = await sql.query<{ next: number }>('SELECT COALESCE(MAX(seq), 0) + 1 AS next FROM rollout_events WHERE rollout_id = $1', [rollout.id]);
    let seq = next?.next ?? 1;
    for (const e of events) await sql.query('INSERT INTO rollout_events (rollout_id, seq, at_ms, kind, device_id, detail) VALUES ($1, $2, $3, $4, $5, $6)', [rollout.id, seq++, e.atMs, e.kind, e.deviceId ?? '', e.detail]);
  }

  async get(rolloutId: string): Promise<Rollout | undefined> {
    const [row] = await this.db.query<RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE rollout_id = $1`, [rolloutId]);
    return row ? toRollout(row) : undefined;
  }

  async list(): Promise<Rollout[]> {
    return (await this.db.query<RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts ORDER BY created_ms, seq`)).map(toRollout);
  }

  async active(): Promise<Rollout[]> {
    return (await this.db.query<RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE state IN ${ACTIVE_STATES} ORDER BY created_ms, seq`)).map(toRollout);
  }

  async activeOnChannel(product: string, channel: string): Promise<Rollout | undefined> {
    const [row] = await this.db.query<RolloutRow>(`SELECT ${ROLLOUT_COLUMNS} FROM rollouts WHERE product = $1 AND channel = $2 AND state IN ${ACTIVE_STATES}`, [product, channel]);
    return row ? toRollout(row) : undefined;
  }

  async targets(rolloutId: string): Promise<RolloutTarget[]> {
    // COLLATE "C": the byte order SQLite sorts device ids in.
    return (await this.db.query<TargetRow>(`SELECT ${TARGET_COLUMNS} FROM rollout_targets WHERE rollout_id = $1 ORDER BY wave, device_id COLLATE "C"`, [rolloutId])).map(toTarget);
  }

  async events(rolloutId: string, limit = 500): Promise<RolloutEvent[]> {
    const rows = await this.db.query<EventRow>('SELECT at_ms, kind, device_id, detail FROM (SELECT * FROM rollout_events WHERE rollout_id = $1 ORDER BY seq DESC LIMIT $2) e ORDER BY seq', [rolloutId, limit]);
    return rows.map(toEvent);
  }

  async latestResult(deviceId: string, releaseId: string): Promise<{ ok: boolean; reason: string; atMs: number } | undefined> {
    const [row] = await this.db.query<{ outcome: number; received_ms: number; last_error: string }>(
      `SELECT outcome, received_ms, last_error FROM device_status_log
       WHERE device_id = $1 AND release_id = $2 AND outcome BETWEEN 2 AND 7 ORDER BY seq DESC LIMIT 1`,
      [deviceId, releaseId],
    );
    return toResult(row);
  }

  async failuresOfRelease(deviceId: string, releaseId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      `SELECT COUNT(*)::int AS n FROM rollout_targets t JOIN rollouts r ON r.rollout_id = t.rollout_id
       WHERE t.device_id = $1 AND r.release_id = $2 AND t.phase = 'failed' AND t.reason NOT IN ('penalty', 'removed')`,
      [deviceId, releaseId],
    );
    return row?.n ?? 0;
  }
}
