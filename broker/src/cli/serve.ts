import type { Command } from 'commander';
import { startServer, type ServerOptions } from '../server.js';
import { cliLogger, parseInteger, printResult } from './common.js';

interface ServeFlags {
  data: string;
  host?: string;
  port: number;
  maxPacket?: number;
  cacheBytes?: number;
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
    .action(async (flags: ServeFlags) => {
      const logger = cliLogger();
      const options: ServerOptions = {
        dataDir: flags.data,
        port: flags.port,
        logger,
        ...(flags.host === undefined ? {} : { host: flags.host }),
        ...(flags.maxPacket === undefined ? {} : { maxPacketBytes: flags.maxPacket }),
        ...(flags.cacheBytes === undefined ? {} : { cacheBytes: flags.cacheBytes }),
      };
      const stopped = untilSignal();
      const server = await startServer(options);
      printResult(`otacast listening on ${server.url}`);
      const signal = await stopped;
      logger.info('shutting down', { signal });
      await server.close();
      logger.info('stopped');
    });
}
