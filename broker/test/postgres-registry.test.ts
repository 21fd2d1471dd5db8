import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PostgresRegistry } from '../src/registry/postgres-registry.js';
import { POSTGRES_SCHEMA_VERSION } from '../src/registry/postgres-schema.js';
import { startTestPostgres } from '../../test/support/postgres.js';
import { registrySuite } from './suites/registry-suite.js';

// One cluster for the file (it takes a few seconds to start); a fresh database for each test.
const server = await startTestPostgres();
afterAll(async () => server?.stop());

if (server === undefined) {
  it.skip('PostgreSQL registry (no PostgreSQL on this machine)', () => undefined);
} else {
  registrySuite('PostgreSQL', async (options) => {
    const url = await server.newDatabase();
    const open = () => PostgresRegistry.open(url, undefined, options);
    return { registry: await open(), reopen: open, cleanup: async () => undefined };
  });

  describe('Registry on PostgreSQL', () => {
    it('migrates once when two workers start at once, and records the schema version', async () => {
      const url = await server.newDatabase();
      const [a, b] = await Promise.all([PostgresRegistry.open(url), PostgresRegistry.open(url)]);
      await Promise.all([a.close(), b.close()]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version');
      await client.end();
      expect(rows).toEqual([{ version: POSTGRES_SCHEMA_VERSION }]);
    });

    it('refuses a URL that is not postgres:// and an unreachable server with OTA_E_REGISTRY_UNAVAILABLE', async () => {
      await expect(PostgresRegistry.open('mysql://x@127.0.0.1/db')).rejects.toMatchObject({ code: 'OTA_E_REGISTRY_UNAVAILABLE' });
      await expect(PostgresRegistry.open('not a url')).rejects.toMatchObject({ code: 'OTA_E_REGISTRY_UNAVAILABLE' });
      await expect(PostgresRegistry.open('postgres://nobody@127.0.0.1:1/none')).rejects.toMatchObject({ code: 'OTA_E_REGISTRY_UNAVAILABLE' });
    });
  });
}
