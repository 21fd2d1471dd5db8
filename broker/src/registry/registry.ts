import type { Logger } from '@otacast/shared';
import type { Registry, RegistryOptions } from './registry-port.js';
import { PostgresRegistry } from './postgres-registry.js';
import { SqliteRegistry } from './sqlite-registry.js';

export type {
  AuditRecord,
  AuditStore,
  BrokerCredentialStore,
  DeviceRecord,
  GcRelease,
  GcStore,
  LabelStore,
  PatchRecord,
  PatchStore,
  PrincipalCredential,
  PrincipalRecord,
  PrincipalStore,
  Registry,
  RegistryOptions,
  ReleaseRecord,
  RolloutStore,
  StalePatch,
  StatusLogEntry,
  StatusUpdate,
} from './registry-port.js';

/**
 * Opens the registry, migrated: PostgreSQL at `url` (postgres://USER@HOST:PORT/DB,
 * shared by every worker), or else the embedded SQLite file at `sqlitePath`.
 */
export async function openRegistry(where: { sqlitePath: string; url?: string | undefined }, logger?: Logger, options: RegistryOptions = {}): Promise<Registry> {
  if (where.url !== undefined) return PostgresRegistry.open(where.url, logger, options);
  return SqliteRegistry.open(where.sqlitePath, options);
}
