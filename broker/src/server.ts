import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_PACKET_BYTES, MiB, OtaError, WAITING_FOR_INSTALL_WINDOW, packageVersion, parseTopic, toOtaError, topics, type DeltaEncodeOptions, type Logger } from '@otacast/shared';
import { createWinstonLogger } from '@otacast/shared/winston-logger';
import { ensureAdminToken } from './api/admin-token.js';
import { ApiServer } from './api/api-server.js';
import { createBroker, type ClientLimits, type EmbeddedBroker } from './mqtt/broker.js';
import { loadTlsCredentials, type TlsFilePaths } from './mqtt/tls-listener.js';
import { createExternalBrokers, type ExternalBrokers } from './mqtt/external-brokers.js';
import { ChunkServer } from './serve/chunk-server.js';
import { DuplicateDevices } from './devices/duplicate-devices.js';
import { sendCommandError } from './devices/device-replies.js';
import { WholeBlobChunks } from './serve/whole-blob-chunks.js';
import { Caster, type CasterSettings } from './cast/caster.js';
import type { BlobStore } from './blobs/blob-store.js';
import { openBlobStore, parseBlobsUrl } from './blobs/open-blob-store.js';
import type { Session } from './auth/auth.js';
import type { BrokerAttachment, InboundMessage } from './mqtt/message-bus.js';
import { openRegistry, type Registry } from './registry/registry.js';
import { ReleaseCommitter } from './api/release-commit.js';
import { Announcements } from './api/announcements.js';
import { KeyringStore } from './api/keyrings.js';
import { StatusHandler } from './devices/status-handler.js';
import { PatchBuilder } from './patches/patch-builder.js';
import { FleetApi } from './api/fleet-api.js';
import { MosquittoAuthSync, writeMosquittoAuth, type MosquittoExport } from './api/mosquitto-auth-export.js';
import { GarbageCollector, RecentlyAsked } from './api/gc.js';
import { RolloutDriver } from './fleet/rollout-driver.js';
import { lockDataDir } from './data-dir-lock.js';
import { tokenPrincipals } from './http/bearer-auth.js';
import { AuditTrail } from './api/audit.js';
import { PrincipalsApi } from './api/principals.js';
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
  /** Blobs in an S3-compatible bucket (`s3://BUCKET?endpoint=URL...`, docs/scale-out.md) instead of DIR/blobs, and the bound of their local disk cache (default 1 GiB). */
  blobs?: { url: string; cacheBytes?: number };
  /** Keep Mosquitto's password_file and acl_file in `dir` current, and SIGHUP it (pid, or pid file) after each change. */
  mosquittoAuth?: { dir: string; pid?: number; pidFile?: string };
  /** Serve HTTP (/healthz, /metrics, /api/v1) too; host defaults to `host`, port 0 picks a free one. */
  http?: { port: number; host?: string; routes?: HttpRoutes };
  /** The registry: postgres://USER@HOST:PORT/DB (shared by several workers), or by default SQLite in DIR/registry.db. */
  registryUrl?: string;
  /** An MQTTS listener on `port` (0 picks a free one), mTLS with `caFile` (docs/security.md, "Transport: TLS and mTLS"). */
  tls?: TlsFilePaths & { port: number };
  /** False: no plain MQTT listener (then `tls` is required). Default true. */
  plain?: boolean;
  /** What one MQTT client may cost (docs/security.md, "Hostile clients"); defaults in shared/src/limits.ts. */
  clientLimits?: Partial<ClientLimits>;
  /**
   * Scale-out: attach as a worker to these external brokers (shared
   * subscriptions) instead of running the embedded one; no MQTT listener is
   * opened (docs/scale-out.md).
   */
  brokers?: readonly string[];
  /** Names this worker in logs, client ids and metrics. */
  workerId?: string;
  /** Workers only: do not lock the data directory, so several workers on one machine share it (tests; docs/scale-out.md). */
  sharedDataDir?: boolean;
  /** Broadcast fan-out (docs/protocol.md, "Broadcast"); false: never cast. Default off (opt-in until it beats pulls); always off for workers (each would cast the same release). */
  cast?: CasterSettings | false;
  logger?: Logger;
}

export interface RunningServer {
  /** mqtt://host:port with the bound port; the mqtts:// URL when there is no plain listener; a worker's first --broker (credentials removed). */
  url: string;
  host: string;
  /** The embedded listener's port; 0 for a worker (it listens on no port). */
  port: number;
  /** mqtts://host:port when `tls` was given. */
  tlsUrl?: string;
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
  const plain = options.plain ?? true;
  if (!plain && options.tls === undefined) throw new OtaError('OTA_E_USAGE', 'no listener: turning the plain one off needs a TLS one');
  const brokerUrls = options.brokers ?? [];
  if (options.sharedDataDir === true && brokerUrls.length === 0) throw new OtaError('OTA_E_USAGE', 'a shared data directory is for workers on external brokers only (--broker)');
  // A worker opens no MQTT listener: TLS for devices is the external broker's.
  if (brokerUrls.length > 0 && options.tls !== undefined) throw new OtaError('OTA_E_USAGE', 'a worker on external brokers (--broker) opens no listener: configure TLS on the broker');
  // Unusable certificate files stop the server here, before anything is opened.
  const tls = options.tls && { port: checkOption(options.tls.port, 'TLS port', 0), credentials: await loadTlsCredentials(options.tls) };
  const s3 = options.blobs === undefined ? undefined : parseBlobsUrl(options.blobs.url);
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (err) {
    throw toOtaError(err);
  }

