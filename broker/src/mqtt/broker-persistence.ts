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

interface RetainedStore {
  storeRetained(packet: unknown): Promise<unknown>;
}

/**
 * Lets a publish be awaited only until its retained copy is stored. Aedes
 * runs a publish as a series (store retained, queue a copy in every
 * persistent session, hand it to every subscriber) and answers after the
 * last step: with 10,000 sessions that is tens of seconds of per-session
 * writes. Aedes calls storeRetained synchronously as the series' first step,
 * so the store that `start` begins is the one returned; undefined when
 * `start` began none (the publish was refused before storing).
 */
export function probeRetainedStore(persistence: unknown): (start: () => void) => Promise<unknown> | undefined {
  const store = persistence as RetainedStore;
  const original = store.storeRetained.bind(store);
  let captured: Promise<unknown> | undefined;
  let capturing = false;
  store.storeRetained = (packet) => {
    const stored = original(packet);
    if (capturing) captured = stored;
    return stored;
  };
  return (start) => {
    capturing = true;
    captured = undefined;
    try {
      start();
      return captured;
    } finally {
      capturing = false;
    }
  };
}
