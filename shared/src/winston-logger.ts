import winston from 'winston';
import type { LoggerOptions } from './logger.js';

/**
 * The server's logger: winston, same options and output as `createLogger`'s
 * line logger. A separate entry (`@otacast/shared/winston-logger`) so that
 * devices, which import the package index, never load winston.
 */
export function createWinstonLogger(options: LoggerOptions): winston.Logger {
  const json = options.json ?? !process.stderr.isTTY;
  const format = json
    ? winston.format.combine(winston.format.timestamp(), winston.format.json())
    : winston.format.combine(
        winston.format.colorize(),
        winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
        winston.format.printf(({ timestamp, level, message, name: _name, ...fields }) => {
          const extra = Object.keys(fields).length > 0 ? ` ${JSON.stringify(fields)}` : '';
          return `${String(timestamp)} ${level} ${String(message)}${extra}`;
        }),
      );
  return winston.createLogger({
    level: options.level ?? process.env['OTACAST_LOG_LEVEL'] ?? 'info',
    defaultMeta: { name: options.name },
    format,
    transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] })],
  });
}
