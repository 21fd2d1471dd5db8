import winston from 'winston';

export type Logger = winston.Logger;

export interface LoggerOptions {
  /** Process or component name, added to every entry. */
  name: string;
  level?: string;
  /** Force JSON (true) or pretty (false); default: JSON unless stderr is a TTY. */
  json?: boolean;
}

/**
 * One structured logger per process. Logs go to stderr so stdout stays free for
 * a command's result (a token, a release id) that scripts read.
 */
export function createLogger(options: LoggerOptions): Logger {
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
