import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { hashToken } from '../src/auth/auth.js';
import type { Registry } from '../src/registry/registry.js';
import { SqliteRegistry } from '../src/registry/sqlite-registry.js';
import { SCHEMA_VERSION } from '../src/registry/registry-schema.js';
import { POSTGRES_SCHEMA_VERSION } from '../src/registry/postgres-schema.js';
import { registrySuite } from './suites/registry-suite.js';

registrySuite('SQLite', async (options) => {
  const dir = await mkdtemp(join(tmpdir(), 'otacast-registry-'));
  const open = async () => SqliteRegistry.open(join(dir, 'registry.db'), options);
  return { registry: await open(), reopen: open, cleanup: () => rm(dir, { recursive: true, force: true }) };
});

/** What only the SQLite implementation promises: its file, its migrations, WAL. */
describe('Registry on SQLite', () => {
  let dir: string;
  let registry: Registry;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-registry-'));
    registry = SqliteRegistry.open(join(dir, 'registry.db'));
  });
  afterEach(async () => {
    await registry.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('migrates once and reopens at the same schema version, in WAL mode', async () => {
    await registry.upsertPrincipal({ name: 'admin', role: 'admin', tokenSha256: hashToken('t'), product: '', channel: '' });
    await registry.close();
    registry = SqliteRegistry.open(join(dir, 'registry.db'));
    expect((await registry.findPrincipal('admin'))?.role).toBe('admin');
    const db = new Database(join(dir, 'registry.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('has as many migrations as PostgreSQL (a migration is added to registry-schema.ts and postgres-schema.ts together)', () => {
    expect(POSTGRES_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });
});
