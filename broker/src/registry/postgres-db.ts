import pg from 'pg';
import { OtaError, type Logger } from '@otacast/shared';

/** BIGINT (int8) columns hold milliseconds, sizes and seqs, all below 2^53: read them as numbers, not strings. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** How long a request waits for a connection before it fails with OTA_E_REGISTRY_UNAVAILABLE. */
const CONNECT_TIMEOUT_MS = 5_000;

/** Runs statements; a pool client inside a transaction, or the pool itself. */
export interface Sql {
  query<R>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

/** SQLSTATE classes that mean "the database is not there for us": connection, shutdown, too many connections, login. */
function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return true; // socket errors, "Connection terminated", connect timeouts
  if (/^[0-9A-Z]{5}$/.test(code)) return code.startsWith('08') || code.startsWith('57P') || code.startsWith('28') || code === '53300' || code === '3D000';
  return true; // ECONNREFUSED, ENOTFOUND, ETIMEDOUT...
}

/** A pg error as the OtaError the server reports: the database unreachable, or (a bug) a statement it refused. */
export function registryError(err: unknown, where: string): unknown {
  if (err instanceof OtaError) return err;
  const message = (err as Error).message ?? String(err);
  if (isUnavailable(err)) return new OtaError('OTA_E_REGISTRY_UNAVAILABLE', `registry database ${where}: ${message}`, { cause: err });
  return err;
}

/** A URL with its password hidden, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(invalid URL)';
  }
}

/**
 * One pg Pool and the two ways the registry uses it: single statements, and
 * transactions on one client. pg's Pool drops a broken connection and opens a
 * new one on the next request, so while the database is away requests fail
 * with OTA_E_REGISTRY_UNAVAILABLE and they work again once it is back.
 */
export class PostgresDb implements Sql {
  /** Statements sent (each one round trip; BEGIN and COMMIT included): what the status path is measured in. */
  statementsSent = 0;

  private constructor(
    private readonly pool: pg.Pool,
    readonly where: string,
  ) {}

  static create(url: string, logger?: Logger): PostgresDb {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new OtaError('OTA_E_REGISTRY_UNAVAILABLE', `--registry ${url.slice(0, 200)} is not a URL: use postgres://USER@HOST:PORT/DB`);
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
      throw new OtaError('OTA_E_REGISTRY_UNAVAILABLE', `--registry ${redactUrl(url)}: only postgres://USER@HOST:PORT/DB is supported`);
    }
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, types });
    const where = redactUrl(url);
    // An idle connection the server dropped: pg emits it here, and unhandled it would end the process.
    pool.on('error', (err) => logger?.warn('registry connection lost', { code: 'OTA_E_REGISTRY_UNAVAILABLE', registry: where, error: err.message }));
    return new PostgresDb(pool, where);
  }

  async query<R>(text: string, params: readonly unknown[] = []): Promise<R[]> {
    this.statementsSent++;
    try {
      return (await this.pool.query(text, params as unknown[])).rows as R[];
    } catch (err) {
      throw registryError(err, this.where);
    }
  }

  /** Runs `work` in one transaction (rolled back when it throws). */
  async transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw registryError(err, this.where);
    }
    const sql: Sql = {
      query: async <R>(text: string, params: readonly unknown[] = []) => {
        this.statementsSent++;
        try {
          return (await client.query(text, params as unknown[])).rows as R[];
        } catch (err) {
          throw registryError(err, this.where);
        }
      },
    };
    let broken: unknown;
    try {
      await sql.query('BEGIN');
      const result = await work(sql);
      await sql.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => (broken = rollbackError));
      throw err;
    } finally {
      // A client whose rollback failed is not given back to the pool: its connection is in an unknown state.
      client.release(broken instanceof Error ? broken : undefined);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
