// A scale-out deployment for the bench (docs/scale-out.md): Mosquitto shards
// started by hand, otacast workers attached to every shard and sharing one
// --data (SQLite registry, blob files), devices registered through a shard and
// split across the shards, releases published through one.
import { join } from 'node:path';
import { ApiClient } from '@otacast/broker';
import { spawnServer } from '../../scripts/lib/serve.mjs';
import { track } from './children.mjs';
import { addDevices } from './fleet.mjs';
import { cli, cliAsync } from './otacast-setup.mjs';
import { startMosquitto } from './tools.mjs';

// Mosquitto's default of 1000 queued messages per client can cut a worker's
// resubscription or refill short (docs/scale-out.md, "Limits").
const SHARD_CONFIG = ['max_queued_messages 1000000'];
// The API client's id is its principal name on an external broker (docs/scale-out.md, "Identity").
const ADMIN = 'admin';

/** `otacast serve --broker ... --worker-id NAME --shared-data`, tracked so a failed scenario ends it. */
function startWorker(name, dataDir, shards) {
  const serveArgs = ['--worker-id', name, '--shared-data', '--patch-history', '0', ...shards.flatMap((s) => ['--broker', s.url])];
  return spawnServer(dataDir, { serveArgs, wrap: track });
}

/** `shards` Mosquittos and `workers` otacast workers attached to all of them. */
export async function scaleOutCluster(work, { shards: shardCount = 2, workers: workerCount = 2, product = 'bench' } = {}) {
  const shards = [];
  const workers = [];
  const stopAll = async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all(shards.map((s) => s.stop()));
  };
  const dataDir = join(work, 'data');
  const startWorkers = async () => {
    // The first worker creates the registry and admin.token (once); the others share them.
    workers.splice(0, workers.length, await startWorker('w1', dataDir, shards));
    workers.push(...(await Promise.all(Array.from({ length: workerCount - 1 }, (_, i) => startWorker(`w${i + 2}`, dataDir, shards)))));
    return workers.map((w) => w.child.pid);
  };
  try {
    for (let i = 0; i < shardCount; i++) shards.push(await startMosquitto(join(work, `shard-${i}`), { config: SHARD_CONFIG }));
    await startWorkers();
  } catch (err) {
    await stopAll();
    throw err;
  }
  const token = workers[0].token;
  const keys = join(work, 'keys');
  cli(['keygen', '--out', keys]);
  const admin = ['--url', shards[0].url, '--token', token, '--client-id', ADMIN];
  return {
    shards,
    workers,
    product,
    trust: join(keys, 'signing.pub'),
    /** The current workers' pids (startWorkers() replaces them). */
    get workerPids() {
      return workers.map((w) => w.child.pid);
    },
    /** Starts the workers again (after stopWorkers()); resolves with their pids. */
    startWorkers,
    /** Registers `count` devices through shard 0; device i connects to shard i mod shards. */
    async registerDevices(count) {
      // Closed before anything else connects as the same principal (one connection per principal per broker).
      const api = await ApiClient.connect({ url: shards[0].url, token, clientId: ADMIN, timeoutMs: 120_000 });
      try {
        const devices = await addDevices({ api, product }, count);
        return devices.map((d, i) => ({ ...d, url: shards[i % shards.length].url }));
      } finally {
        await api.close();
      }
    },
    /** `components`: ['name=path:type', ...], through shard 0. */
    publish(version, components) {
      return cliAsync(['publish', '--product', product, '--version', version, '--key', join(keys, 'signing.key'), ...components, ...admin]);
    },
    /** kill -9 of worker `i`: what it had in flight is lost, the others carry on. */
    kill: (i) => workers[i].stop('SIGKILL'),
    stopWorkers: () => Promise.all(workers.map((w) => w.stop())),
    stop: stopAll,
  };
}
