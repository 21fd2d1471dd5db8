import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_PACKET_BYTES, MiB, OtaError, packageVersion, parseTopic, toOtaError, type DeltaEncodeOptions, type Logger } from '@otacast/shared';
import { createWinstonLogger } from '@otacast/shared/winston-logger';
import { ADMIN_PRINCIPAL, ensureAdminToken } from './api/admin-token.js';
import { ApiServer } from './api/api-server.js';
import { createBroker, type ClientLimits, type EmbeddedBroker } from './mqtt/broker.js';
import { ChunkServer } from './serve/chunk-server.js';
import { DiskBlobStore } from './blobs/blob-store.js';
import type { Session } from './auth/auth.js';
import type { InboundMessage } from './mqtt/message-bus.js';
import { openRegistry, type Registry } from './registry/registry.js';
import { ReleaseCommitter } from './api/release-commit.js';
import { Announcements } from './api/announcements.js';
import { StatusHandler } from './devices/status-handler.js';
import { PatchBuilder } from './patches/patch-builder.js';
import { FleetApi } from './api/fleet-api.js';
import { RolloutDriver } from './fleet/rollout-driver.js';
import { lockDataDir } from './data-dir-lock.js';
import { namedPrincipals } from './http/bearer-auth.js';
import { startHttpServer, type HttpRoutes, type HttpServer } from './http/http-server.js';
import { ServerMetrics } from './http/metrics.js';
import { dashboardRoutes } from './dashboard/dashboard-routes.js';
import { LiveFeed } from './dashboard/live-feed.js';

/** How startServer runs; only dataDir is required. */
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
  /** Serve HTTP (/healthz, /metrics, /api/v1) too; host defaults to `host`, port 0 picks a free one. */
  http?: { port: number; host?: string; routes?: HttpRoutes };
  /** The registry: postgres://USER@HOST:PORT/DB (shared by several workers), or by default SQLite in DIR/registry.db. */
  registryUrl?: string;
  /** What one MQTT client may cost (docs/security.md, "Hostile clients"); defaults in shared/src/limits.ts. */
  clientLimits?: Partial<ClientLimits>;
  logger?: Logger;
}

export interface RunningServer {
  /** mqtt://host:port with the bound port. */
  url: string;
  host: string;
  port: number;
  /** http://host:port when `http` was given. */
  httpUrl?: string;
  close(): Promise<void>;
}

function checkOption(value: number, what: string, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) throw new OtaError('OTA_E_USAGE', `${what} must be an integer ≥ ${min}, got ${value}`);
  return value;
}

