import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createLogger, encode, pb } from '@otacast/shared';
import { StatusHandler } from '../src/devices/status-handler.js';
import { createBroker } from '../src/mqtt/broker.js';
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

    it('a device status costs one statement (one round trip) through the status handler, applied or re-sent', async () => {
      const registry = await PostgresRegistry.open(await server.newDatabase());
      const logger = createLogger({ name: 'test', level: 'error' });
      const bus = await createBroker({ principals: { findPrincipal: async () => undefined }, logger, maxPacketBytes: 64 * 1024, onMessage: () => undefined });
      const handler = new StatusHandler({ bus, registry, logger });
      const send = async (seq: number): Promise<number> => {
        const before = registry.statementsSent;
        handler.handle('dev-1', encode(pb.DeviceStatus, { seq, timestampMs: Date.now(), state: pb.AgentState.AGENT_STATE_DOWNLOADING, installedVersion: '1.0.0', releaseId: 'r1' }));
        await handler.close();
        return registry.statementsSent - before;
      };
      try {
        const first = await send(1);
        const applied = [];
        for (let seq = 2; seq <= 20; seq++) applied.push(await send(seq));
        const resent = await send(20);
        const jumped = await send(25);
        console.log(`PostgreSQL statements per status: first ${first}, applied ${applied[0]}, re-sent ${resent}, after a seq jump ${jumped}`);
        expect([first, ...applied, resent, jumped]).toEqual(Array.from({ length: 22 }, () => 1));
        expect(await registry.lastStatusSeq('dev-1')).toBe(25);
        expect((await registry.statusLog('dev-1')).map((e) => e.seq)).toEqual([...Array.from({ length: 20 }, (_, i) => i + 1), 25]);
      } finally {
        await bus.close();
        await registry.close();
      }
    });

    it('refuses a URL that is not postgres:// and an unreachable server with OTA_E_REGISTRY_UNAVAILABLE', async () => {
      await expect(PostgresRegistry.open('mysql://x@127.0.0.1/db')).rejects.toMatchObject({ code: 'OTA_E_REGISTRY_UNAVAILABLE' });
      await expect(PostgresRegistry.open('not a url')).rejects.toMatchObject({ code: 'OTA_E_REGISTRY_UNAVAILABLE' });
      await expect(PostgresRegistry.open('postgres://nobody@127.0.0.1:1/none')).rejects.toMatchObject({ code: 'OTA_E_REGISTRY_UNAVAILABLE' });
    });
  });
}
