import type { LabelStore } from './registry-port.js';
import { mergeLabels, parseStringMap } from './registry-rows.js';
import { validateLabels } from './device-labels.js';
import type { PostgresDb } from './postgres-db.js';

/** Device labels on PostgreSQL (devices.labels, JSON text); a merge holds the device row, so two workers relabelling at once both count. */
export class PostgresLabels implements LabelStore {
  constructor(private readonly db: PostgresDb) {}

  async update(deviceId: string, changes: Record<string, string>): Promise<Record<string, string>> {
    return this.db.transaction(async (sql) => {
      await sql.query('INSERT INTO devices (device_id) VALUES ($1) ON CONFLICT DO NOTHING', [deviceId]);
      const [row] = await sql.query<{ labels: string }>('SELECT labels FROM devices WHERE device_id = $1 FOR UPDATE', [deviceId]);
      const labels = validateLabels(mergeLabels(parseStringMap(row?.labels ?? '{}'), changes));
      await sql.query('UPDATE devices SET labels = $1 WHERE device_id = $2', [JSON.stringify(labels), deviceId]);
      return labels;
    });
  }

  async of(deviceId: string): Promise<Record<string, string>> {
    const [row] = await this.db.query<{ labels: string }>('SELECT labels FROM devices WHERE device_id = $1', [deviceId]);
    return row ? parseStringMap(row.labels) : {};
  }
}
