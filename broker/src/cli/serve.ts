import type { Command } from 'commander';
import { collect } from '@otacast/shared';
// Loaded when serve runs: the server's modules (Aedes, SQLite, fastify, ...) cost every other command ~0.4 s of start-up.
import type { ServerOptions } from '../server.js';
import type { LogLevel } from '@otacast/shared';
import { cliLogger, parseInteger, parseLogLevel, parseName, printResult, usage } from './common.js';

interface ServeFlags {
  data: string;
  host?: string;
  port: number;
  maxPacket?: number;
  cacheBytes?: number;
  patchHistory?: number;
  patchMaxBytes?: number;
  compressQuality?: number;
  httpPort?: number;
  httpHost?: string;
  maxConnectBytes?: number;
  connectTimeout?: number;
  maxConnections?: number;
  maxConnectionsPerAddress?: number;
  maxQueuedBytes?: number;
  stallTimeout?: number;
  clientMsgsPerSec?: number;
  clientBytesPerSec?: number;
  registry?: string;
  tlsPort?: number;
  tlsCert?: string;
  tlsKey?: string;
  tlsCa?: string;
  /** False with --no-plain. */
  plain: boolean;
  broker?: string[];
  workerId?: string;
  sharedData?: boolean;
  blobs?: string;
  blobCacheBytes?: number;
  mosquittoAuth?: string;
  mosquittoPid?: number;
  mosquittoPidFile?: string;
  logLevel?: LogLevel;
  castDevices?: number;
  castRate?: number;
}

/** The MQTTS listener given as flags; refuses half of a TLS configuration. */
function tlsOf(flags: ServeFlags): Pick<ServerOptions, 'tls' | 'plain'> {
  if (flags.tlsPort === undefined) {
    const orphan = flags.tlsCert !== undefined ? '--tls-cert' : flags.tlsKey !== undefined ? '--tls-key' : flags.tlsCa !== undefined ? '--tls-ca' : flags.plain ? undefined : '--no-plain';
    if (orphan !== undefined) throw usage(`${orphan} needs --tls-port`);
    return {};
  }
  if (flags.tlsCert === undefined || flags.tlsKey === undefined) throw usage('--tls-port needs --tls-cert and --tls-key');
  const tls = { port: flags.tlsPort, certFile: flags.tlsCert, keyFile: flags.tlsKey, ...(flags.tlsCa === undefined ? {} : { caFile: flags.tlsCa }) };
  return { tls, plain: flags.plain };
}

/** The per-client limits given as flags (seconds on the command line, milliseconds inside). */
function clientLimitsOf(flags: ServeFlags): NonNullable<ServerOptions['clientLimits']> {
  return {
    ...(flags.maxConnectBytes === undefined ? {} : { maxConnectBytes: flags.maxConnectBytes }),
    ...(flags.connectTimeout === undefined ? {} : { connectTimeoutMs: flags.connectTimeout * 1000 }),
    ...(flags.maxConnections === undefined ? {} : { maxConnections: flags.maxConnections }),
    ...(flags.maxConnectionsPerAddress === undefined ? {} : { maxConnectionsPerAddress: flags.maxConnectionsPerAddress }),
    ...(flags.maxQueuedBytes === undefined ? {} : { maxQueuedBytes: flags.maxQueuedBytes }),
    ...(flags.stallTimeout === undefined ? {} : { stallTimeoutMs: flags.stallTimeout * 1000 }),
    ...(flags.clientMsgsPerSec === undefined ? {} : { messagesPerSec: flags.clientMsgsPerSec }),
    ...(flags.clientBytesPerSec === undefined ? {} : { bytesPerSec: flags.clientBytesPerSec }),
  };
}

