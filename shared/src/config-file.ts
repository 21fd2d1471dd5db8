// `--config FILE`: every flag of a command from a JSON file, so a device or a
// server keeps its settings (and no secrets) out of the process list. The
// file becomes command-line arguments placed before the real ones, and a
// setting given on the command line is not taken from the file: flags beside
// --config win, also for repeatable flags (whose values would otherwise add up).
import { readFileSync } from 'node:fs';
import { OtaError } from './errors.js';

/** What the expansion needs to know of one flag (commander's Option has these fields). */
export interface FlagShape {
  /** `--health-cmd` */
  long?: string | undefined;
  /** Takes a value (`<v>` or `[v]`); otherwise a switch. */
  required: boolean;
  optional: boolean;
  /** Repeatable flags parse with `collect`. */
  parseArg?: unknown;
}

const CONFIG_FLAG = '--config';
/** Flags that are no settings. */
const NOT_SETTINGS = new Set([CONFIG_FLAG, '--version', '--help']);

/** `healthCmd` and `health-cmd` both name `--health-cmd`. */
function flagOfKey(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function configProblem(path: string, problem: string): OtaError {
  return new OtaError('OTA_E_USAGE', `config file ${path}: ${problem}`, { details: { path } });
}

function readConfig(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw configProblem(path, `cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw configProblem(path, `not valid JSON (${(err as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw configProblem(path, 'must hold one JSON object of settings, e.g. {"url": "mqtt://…"}');
  return value as Record<string, unknown>;
}

/** Where --config is in argv, and its value. */
function findConfig(argv: readonly string[]): { path: string; rest: string[] } | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === CONFIG_FLAG) {
      const path = argv[i + 1];
      if (path === undefined || path.startsWith('--')) throw new OtaError('OTA_E_USAGE', '--config needs a file');
      return { path, rest: [...argv.slice(0, i), ...argv.slice(i + 2)] };
    }
    if (arg.startsWith(`${CONFIG_FLAG}=`)) return { path: arg.slice(CONFIG_FLAG.length + 1), rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return undefined;
}

function givenOnCommandLine(argv: readonly string[], long: string): boolean {
  const negated = `--no-${long.slice(2)}`;
  return argv.some((a) => a === long || a.startsWith(`${long}=`) || a === negated);
}

function argsOfSetting(path: string, key: string, flag: FlagShape & { long: string }, value: unknown, collect: unknown): string[] {
  const takesValue = flag.required || flag.optional;
  if (!takesValue) {
    if (typeof value !== 'boolean') throw configProblem(path, `"${key}" is a switch: use true or false`);
    return value ? [flag.long] : [];
  }
  const values = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && flag.parseArg !== collect) throw configProblem(path, `"${key}" takes one value, not a list`);
  return values.flatMap((v: unknown) => {
    if (typeof v !== 'string' && typeof v !== 'number') throw configProblem(path, `"${key}" must be a string or a number`);
    return [flag.long, String(v)];
  });
}

/**
 * argv with `--config FILE` replaced by the file's settings (`{"healthCmd": "…",
 * "trust": ["a.pub"]}`), for the flags `flags` describes. Unknown settings and
 * wrong types are usage errors naming the file; `collect` is the repeatable
 * flags' parser (lists are allowed only for those).
 */
export function expandConfigFile(argv: readonly string[], flags: readonly FlagShape[], collect: unknown): string[] {
  const found = findConfig(argv);
  if (found === undefined) return [...argv];
  const settings = readConfig(found.path);
  const byLong = new Map(flags.filter((f): f is FlagShape & { long: string } => f.long !== undefined && !NOT_SETTINGS.has(f.long)).map((f) => [f.long, f]));
  const fromFile: string[] = [];
  for (const [key, value] of Object.entries(settings)) {
    const long = flagOfKey(key);
    const flag = byLong.get(long);
    if (flag === undefined) throw configProblem(found.path, `unknown setting "${key}" (settings are the long flags: ${[...byLong.keys()].map((l) => l.slice(2)).join(', ')})`);
    if (givenOnCommandLine(found.rest, long)) continue;
    fromFile.push(...argsOfSetting(found.path, key, flag, value, collect));
  }
  return [...fromFile, ...found.rest];
}
