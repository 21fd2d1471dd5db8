import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { Level } from 'level';

/**
 * Aedes session and retained-message persistence on disk (LevelDB), so that
 * persistent sessions, their queued QoS 1 messages and retained manifests
 * survive a restart. aedes-persistence-level is CommonJS without types: it is
 * loaded through require and kept opaque, Aedes is its only user.
 */
export interface BrokerPersistence {
  /** The object handed to Aedes as `persistence`. */
  readonly instance: unknown;
  close(): Promise<void>;
}

type LevelPersistenceFactory = (db: Level<string, Buffer>) => unknown;

const require = createRequire(import.meta.url);

export async function openBrokerPersistence(dir: string): Promise<BrokerPersistence> {
  await mkdir(dir, { recursive: true });
  const db = new Level<string, Buffer>(dir, { valueEncoding: 'buffer' });
  await db.open();
  const factory = require('aedes-persistence-level') as LevelPersistenceFactory;
  return {
    instance: factory(db),
    close: () => db.close(),
  };
}
