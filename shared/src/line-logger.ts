import { LOG_LEVELS, type LogFields, type Logger, type LoggerOptions } from './logger.js';

/** winston's npm levels, so OTACAST_LOG_LEVEL means the same to both loggers. */
const LEVELS: Record<string, number> = Object.fromEntries(LOG_LEVELS.map((level, rank) => [level, rank]));
const COLORS: Record<string, number> = { error: 31, warn: 33, info: 32, debug: 34 };

type Level = 'error' | 'warn' | 'info' | 'debug';

/** What a logger and all its children share: setting `silent` on one silences the family, as in winston. */
interface Sink {
  maxLevel: number;
  json: boolean;
  silent: boolean;
}

/**
 * One line per entry on stderr (stdout stays free for a command's result), in
 * the format of the winston logger it replaces on devices: JSON with sorted
 * keys (`level`, `message`, `name`, `timestamp` and the fields), or
 * `HH:mm:ss.SSS level message {fields}` on a TTY. Loading winston costs a
 * device ~5 MiB and ~0.2 s at every start; this costs nothing.
 */
export class LineLogger implements Logger {
  constructor(
    private readonly sink: Sink,
    private readonly fields: LogFields,
  ) {}

  get silent(): boolean {
    return this.sink.silent;
  }

  set silent(value: boolean) {
    this.sink.silent = value;
  }

  error(message: string, fields?: LogFields): void {
    this.write('error', message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    this.write('warn', message, fields);
  }

  info(message: string, fields?: LogFields): void {
    this.write('info', message, fields);
  }

  debug(message: string, fields?: LogFields): void {
    this.write('debug', message, fields);
  }

  child(fields: LogFields): LineLogger {
    return new LineLogger(this.sink, { ...this.fields, ...fields });
  }

  private write(level: Level, message: string, fields: LogFields | undefined): void {
    const { sink } = this;
    if (sink.silent || (LEVELS[level] ?? 0) > sink.maxLevel) return;
    const all = fields ? { ...this.fields, ...fields } : this.fields;
    const line = sink.json ? jsonLine(level, message, all) : prettyLine(level, message, all);
    process.stderr.write(`${line}\n`);
  }
}

/** The logger of a process; see LineLogger. */
export function createLogger(options: LoggerOptions): LineLogger {
  const level = options.level ?? process.env['OTACAST_LOG_LEVEL'] ?? 'info';
  const sink: Sink = { maxLevel: LEVELS[level] ?? (LEVELS['info'] as number), json: options.json ?? !process.stderr.isTTY, silent: false };
  return new LineLogger(sink, { name: options.name });
}

function jsonLine(level: Level, message: string, fields: LogFields): string {
  const entry = { ...fields, level, message, timestamp: new Date().toISOString() };
  try {
    return JSON.stringify(entry, sortedKeys);
  } catch (err) {
    // A cyclic field must not take the process down: keep the entry, drop the fields.
    return JSON.stringify({ level, message, timestamp: entry.timestamp, fieldsError: (err as Error).message }, sortedKeys);
  }
}

/** Like winston's JSON format: keys sorted at every depth, bigints as strings; errors keep their message. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return { message: value.message };
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function prettyLine(level: Level, message: string, fields: LogFields): string {
  const { name: _name, ...rest } = fields;
  let extra = '';
  if (Object.keys(rest).length > 0) {
    try {
      extra = ` ${JSON.stringify(rest, sortedKeys)}`;
    } catch {
      extra = ' {…}';
    }
  }
  return `${clock(new Date())} \u001b[${COLORS[level]}m${level}\u001b[39m ${message}${extra}`;
}

function clock(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}.${String(d.getMilliseconds()).padStart(3, '0')}`;
}