  // Before anything is opened: a second server on this directory stops here with a clear error.
  const lock = options.sharedDataDir === true ? { release: async () => undefined } : await lockDataDir(dataDir);
  let registry: Registry;
  try {
    registry = await openRegistry({ sqlitePath: join(dataDir, 'registry.db'), url: options.registryUrl }, logger);
  } catch (err) {
    await lock.release();
    throw err;
  }
  let store: BlobStore | undefined;
  let broker: BrokerAttachment | undefined;
  let http: HttpServer | undefined;
  try {
    const admin = await ensureAdminToken(dataDir, registry);
    if (admin.created) logger.info('admin token written', { path: admin.path });
    const blobStore = await openBlobStore({
      dataDir,
      cacheBytes,
      ...(s3 === undefined ? {} : { s3 }),
      ...(options.blobs?.cacheBytes === undefined ? {} : { s3CacheBytes: checkOption(options.blobs.cacheBytes, 'blob cache size', 0) }),
      ...(options.compressQuality === undefined ? {} : { compressQuality: checkOption(options.compressQuality, 'compression quality', -1) }),
    });
    store = blobStore;

    let route: (message: InboundMessage) => void = () => undefined;
    let isCurrent: (topic: string, payload: Buffer) => boolean = () => true;
    let onDisconnect: (session: Session) => void = () => undefined;
    let onConnect: (session: Session) => void = () => undefined;
    let onTakeover: (session: Session, from: string, by: string) => void = () => undefined;
    const handlers = {
      onMessage: (message: InboundMessage) => route(message),
      onDisconnect: (session: Session) => onDisconnect(session),
      onConnect: (session: Session) => onConnect(session),
    };
    let embedded: EmbeddedBroker | undefined;
    let external: ExternalBrokers | undefined;
    if (brokerUrls.length > 0) {
      external = createExternalBrokers({ urls: brokerUrls, principals: registry, logger, ...handlers, ...(options.workerId === undefined ? {} : { workerId: options.workerId }) });
    } else {
      embedded = await createBroker({
        principals: registry,
        logger,
        maxPacketBytes,
        persistenceDir: join(dataDir, 'broker'),
        isForwardable: (topic, payload) => isCurrent(topic, payload),
        onTakeover: (session, from, by) => onTakeover(session, from, by),
        ...handlers,
        ...(options.clientLimits === undefined ? {} : { clientLimits: options.clientLimits }),
      });
    }
    const bus: BrokerAttachment = external ?? (embedded as EmbeddedBroker);
    broker = bus;
    const channels = new Announcements(bus);
    const duplicates = new DuplicateDevices({ logger, notify: (deviceId, error) => void sendCommandError(bus, deviceId, error, topics.deviceRequest(deviceId)).catch(() => undefined) });
    onTakeover = (session, from, by) => {
      if (session.principal.role === 'device') duplicates.takeover(session.principal.name, from, by);
    };
    isCurrent = (topic, payload) => channels.isCurrent(topic, payload);
    const patchBuilder = new PatchBuilder({ ...options.patches, store: blobStore, registry, logger, workDir: join(dataDir, 'patch-work') });
    const patches = {
      offer: (releaseId: string, from: Uint8Array, to: Uint8Array) => registry.patches.offer(releaseId, from, to),
      pending: (from: Uint8Array, to: Uint8Array) => patchBuilder.pending(from, to),
    };
    const metrics = new ServerMetrics({
      devices: () => registry.listDevices(),
      sessions: () => bus.sessions(),
      rolloutStates: async () => (await registry.rollouts.list()).map((r) => r.state),
      worker: { id: options.workerId ?? '', attachment: external ? 'external' : 'embedded' },
    });
    // One cache of encoded whole-blob Chunks for pulls and casts: a release is read once, sent as often as needed.
    const wholeBlobs = new WholeBlobChunks(blobStore);
    const castSettings = external ? false : (options.cast ?? false);
    const caster = castSettings === false ? undefined : new Caster({ ...castSettings, bus, store: blobStore, chunks: wholeBlobs, registry, logger, metrics: metrics.cast });
    const chunkServer = new ChunkServer({
      bus, store: blobStore, registry, patches, logger, metrics: metrics.chunks, wholeBlobs,
      ...(caster ? { onRanges: (deviceId: string, product: string, releaseId: string, digests: readonly Uint8Array[]) => caster.noteRequest(deviceId, product, releaseId, digests) } : {}),
    });
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
    const driver = new RolloutDriver({ registry, bus, isOnline, isWaitingForWindow: (id) => feed.messageOf(id) === WAITING_FOR_INSTALL_WINDOW, logger });
    const sessions = { drop: (clientId: string) => bus.disconnect(clientId), isOnline };
    const mosquitto = options.mosquittoAuth === undefined ? undefined : new MosquittoAuthSync({ ...options.mosquittoAuth, outDir: options.mosquittoAuth.dir, registry, dataDir, logger });
    await mosquitto?.start();
    const fleet = new FleetApi({ registry, driver, sessions, announcements: channels, bus, logger, ...(mosquitto ? { onCredentialsChanged: () => mosquitto.changed() } : {}) });
    const keyrings = new KeyringStore({ dir: join(dataDir, 'keyrings'), bus, logger });
    const audit = new AuditTrail({ records: registry.audit, logger });
    // A revoked or rotated principal's MQTT connections end now (dashboard sessions check the registry per request).
    const dropPrincipal = (name: string): void => {
      for (const s of bus.sessions()) if (s.principal.name === name) bus.disconnect(s.clientId);
    };
    const principals = new PrincipalsApi({ registry, sessions: { dropPrincipal }, logger });
    const gc = new GarbageCollector({ registry, store: blobStore, asked: new RecentlyAsked(), logger });
    const apiServer = new ApiServer({ bus, store: blobStore, registry, committer, fleet, keyrings, principals, audit, gc, isOnline, activity: feed, logger });
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
    await keyrings.announceAll();
    // Patches a restart interrupted are computed again (pairs already done are skipped).
    for (const release of latest) patchBuilder.schedule(release.releaseId);

    driver.run();
    let url: string;
    let boundPort = 0;
    let tlsUrl: string | undefined;
    if (external !== undefined) {
      await external.attach();
      url = external.urls[0] ?? '';
    } else {
      const listener = embedded as EmbeddedBroker;
      const plainAddress = plain ? await listener.listen(host, port) : undefined;
      const tlsAddress = tls && (await listener.listenTls(host, tls.port, tls.credentials));
      const address = plainAddress ?? tlsAddress;
      if (address === undefined) throw new OtaError('OTA_E_INTERNAL', 'no listener');
      const urlOf = (scheme: string, bound: number): string => `${scheme}://${host.includes(':') ? `[${host}]` : host}:${bound}`;
      boundPort = address.port;
      url = urlOf(plainAddress ? 'mqtt' : 'mqtts', address.port);
      tlsUrl = tlsAddress && urlOf('mqtts', tlsAddress.port);
    }
    if (options.http !== undefined) {
      const dashboard = dashboardRoutes({ registry, driver, isOnline, feed, audit, logger });
      const more = options.http.routes;
      http = await startHttpServer({
        host: options.http.host ?? host,
        port: checkOption(options.http.port, 'HTTP port', 0),
        registry,
        isOnline,
        activity: feed,
        authenticate: tokenPrincipals(registry.principals),
        principals,
        audit,
        rolloutAdmin: { start: (body) => fleet.startRollout(body) },
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
    logger.info('server started', {
      url,
      dataDir,
      ...(tlsUrl ? { tlsUrl } : {}),
      ...(external ? { brokers: external.urls, workerId: options.workerId ?? '' } : {}),
      ...(httpServer ? { httpUrl: httpServer.url } : {}),
    });

    let closing: Promise<void> | undefined;
    const close = async (): Promise<void> => {
      route = () => undefined;
      await httpServer?.close();
      const handlersDone = Promise.all([caster?.close(), chunkServer.close(), apiServer.close(), statusHandler.close(), patchBuilder.close(), driver.close()]);
      await bus.close();
      await handlersDone;
      await mosquitto?.close();
      await blobStore.close();
      await registry.close();
      await lock.release();
    };
    return {
      url,
      host,
      port: boundPort,
      ...(tlsUrl ? { tlsUrl } : {}),
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

/**
 * `otacast broker-auth mosquitto`: the password and ACL files for an external
 * Mosquitto from the registry in `dataDir` (read beside a running server).
 */
export async function exportMosquittoAuth(dataDir: string, outDir: string): Promise<MosquittoExport> {
  const path = join(resolve(dataDir), 'registry.db');
  if (!existsSync(path)) throw new OtaError('OTA_E_USAGE', `no registry at ${path}: --data is the data directory of otacast serve`);
  const registry = await openRegistry({ sqlitePath: path });
  try {
    return await writeMosquittoAuth(registry, resolve(dataDir), outDir);
  } finally {
    await registry.close();
  }
}
