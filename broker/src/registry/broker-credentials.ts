import type Database from 'better-sqlite3';
import type { BrokerCredentialStore, PrincipalCredential } from './registry-port.js';
import { toCredentials, type CredentialRow } from './principal-rows.js';

/** Migration 5 (registry-schema.ts): token hashes in an external broker's format; why, at BrokerCredentialStore in registry-port.ts. */
export const BROKER_CREDENTIALS_MIGRATION = `CREATE TABLE broker_credentials (
     name TEXT PRIMARY KEY,
     token_sha256 TEXT NOT NULL,
     mosquitto_hash TEXT NOT NULL
   );`;

/** Broker credentials on SQLite. */
export class BrokerCredentials implements BrokerCredentialStore {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      set: db.prepare(
        `INSERT INTO broker_credentials (name, token_sha256, mosquitto_hash) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET token_sha256 = excluded.token_sha256, mosquitto_hash = excluded.mosquitto_hash`,
      ),
      forget: db.prepare('DELETE FROM broker_credentials WHERE name = ?'),
      all: db.prepare<[], CredentialRow>(
        `SELECT p.name, p.role, p.product, c.mosquitto_hash FROM principals p
         LEFT JOIN broker_credentials c ON c.name = p.name AND c.token_sha256 = p.token_sha256 ORDER BY p.name`,
      ),
    };
  }

  async set(name: string, tokenSha256: string, mosquittoHash: string): Promise<void> {
    this.s.set.run(name, tokenSha256, mosquittoHash);
  }

  async forget(name: string): Promise<void> {
    this.s.forget.run(name);
  }

  async list(): Promise<PrincipalCredential[]> {
    return toCredentials(this.s.all.all());
  }
}
