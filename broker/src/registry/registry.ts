import type { Registry } from './registry-port.js';
import { SqliteRegistry } from './sqlite-registry.js';

export type { DeviceRecord, LabelStore, PatchRecord, PatchStore, Registry, ReleaseRecord, RolloutStore, StatusLogEntry, StatusUpdate } from './registry-port.js';

/** Opens the embedded registry: SQLite at `path` (DIR/registry.db), migrated. */
export async function openRegistry(path: string): Promise<Registry> {
  return SqliteRegistry.open(path);
}
