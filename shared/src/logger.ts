import { OtaError } from './errors.js';

/** Structured fields of one entry, or (with child) of every entry of a logger. */
export type LogFields = Record<string, unknown>;

/**
 * What otacast code logs through. Two implementations: the dependency-free
 * line logger of `createLogger` (this package's index; devices use it) and
 * winston's (`@otacast/shared/winston-logger`; the server), which satisfies
 * this interface as it is.
 */
export interface Logger {
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  /** Process or component name, added to every entry. */
  name: string;
  /** npm levels: error, warn, info, http, verbose, debug, silly. Default: env OTACAST_LOG_LEVEL, else info. */
  level?: string;
  /** Force JSON (true) or pretty (false); default: JSON unless stderr is a TTY. */
  json?: boolean;
}

/** winston's npm levels, most severe first; both loggers use them. */
export const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * The level a `--log-level` flag or OTACAST_LOG_LEVEL names; a misspelt
 * level is a usage error instead of silently becoming info.
 */
export function checkLogLevel(value: string, source = '--log-level'): LogLevel {
  const level = value.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return level as LogLevel;
  throw new OtaError('OTA_E_USAGE', `${source}: unknown log level "${value}" (one of ${LOG_LEVELS.join(', ')})`);
}

/** --log-level if given, else OTACAST_LOG_LEVEL, else info; either checked. */
export function logLevelOf(flag: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): LogLevel {
  if (flag !== undefined) return checkLogLevel(flag);
  const fromEnv = env['OTACAST_LOG_LEVEL'];
  return fromEnv === undefined || fromEnv === '' ? 'info' : checkLogLevel(fromEnv, 'OTACAST_LOG_LEVEL');
}
