import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { hashToken } from '../src/auth/auth.js';
import { AuditRecords } from '../src/registry/audit-records.js';
import type { AuditRecord } from '../src/registry/registry.js';
import { SqliteRegistry } from '../src/registry/sqlite-registry.js';
import { SCHEMA_VERSION, migrate } from '../src/registry/registry-schema.js';

/** Migration 5 (roles operator and viewer, the audit log) and the records it adds, on SQLite. */
describe('principal roles and the audit log in the registry', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-principals-'));
    path = join(dir, 'registry.db');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('opens a registry made by migration 4 and keeps every principal, then takes the new roles', async () => {
    const old = new Database(path);
    migrate(old, 4);
    expect(old.pragma('user_version', { simple: true })).toBe(4);
    const insert = old.prepare('INSERT INTO principals (name, role, token_sha256, product, channel, created_ms) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('admin', 'admin', hashToken('a'), '', '', 1000);
    insert.run('ci', 'publisher', hashToken('c'), '', '', 2000);
    insert.run('dev1', 'device', hashToken('d'), 'lamp', 'beta', 3000);
    // The old CHECK refuses the roles migration 5 adds.
    expect(() => insert.run('ops', 'operator', hashToken('o'), '', '', 4000)).toThrow(/CHECK/);
    old.close();

    const registry = SqliteRegistry.open(path);
    try {
      expect(await registry.findPrincipal('admin')).toMatchObject({ role: 'admin', tokenSha256: hashToken('a') });
      expect(await registry.findPrincipal('dev1')).toMatchObject({ role: 'device', product: 'lamp', channel: 'beta', tokenSha256: hashToken('d') });
      expect(await registry.principals.list()).toEqual([
        { name: 'admin', role: 'admin', product: '', createdMs: 1000 },
        { name: 'ci', role: 'publisher', product: '', createdMs: 2000 },
      ]);
      expect((await registry.listDevices()).map((d) => d.deviceId)).toEqual(['dev1']);
      for (const role of ['operator', 'viewer'] as const) await registry.upsertPrincipal({ name: role, role, tokenSha256: hashToken(role), product: '', channel: '' });
      expect((await registry.findPrincipal('viewer'))?.role).toBe('viewer');
      expect(await registry.principals.principalByTokenSha256(hashToken('o'))).toBeUndefined();
      expect((await registry.principals.principalByTokenSha256(hashToken('operator')))?.name).toBe('operator');
      // Devices never authenticate by bearer token.
      expect(await registry.principals.principalByTokenSha256(hashToken('d'))).toBeUndefined();
    } finally {
      await registry.close();
    }
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('keeps the newest audit entries, newest first', async () => {
    const db = new Database(path);
    migrate(db);
    const records = new AuditRecords(db, 3);
    const entry = (i: number): AuditRecord => ({ atMs: i, principal: 'admin', role: 'admin', action: 'addDevice', target: `d${i}`, from: 'mqtt:pub-1', result: i % 2 ? 'ok' : 'OTA_E_EXISTS', detail: '' });
    for (let i = 1; i <= 5; i++) await records.record(entry(i));
    expect(await records.list(10)).toEqual([entry(5), entry(4), entry(3)]);
    expect(await records.list(1)).toEqual([entry(5)]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM audit_log').get()).toEqual({ n: 3 });
    db.close();
  });
});
