import type { BrokerCredentialStore, PrincipalCredential } from './registry-port.js';
import { toCredentials, type CredentialRow } from './principal-rows.js';
import type { PostgresDb } from './postgres-db.js';

/** Broker credentials (an external broker's token hashes) on PostgreSQL. */
export class PostgresBrokerCredentials implements BrokerCredentialStore {
  constructor(private readonly db: PostgresDb) {}

  async set(name: string, tokenSha256: string, mosquittoHash: string): Promise<void> {
    await this.db.query(
      `INSERT INTO broker_credentials (name, token_sha256, mosquitto_hash) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET token_sha256 = excluded.token_sha256, mosquitto_hash = excluded.mosquitto_hash`,
      [name, tokenSha256, mosquittoHash],
    );
  }

  async forget(name: string): Promise<void> {
    await this.db.query('DELETE FROM broker_credentials WHERE name = $1', [name]);
  }

  async list(): Promise<PrincipalCredential[]> {
    const rows = await this.db.query<CredentialRow>(
      `SELECT p.name, p.role, p.product, c.mosquitto_hash FROM principals p
       LEFT JOIN broker_credentials c ON c.name = p.name AND c.token_sha256 = p.token_sha256 ORDER BY p.name COLLATE "C"`,
    );
    return toCredentials(rows);
  }
}
