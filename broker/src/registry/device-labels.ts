import type Database from 'better-sqlite3';
import { OtaError, isValidName } from '@otacast/shared';
import type { LabelStore } from './registry-port.js';
import { mergeLabels, parseStringMap } from './registry-rows.js';

/** Labels a device may carry: enough for region, hardware revision, customer, ring; small enough to list a fleet. */
export const MAX_LABELS_PER_DEVICE = 32;
export const MAX_LABEL_VALUE_CHARS = 128;

/**
 * Checks labels at the edge: keys are names (`^[A-Za-z0-9][A-Za-z0-9._-]*$`),
 * values printable text up to 128 characters; an empty value means "remove".
 */
export function validateLabels(labels: Record<string, string>): Record<string, string> {
  const entries = Object.entries(labels);
  if (entries.length > MAX_LABELS_PER_DEVICE) throw new OtaError('OTA_E_PROTOCOL', `${entries.length} labels, at most ${MAX_LABELS_PER_DEVICE}`);
  for (const [key, value] of entries) {
    if (!isValidName(key)) throw new OtaError('OTA_E_PROTOCOL', `label key "${key.slice(0, 140)}" is not a name (letters, digits, . _ -)`);
    // eslint-disable-next-line no-control-regex
    if (value.length > MAX_LABEL_VALUE_CHARS || /[\u0000-\u001f\u007f]/.test(value)) throw new OtaError('OTA_E_PROTOCOL', `label ${key}: the value must be printable text of at most ${MAX_LABEL_VALUE_CHARS} characters`);
  }
  return labels;
}

/** True when every pair of `select` is among `labels`. */
export function labelsMatch(labels: Readonly<Record<string, string>>, select: Readonly<Record<string, string>>): boolean {
  return Object.entries(select).every(([key, value]) => labels[key] === value);
}

/** Device labels in SQLite (devices.labels, JSON). */
export class DeviceLabels implements LabelStore {
  private readonly s;
  private readonly merge: (deviceId: string, changes: Record<string, string>) => Record<string, string>;

  constructor(db: Database.Database) {
    this.s = {
      get: db.prepare<[string], { labels: string }>('SELECT labels FROM devices WHERE device_id = ?'),
      ensure: db.prepare('INSERT OR IGNORE INTO devices (device_id) VALUES (?)'),
      set: db.prepare('UPDATE devices SET labels = ? WHERE device_id = ?'),
    };
    this.merge = db.transaction((deviceId: string, changes: Record<string, string>): Record<string, string> => {
      const labels = validateLabels(mergeLabels(this.read(deviceId), changes));
      this.s.ensure.run(deviceId);
      this.s.set.run(JSON.stringify(labels), deviceId);
      return labels;
    });
  }

  async update(deviceId: string, changes: Record<string, string>): Promise<Record<string, string>> {
    return this.merge(deviceId, changes);
  }

  async of(deviceId: string): Promise<Record<string, string>> {
    return this.read(deviceId);
  }

  private read(deviceId: string): Record<string, string> {
    const row = this.s.get.get(deviceId);
    return row ? parseStringMap(row.labels) : {};
  }
}
