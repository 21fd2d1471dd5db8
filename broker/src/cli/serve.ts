import type { Command } from 'commander';
import { startServer, type ServerOptions } from '../server.js';
import { cliLogger, parseInteger, printResult, usage } from './common.js';

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
    .action(async (flags: ServeFlags) => {
      if (flags.httpHost !== undefined && flags.httpPort === undefined) throw usage('--http-host needs --http-port');
      const logger = cliLogger();
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
        clientLimits: clientLimitsOf(flags),
        patches: {
          ...(flags.patchHistory === undefined ? {} : { history: flags.patchHistory }),
          ...(flags.patchMaxBytes === undefined ? {} : { maxComponentBytes: flags.patchMaxBytes }),
        },
      };
      const stopped = untilSignal();
      const server = await startServer(options);
      printResult(`otacast listening on ${server.url}`);
      if (server.httpUrl !== undefined) printResult(`otacast http listening on ${server.httpUrl}`);
      const signal = await stopped;
      logger.info('shutting down', { signal });
      await server.close();
      logger.info('stopped');
    });
}
