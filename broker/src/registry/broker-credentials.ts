import type Database from 'better-sqlite3';
import { isRole, type Role } from '../auth/auth.js';

/**
 * Tokens are kept only as sha256, which an external broker cannot check; so
 * when a token exists in plain text (device add, rotate-token) its hash in
 * the broker's own format (Mosquitto's PBKDF2) is kept here too, beside the
 * sha256 it belongs to. A hash whose sha256 no longer matches the
 * principal's token (replaced some other way) is ignored, not exported.
 */
export const BROKER_CREDENTIALS_MIGRATION = `CREATE TABLE broker_credentials (
     name TEXT PRIMARY KEY,
     token_sha256 TEXT NOT NULL,
     mosquitto_hash TEXT NOT NULL
   );`;

export interface PrincipalCredential {
  name: string;
  role: Role;
  product: string;
  /** Undefined: the token was made before hashes were kept (or replaced without one); rotate it to export. */
  mosquittoHash: string | undefined;
}

interface Row {
  name: string;
  role: string;
  product: string;
  mosquitto_hash: string | null;
}

export class BrokerCredentials {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      set: db.prepare(
        `INSERT INTO broker_credentials (name, token_sha256, mosquitto_hash) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET token_sha256 = excluded.token_sha256, mosquitto_hash = excluded.mosquitto_hash`,
      ),
      forget: db.prepare('DELETE FROM broker_credentials WHERE name = ?'),
      all: db.prepare<[], Row>(
        `SELECT p.name, p.role, p.product, c.mosquitto_hash FROM principals p
         LEFT JOIN broker_credentials c ON c.name = p.name AND c.token_sha256 = p.token_sha256 ORDER BY p.name`,
      ),
    };
  }

  /** Keeps the broker hash of the token whose sha256 is `tokenSha256`. */
  async set(name: string, tokenSha256: string, mosquittoHash: string): Promise<void> {
    this.s.set.run(name, tokenSha256, mosquittoHash);
  }

  async forget(name: string): Promise<void> {
    this.s.forget.run(name);
  }

  /** Every principal, with its broker hash when one matches its current token. */
  async list(): Promise<PrincipalCredential[]> {
    return this.s.all
      .all()
      .filter((r) => isRole(r.role))
      .map((r) => ({ name: r.name, role: r.role as Role, product: r.product, mosquittoHash: r.mosquitto_hash ?? undefined }));
  }
}
