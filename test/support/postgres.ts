// A throw-away PostgreSQL 15 for tests: initdb + pg_ctl under a temp dir, as
// user postgres when the tests run as root (PostgreSQL refuses to run as
// root), trust auth on 127.0.0.1 and a free port. OTACAST_TEST_PG_URL points
// the tests at an existing server instead (each suite run gets its own
// database there too). Without PostgreSQL the tests are skipped loudly,
// except in CI (CI=true), where that is a failure.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from './free-port.js';

const run = promisify(execFile);
const BIN_DIRS = ['/usr/local/bin', '/usr/lib/postgresql/15/bin'];

export interface TestPostgres {
  /** A new, empty database on the server: postgres://…/otacast_test_… */
  newDatabase(): Promise<string>;
  /** Drops the databases made here and stops the cluster (when started here). */
  stop(): Promise<void>;
  /** Stops and starts the server again (a database outage); only for a cluster started here. */
  outage?: { down(): Promise<void>; up(): Promise<void> };
}

function binary(name: string): string | undefined {
  return BIN_DIRS.map((dir) => join(dir, name)).find((path) => existsSync(path));
}


/** Runs a PostgreSQL binary, as user postgres when we are root. */
async function asPostgres(path: string, args: string[]): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  await run(asRoot ? 'runuser' : path, asRoot ? ['-u', 'postgres', '--', path, ...args] : args, { timeout: 60_000 });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function onServer(serverUrl: string, cleanup: () => Promise<void>, outage?: TestPostgres['outage']): TestPostgres {
  const made: string[] = [];
  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    async newDatabase() {
      const name = `otacast_test_${process.pid}_${Date.now().toString(36)}_${made.length}`;
      await admin((c) => c.query(`CREATE DATABASE ${name}`));
      made.push(name);
      return withDatabase(serverUrl, name);
    },
    ...(outage === undefined ? {} : { outage }),
    async stop() {
      await admin(async (c) => {
        for (const name of made) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }).catch(() => undefined);
      await cleanup();
    },
  };
}

/** The server to test against, or undefined (after a loud warning) when there is none outside CI. */
export async function startTestPostgres(): Promise<TestPostgres | undefined> {
  const external = process.env['OTACAST_TEST_PG_URL'];
  if (external !== undefined && external !== '') return onServer(external, async () => undefined);
  const initdb = binary('initdb');
  const pgCtl = binary('pg_ctl');
  if (initdb === undefined || pgCtl === undefined) {
    if (process.env['CI'] === 'true') throw new Error('PostgreSQL 15 (initdb, pg_ctl) is missing: CI needs it for the registry tests');
    console.warn('\n!!! SKIPPING the PostgreSQL tests: initdb/pg_ctl not found (install PostgreSQL 15, or set OTACAST_TEST_PG_URL).\n');
    return undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'otacast-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const port = await freePort();
  await asPostgres(initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories=${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const up = () => asPostgres(pgCtl, ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const down = () => asPostgres(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
  await up();
  const stopCluster = async (): Promise<void> => {
    await asPostgres(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  return onServer(`postgres://postgres@127.0.0.1:${port}/postgres`, stopCluster, { up, down });
}
