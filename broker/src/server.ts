import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_PACKET_BYTES, MiB, OtaError, parseTopic, toOtaError, type DeltaEncodeOptions, type Logger } from '@otacast/shared';
import { createWinstonLogger } from '@otacast/shared/winston-logger';
import { ensureAdminToken } from './api/admin-token.js';
import { ApiServer } from './api/api-server.js';
import { createBroker, type ClientLimits, type EmbeddedBroker } from './mqtt/broker.js';
import { ChunkServer } from './serve/chunk-server.js';
import { DiskChunkStore } from './blobs/chunk-store.js';
import type { Session } from './auth/auth.js';
import type { InboundMessage } from './mqtt/message-bus.js';
import { Registry } from './registry/registry.js';
import { ReleaseCommitter } from './api/release-commit.js';
import { Announcements } from './api/announcements.js';
import { StatusHandler } from './devices/status-handler.js';
import { PatchBuilder } from './patches/patch-builder.js';

/**
 * `otacast serve` in one call: the registry, the chunk store, the embedded
 * broker and the handlers behind it, wired together on one data directory.
 */
export interface ServerOptions {
  dataDir: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 1883; 0 picks a free port. */
  port?: number;
  /** Default DEFAULT_MAX_PACKET_BYTES (4 MiB). */
  maxPacketBytes?: number;
  /** Bound of the hot-blob cache in bytes. Default 64 MiB. */
  cacheBytes?: number;
  /** Delta patches: from how many previous versions of each new component (0: none), and the largest component patched. */
  patches?: { history?: number; maxComponentBytes?: number; encoder?: DeltaEncodeOptions };
  /** Brotli quality for stored chunks (0–11; -1 stores them raw). Default 11. */
  compressQuality?: number;
  /** What one MQTT client may cost (docs/security.md, "Hostile clients"); defaults in shared/src/limits.ts. */
  clientLimits?: Partial<ClientLimits>;
  logger?: Logger;
}

export interface RunningServer {
  /** mqtt://host:port with the bound port. */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

function checkOption(value: number, what: string, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new OtaError('OTA_E_USAGE', `${what} must be an integer ≥ ${min}, got ${value}`);
  return value;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? createWinstonLogger({ name: 'otacast-server' });
  const host = options.host ?? '127.0.0.1';
  const port = checkOption(options.port ?? 1883, 'port', 0);
  const maxPacketBytes = checkOption(options.maxPacketBytes ?? DEFAULT_MAX_PACKET_BYTES, 'maximum packet size', 1024);
  const cacheBytes = checkOption(options.cacheBytes ?? 64 * MiB, 'cache size', 0);
  const dataDir = resolve(options.dataDir);
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (err) {
    throw toOtaError(err);
  }

  const registry = Registry.open(join(dataDir, 'registry.db'));
  let store: DiskChunkStore | undefined;
  let broker: EmbeddedBroker | undefined;
  try {
    const admin = await ensureAdminToken(dataDir, registry);
    if (admin.created) logger.info('admin token written', { path: admin.path });
    const blobStore = await DiskChunkStore.open({
      root: join(dataDir, 'blobs'),
      cacheBytes,
      ...(options.compressQuality === undefined ? {} : { compressQuality: checkOption(options.compressQuality, 'compression quality', -1) }),
    });
    store = blobStore;

    let route: (message: InboundMessage) => void = () => undefined;
    let isCurrent: (topic: string, payload: Buffer) => boolean = () => true;
    let onDisconnect: (session: Session) => void = () => undefined;
    const bus = await createBroker({
      principals: registry,
      logger,
      maxPacketBytes,
      persistenceDir: join(dataDir, 'broker'),
      onMessage: (message) => route(message),
      isForwardable: (topic, payload) => isCurrent(topic, payload),
      onDisconnect: (session) => onDisconnect(session),
      ...(options.clientLimits === undefined ? {} : { clientLimits: options.clientLimits }),
    });
    broker = bus;
    const channels = new Announcements(bus);
    isCurrent = (topic, payload) => channels.isCurrent(topic, payload);
    const patchBuilder = new PatchBuilder({ ...options.patches, store: blobStore, registry, logger, workDir: join(dataDir, 'patch-work') });
    const patches = {
      offer: (releaseId: string, from: Uint8Array, to: Uint8Array) => registry.patches.offer(releaseId, from, to),
      pending: (from: Uint8Array, to: Uint8Array) => patchBuilder.pending(from, to),
    };
    const chunkServer = new ChunkServer({ bus, store: blobStore, registry, patches, logger });
    const statusHandler = new StatusHandler({ bus, registry, logger });
    // A device that went away gets nothing more of what it asked for: it asks again after reconnecting.
    onDisconnect = (session) => {
      if (session.principal.role === 'device') chunkServer.cancel(session.principal.name);
    };
    const committer = new ReleaseCommitter({ announcements: channels, store: blobStore, registry, logger, onCommitted: (releaseId) => patchBuilder.schedule(releaseId) });
    const apiServer = new ApiServer({ bus, store: blobStore, registry, committer, logger });
    route = (message) => {
      const parsed = parseTopic(message.topic);
      const { principal } = message.session;
      if (parsed?.kind === 'device' && principal.role === 'device' && parsed.deviceId === principal.name) {
        if (parsed.leaf === 'req') chunkServer.handle(parsed.deviceId, principal.product, message.payload);
        else if (parsed.leaf === 'status') statusHandler.handle(parsed.deviceId, message.payload);
      } else if (parsed?.kind === 'api' && parsed.leaf === 'req' && parsed.clientId === message.session.clientId) {
        apiServer.handle(message.session, message.payload);
      }
    };

    // The registry is the record of what each channel announces: re-publish it
    // so retained state is right even if the broker's own store was lost.
    for (const release of registry.latestReleases()) await channels.announce(release);
    // Patches a restart interrupted are computed again (pairs already done are skipped).
    for (const release of registry.latestReleases()) patchBuilder.schedule(release.releaseId);

    const address = await bus.listen(host, port);
    const url = `mqtt://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    logger.info('server started', { url, dataDir });

    let closing: Promise<void> | undefined;
    const close = async (): Promise<void> => {
      route = () => undefined;
      const handlersDone = Promise.all([chunkServer.close(), apiServer.close(), statusHandler.close(), patchBuilder.close()]);
      await bus.close();
      await handlersDone;
      await blobStore.close();
      registry.close();
    };
    return {
      url,
      host,
      port: address.port,
      close: () => (closing ??= close()),
    };
  } catch (err) {
    await broker?.close().catch(() => undefined);
    await store?.close().catch(() => undefined);
    registry.close();
    throw err;
  }
}