/**
 * `otacast serve` in one call: the registry, the blob store, the embedded
 * broker and the handlers behind it, wired together on one data directory,
 * which stays locked while the server runs (data-dir-lock.ts).
 */
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

  // Before anything is opened: a second server on this directory stops here with a clear error.
  const lock = await lockDataDir(dataDir);
  let registry: Registry;
  try {
    registry = await openRegistry({ sqlitePath: join(dataDir, 'registry.db'), url: options.registryUrl }, logger);
  } catch (err) {
    await lock.release();
    throw err;
  }
  let store: DiskBlobStore | undefined;
  let broker: EmbeddedBroker | undefined;
  let http: HttpServer | undefined;
  try {
    const admin = await ensureAdminToken(dataDir, registry);
    if (admin.created) logger.info('admin token written', { path: admin.path });
    const blobStore = await DiskBlobStore.open({
      root: join(dataDir, 'blobs'),
      cacheBytes,
      ...(options.compressQuality === undefined ? {} : { compressQuality: checkOption(options.compressQuality, 'compression quality', -1) }),
    });
    store = blobStore;

    let route: (message: InboundMessage) => void = () => undefined;
    let isCurrent: (topic: string, payload: Buffer) => boolean = () => true;
    let onDisconnect: (session: Session) => void = () => undefined;
    let onConnect: (session: Session) => void = () => undefined;
    const bus = await createBroker({
      principals: registry,
      logger,
      maxPacketBytes,
      persistenceDir: join(dataDir, 'broker'),
      onMessage: (message) => route(message),
      isForwardable: (topic, payload) => isCurrent(topic, payload),
      onDisconnect: (session) => onDisconnect(session),
      onConnect: (session) => onConnect(session),
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
    const metrics = new ServerMetrics({ devices: () => registry.listDevices(), sessions: () => bus.sessions(), rolloutStates: async () => (await registry.rollouts.list()).map((r) => r.state) });
    const chunkServer = new ChunkServer({ bus, store: blobStore, registry, patches, logger, metrics: metrics.chunks });
    const statusHandler = new StatusHandler({ bus, registry: metrics.timingStatuses(registry), logger });
    // A device that went away gets nothing more of what it asked for: it asks again after reconnecting.
    onDisconnect = (session) => {
      if (session.principal.role === 'device') {
        chunkServer.cancel(session.principal.name);
        feed.changed(session.principal.name);
      }
    };
    const committer = new ReleaseCommitter({ announcements: channels, store: blobStore, registry, logger, onCommitted: (releaseId) => patchBuilder.schedule(releaseId) });
    const isOnline = (deviceId: string): boolean => bus.isConnected(deviceId);
    // What the dashboard shows live (download progress, device and rollout events).
    const feed = new LiveFeed({ registry, isOnline, logger });
    const driver = new RolloutDriver({ registry, bus, isOnline, logger });
    const sessions = { drop: (clientId: string) => bus.disconnect(clientId), isOnline };
    const fleet = new FleetApi({ registry, driver, sessions, announcements: channels, bus, logger });
    const apiServer = new ApiServer({ bus, store: blobStore, registry, committer, fleet, isOnline, logger });
    // A device that connects or reports may let a rollout move on.
    onConnect = (session) => {
      if (session.principal.role === 'device') {
        driver.kick();
        feed.changed(session.principal.name);
      }
    };
    route = (message) => {
      const parsed = parseTopic(message.topic);
      const { principal } = message.session;
      if (parsed?.kind === 'device' && principal.role === 'device' && parsed.deviceId === principal.name) {
        if (parsed.leaf === 'req') chunkServer.handle(parsed.deviceId, principal.product, message.payload);
        else if (parsed.leaf === 'status') {
          statusHandler.handle(parsed.deviceId, message.payload);
          feed.statusReceived(parsed.deviceId, message.payload);
          driver.kick();
        }
      } else if (parsed?.kind === 'api' && parsed.leaf === 'req' && parsed.clientId === message.session.clientId) {
        apiServer.handle(message.session, message.payload);
      }
    };

    // The registry is the record of what each channel announces: re-publish it
    // so retained state is right even if the broker's own store was lost.
    const latest = await registry.latestReleases();
    for (const release of latest) await channels.announce(release);
    // Patches a restart interrupted are computed again (pairs already done are skipped).
    for (const release of latest) patchBuilder.schedule(release.releaseId);

    driver.run();
    const address = await bus.listen(host, port);
    const url = `mqtt://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
    if (options.http !== undefined) {
      const dashboard = dashboardRoutes({ registry, driver, isOnline, feed, logger });
      const more = options.http.routes;
      http = await startHttpServer({
        host: options.http.host ?? host,
        port: checkOption(options.http.port, 'HTTP port', 0),
        registry,
        isOnline,
        authenticate: namedPrincipals(registry, [ADMIN_PRINCIPAL]),
        metrics,
        logger,
        version: packageVersion(),
        routes: async (app, context) => {
          await dashboard(app, context);
          await more?.(app, context);
        },
      });
    }
    const httpServer = http;
    logger.info('server started', { url, dataDir, ...(httpServer ? { httpUrl: httpServer.url } : {}) });

    let closing: Promise<void> | undefined;
    const close = async (): Promise<void> => {
      route = () => undefined;
      await httpServer?.close();
      const handlersDone = Promise.all([chunkServer.close(), apiServer.close(), statusHandler.close(), patchBuilder.close(), driver.close()]);
      await bus.close();
      await handlersDone;
      await blobStore.close();
      await registry.close();
      await lock.release();
    };
    return {
      url,
      host,
      port: address.port,
      ...(httpServer ? { httpUrl: httpServer.url } : {}),
      close: () => (closing ??= close()),
    };
  } catch (err) {
    await http?.close().catch(() => undefined);
    await broker?.close().catch(() => undefined);
    await store?.close().catch(() => undefined);
    await registry.close().catch(() => undefined);
    await lock.release();
    throw err;
  }
}
