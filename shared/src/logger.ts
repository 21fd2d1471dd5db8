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