/** Resolves on the first SIGINT/SIGTERM; a second one exits at once. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) process.exit(1);
      received = true;
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the broker, release store and chunk server')
    .requiredOption('--data <dir>', 'data directory (created; admin.token is written here on first start)')
    .option('--host <host>', 'address to listen on')
    .option('--port <port>', 'TCP port; 0 picks a free one', parseInteger(0, 65535), 1883)
    .option('--max-packet <bytes>', 'largest MQTT packet accepted', parseInteger(1024))
    .option('--cache-bytes <bytes>', 'in-memory cache for hot chunks', parseInteger(0))
    .option('--patch-history <n>', 'delta patches to each new component from its last N versions (0: none; default 3)', parseInteger(0, 64))
    .option('--patch-max-bytes <bytes>', 'largest component given delta patches (default 512 MiB)', parseInteger(0))
    .option('--compress-quality <q>', 'brotli quality for stored chunks, -1 to store them raw (default 11)', (v: string) => (v.trim() === '-1' ? -1 : parseInteger(0, 11)(v)))
    .option('--http-port <port>', 'also serve HTTP (/healthz, /metrics, /api/v1) on this TCP port; 0 picks a free one', parseInteger(0, 65535))
    .option('--http-host <host>', 'address for HTTP (default: --host)')
    .option('--max-connect-bytes <bytes>', 'largest first packet (the CONNECT) before a client is authenticated (default 8 KiB)', parseInteger(256))
    .option('--connect-timeout <s>', 'seconds a new connection has to complete its CONNECT (default 10)', parseInteger(1))
    .option('--max-connections <n>', 'open MQTT connections accepted in total (default 10000)', parseInteger(1))
    .option('--max-connections-per-address <n>', 'open MQTT connections accepted from one remote address (default 2000)', parseInteger(1))
    .option('--max-queued-bytes <bytes>', 'bytes queued for one client before it counts as not reading (default 4 MiB)', parseInteger(64 * 1024))
    .option('--stall-timeout <s>', 'seconds a client may leave its socket undrained before it is disconnected (default 60; 0: never)', parseInteger(0))
    .option('--client-msgs-per-sec <n>', 'messages per second a device may publish, bursts of 2 s allowed (default 500)', parseInteger(1))
    .option('--registry <url>', 'registry database: postgres://USER@HOST:PORT/DB, shared by several workers (default: SQLite in --data)')
    .option('--client-bytes-per-sec <bytes>', 'bytes per second a device may publish, bursts of 2 s allowed (default 1 MiB)', parseInteger(1024))
    .option('--tls-port <port>', 'also serve MQTTS on this TCP port; 0 picks a free one (needs --tls-cert, --tls-key)', parseInteger(0, 65535))
    .option('--tls-cert <file>', "the server's certificate (chain), PEM; its subjectAltName must list the host devices connect to")
    .option('--tls-key <file>', 'the private key of --tls-cert, PEM')
    .option('--tls-ca <file>', 'mTLS: CA (PEM) that signs client certificates; every MQTTS client must present one, and a device certificate (CN = device id) replaces its token')
    .option('--no-plain', 'do not serve plain MQTT (needs --tls-port)')
    .option('--broker <url>', 'run as a worker attached to this external MQTT broker (repeatable; no MQTT listener is opened: devices connect to the brokers)', collect)
    .option('--worker-id <name>', "this worker's name in logs, client ids and metrics", parseName('worker id'))
    .option('--shared-data', 'workers only: share --data with other workers on this machine (skips the data directory lock; see docs/scale-out.md)')
    .option('--blobs <url>', 'blobs in an S3-compatible bucket: s3://BUCKET?endpoint=URL[&region=R][&forcePathStyle=true] (credentials: AWS_* variables; default: files in --data)')
    .option('--blob-cache-bytes <bytes>', 'local disk cache in front of --blobs s3://… (default 1 GiB)', parseInteger(0))
    .option('--mosquitto-auth <dir>', 'keep an external Mosquitto\'s password_file and acl_file in DIR current (rewritten when devices are added, rotated or removed)')
    .option('--mosquitto-pid <pid>', 'send this Mosquitto SIGHUP after each rewrite', parseInteger(1))
    .option('--mosquitto-pid-file <file>', 'send SIGHUP to the pid in this file (Mosquitto\'s pid_file) after each rewrite')
    .option('--cast-devices <n>', 'broadcast a release once when this many devices fetch it within 2 s (docs/protocol.md, "Broadcast"; off unless given; 0: never)', parseInteger(0))
    .option('--cast-rate <bytes>', 'ceiling of a broadcast\'s pace in bytes per second (default 32 MiB)', parseInteger(1024))
    .option('--log-level <level>', 'error, warn, info, http, verbose, debug or silly (default: env OTACAST_LOG_LEVEL, else info)', parseLogLevel)
    .option('--config <file>', 'JSON file of settings named as the long flags (e.g. {"data": "/var/lib/otacast", "httpPort": 8080}); flags given beside it win')
    .action(async (flags: ServeFlags, command: Command) => {
      if (flags.httpHost !== undefined && flags.httpPort === undefined) throw usage('--http-host needs --http-port');
      const brokers = flags.broker ?? [];
      if (brokers.length > 0 && ['port', 'host'].some((name) => command.getOptionValueSource(name) === 'cli')) throw usage('a worker (--broker) opens no MQTT listener: drop --port/--host, devices connect to the brokers');
      if (flags.sharedData === true && brokers.length === 0) throw usage('--shared-data is for workers only (--broker)');
      const tls = tlsOf(flags);
      if (flags.castRate !== undefined && !(flags.castDevices ?? 0)) throw usage('--cast-rate needs --cast-devices N (casting is off by default)');
      if (flags.blobCacheBytes !== undefined && flags.blobs === undefined) throw usage('--blob-cache-bytes needs --blobs');
      if ((flags.mosquittoPid !== undefined || flags.mosquittoPidFile !== undefined) && flags.mosquittoAuth === undefined) throw usage('--mosquitto-pid and --mosquitto-pid-file need --mosquitto-auth');
      if (flags.mosquittoPid !== undefined && flags.mosquittoPidFile !== undefined) throw usage('give --mosquitto-pid or --mosquitto-pid-file, not both');
      const logger = cliLogger(flags.logLevel);
      const options: ServerOptions = {
        dataDir: flags.data,
        port: flags.port,
        logger,
        ...(flags.host === undefined ? {} : { host: flags.host }),
        ...(flags.maxPacket === undefined ? {} : { maxPacketBytes: flags.maxPacket }),
        ...(flags.cacheBytes === undefined ? {} : { cacheBytes: flags.cacheBytes }),
        ...(flags.compressQuality === undefined ? {} : { compressQuality: flags.compressQuality }),
        ...(flags.registry === undefined ? {} : { registryUrl: flags.registry }),
        ...(flags.httpPort === undefined ? {} : { http: { port: flags.httpPort, ...(flags.httpHost === undefined ? {} : { host: flags.httpHost }) } }),
        ...(flags.blobs === undefined ? {} : { blobs: { url: flags.blobs, ...(flags.blobCacheBytes === undefined ? {} : { cacheBytes: flags.blobCacheBytes }) } }),
        ...(flags.mosquittoAuth === undefined
          ? {}
          : { mosquittoAuth: { dir: flags.mosquittoAuth, ...(flags.mosquittoPid === undefined ? {} : { pid: flags.mosquittoPid }), ...(flags.mosquittoPidFile === undefined ? {} : { pidFile: flags.mosquittoPidFile }) } }),
        clientLimits: clientLimitsOf(flags),
        ...tls,
        ...(brokers.length === 0 ? {} : { brokers }),
        ...(flags.workerId === undefined ? {} : { workerId: flags.workerId }),
        ...(flags.sharedData === true ? { sharedDataDir: true } : {}),
        // Casting is opt-in until it beats plain pulls (bench/README.md, fleet-cast).
        ...(flags.castDevices === undefined || flags.castDevices === 0
          ? { cast: false as const }
          : { cast: { minDevices: flags.castDevices, ...(flags.castRate === undefined ? {} : { rateBytesPerSecond: flags.castRate }) } }),
        patches: {
          ...(flags.patchHistory === undefined ? {} : { history: flags.patchHistory }),
          ...(flags.patchMaxBytes === undefined ? {} : { maxComponentBytes: flags.patchMaxBytes }),
        },
      };
      const stopped = untilSignal();
      const { startServer } = await import('../server.js');
      const server = await startServer(options);
      if (brokers.length > 0) printResult(`otacast worker ${flags.workerId ?? ''} listening via ${brokers.length} broker(s), first ${server.url}`.replace('  ', ' '));
      else if (options.plain !== false) printResult(`otacast listening on ${server.url}`);
      if (server.tlsUrl !== undefined) printResult(`otacast listening on ${server.tlsUrl}`);
      if (server.httpUrl !== undefined) printResult(`otacast http listening on ${server.httpUrl}`);
      const signal = await stopped;
      logger.info('shutting down', { signal });
      await server.close();
      logger.info('stopped');
    });
}
