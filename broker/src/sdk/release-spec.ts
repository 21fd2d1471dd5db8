import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_ROLLBACK_EXPIRY_SECONDS, OtaError, isComponentType, isValidName, isValidRange, isValidVersion, satisfies, type ComponentType } from '@otacast/shared';

/** One component to publish: where its bytes are and how the device installs it. */
export interface ComponentSource {
  name: string;
  version: string;
  type: ComponentType;
  /** Absolute path of the component file. */
  path: string;
  /** Semver ranges on other components of the release. */
  requires: Record<string, string>;
  /** Installer options, copied into the manifest. */
  options: Record<string, string>;
}

/** A validated description of a release, before anything is chunked or signed. */
export interface ReleaseSpec {
  product: string;
  channel: string;
  version: string;
  /** Hardware ids the release runs on; empty: any. */
  hardware: string[];
  components: ComponentSource[];
  /** Absolute expiry time (ms since epoch). */
  expiresAtMs?: number;
  /** Expiry relative to the moment the manifest is created. */
  expiresInSeconds?: number;
  /** Signed as a deliberate rollback to a lower version. */
  rollback: boolean;
}

/** The command-line form: `--product P --version V NAME=PATH[:type] ...`. */
export interface ReleaseArgs {
  product: string;
  channel?: string;
  version: string;
  /** NAME=PATH[:type] */
  components: readonly string[];
  hardware?: readonly string[];
  /** ISO date, or seconds from publication. */
  expires?: string;
  rollback?: boolean;
  /** Base for relative paths. Default: process.cwd(). */
  cwd?: string;
}

const ARCHIVE_SUFFIXES = ['.tar', '.tar.gz', '.tgz'];

function bad(message: string): OtaError {
  return new OtaError('OTA_E_BAD_RELEASE', message);
}

export function defaultComponentType(path: string): ComponentType {
  const lower = path.toLowerCase();
  return ARCHIVE_SUFFIXES.some((s) => lower.endsWith(s)) ? 'archive' : 'file';
}

/**
 * Parses `NAME=PATH[:type][@DEST]`; the type suffix is only taken when it is a
 * known type. `@DEST` (after a type: `cfg=app.toml:file@etc/app.toml`) is the
 * install path under the agent's --root, the manifest's `options.path`.
 */
export function parseComponentArg(arg: string, cwd = process.cwd()): { name: string; path: string; type: ComponentType; installPath?: string } {
  const eq = arg.indexOf('=');
  if (eq <= 0 || eq === arg.length - 1) throw bad(`component "${arg}": expected NAME=PATH[:type][@DEST]`);
  const name = arg.slice(0, eq);
  let path = arg.slice(eq + 1);
  let type: ComponentType | undefined;
  let installPath: string | undefined;
  const withDest = /^(.+):([a-z]+)@(.*)$/.exec(path);
  if (withDest !== null && isComponentType(withDest[2] as string)) {
    path = withDest[1] as string;
    type = withDest[2] as ComponentType;
    installPath = checkInstallPath(withDest[3] as string, `component "${arg}"`);
  }
  const colon = path.lastIndexOf(':');
  if (type === undefined && colon > 0) {
    const suffix = path.slice(colon + 1);
    if (isComponentType(suffix)) {
      type = suffix;
      path = path.slice(0, colon);
    } else if (/^[a-z]+$/.test(suffix)) {
      throw bad(`component "${arg}": unknown type "${suffix}" (file, archive, image, command or agent)`);
    }
  }
  return { name, path: resolve(cwd, path), type: type ?? defaultComponentType(path), ...(installPath === undefined ? {} : { installPath }) };
}

/** Install paths are relative to the agent's --root (a device agent with --root / writes anywhere). */
function checkInstallPath(dest: string, where: string): string {
  const parts = dest.split('/');
  if (dest === '' || dest.startsWith('/') || parts.includes('..') || parts.includes('')) {
    throw bad(`${where}: install path "${dest}" must be relative to the agent's --root, without "..", e.g. etc/app.toml (for /etc/app.toml run the agent with --root /)`);
  }
  return dest;
}

/** ISO date → absolute; a number (or numeric string) → seconds after publication. */
export function parseExpires(value: unknown, field = 'expires'): Pick<ReleaseSpec, 'expiresAtMs' | 'expiresInSeconds'> {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value.trim()))) {
    const seconds = Number(value);
    if (!Number.isSafeInteger(seconds) || seconds <= 0) throw bad(`${field} must be a positive number of seconds, got ${String(value)}`);
    return { expiresInSeconds: seconds };
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.trim())) {
    const ms = Date.parse(value.trim());
    if (Number.isFinite(ms)) return { expiresAtMs: ms };
  }
  throw bad(`${field} must be an ISO date or a number of seconds, got ${JSON.stringify(value)}`);
}

/**
 * Expiry of a manifest created at `createdAtMs`; 0 means never. A rollback
 * manifest the publisher gave no expiry gets DEFAULT_ROLLBACK_EXPIRY_SECONDS:
 * it may take devices down a version, so a copy of it must not stay usable.
 */
export function resolveExpiry(spec: Pick<ReleaseSpec, 'expiresAtMs' | 'expiresInSeconds'> & { rollback?: boolean }, createdAtMs: number): number {
  if (spec.expiresAtMs !== undefined) return spec.expiresAtMs;
  if (spec.expiresInSeconds !== undefined) return createdAtMs + spec.expiresInSeconds * 1000;
  if (spec.rollback === true) return createdAtMs + DEFAULT_ROLLBACK_EXPIRY_SECONDS * 1000;
  return 0;
}

/**
 * A release must not contradict itself: every `requires` on a component of
 * the release must be met by that component's version. A constraint on a
 * component the release does not carry is left to the device, which checks
 * it against what it has installed (a release may update `app` alone and
 * require the `runtime` already on the devices).
 */
export function checkRequires(components: readonly Pick<ComponentSource, 'name' | 'version' | 'requires'>[]): void {
  const versions = new Map(components.map((c) => [c.name, c.version]));
  for (const c of components) {
    for (const [other, range] of Object.entries(c.requires)) {
      const version = versions.get(other);
      if (version === undefined) continue;
      if (!satisfies(version, range)) {
        throw new OtaError('OTA_E_INCOMPATIBLE', `constraint ${c.name} requires ${other} "${range}": the release has ${other} ${version}`, {
          details: { component: c.name, requires: other, range, version },
        });
      }
    }
  }
}

/** Checks every field and that each component file exists; throws OTA_E_BAD_RELEASE naming the field, OTA_E_INCOMPATIBLE for constraints. */
export async function validateReleaseSpec(spec: ReleaseSpec, where = 'release'): Promise<ReleaseSpec> {
  if (!isValidName(spec.product)) throw bad(`${where}: product "${spec.product}" is not a valid name`);
  if (!isValidName(spec.channel)) throw bad(`${where}: channel "${spec.channel}" is not a valid name`);
  if (!isValidVersion(spec.version)) throw bad(`${where}: version "${spec.version}" is not semver (e.g. 1.2.3)`);
  spec.hardware.forEach((h, i) => {
    if (!isValidName(h)) throw bad(`${where}: hardware[${i}] "${h}" is not a valid name`);
  });
  if (spec.components.length === 0) throw bad(`${where}: no components`);
  const names = new Set<string>();
  for (const [i, c] of spec.components.entries()) {
    const field = `${where}: components[${i}]`;
    if (!isValidName(c.name)) throw bad(`${field}.name "${c.name}" is not a valid name`);
    if (names.has(c.name)) throw bad(`${field}.name "${c.name}" is listed twice`);
    names.add(c.name);
    if (!isValidVersion(c.version)) throw bad(`${field}.version "${c.version}" (${c.name}) is not semver`);
    if (!isComponentType(c.type)) throw bad(`${field}.type "${String(c.type)}" (${c.name}) is not file, archive, image, command or agent`);
    for (const [other, range] of Object.entries(c.requires)) {
      if (!isValidName(other)) throw bad(`${field}.requires names "${other}", not a valid component name`);
      if (!isValidRange(range)) throw bad(`${field}.requires.${other} "${range}" is not a semver range`);
    }
    const info = await stat(c.path).catch((err: unknown) => {
      throw bad(`${field}.path ${c.path} (${c.name}): ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    });
    if (!info.isFile()) throw bad(`${field}.path ${c.path} (${c.name}) is not a regular file`);
  }
  checkRequires(spec.components);
  return spec;
}

/** Builds the spec from the command-line form; component versions default to the release version. */
export async function releaseSpecFromArgs(args: ReleaseArgs): Promise<ReleaseSpec> {
  const cwd = args.cwd ?? process.cwd();
  const spec: ReleaseSpec = {
    product: args.product,
    channel: args.channel ?? 'stable',
    version: args.version,
    hardware: [...(args.hardware ?? [])],
    components: args.components.map((arg) => {
      const { installPath, ...component } = parseComponentArg(arg, cwd);
      return { ...component, version: args.version, requires: {}, options: installPath === undefined ? {} : { path: installPath } };
    }),
    rollback: args.rollback ?? false,
    ...(args.expires === undefined ? {} : parseExpires(args.expires, '--expires')),
  };
  return validateReleaseSpec(spec, 'command line');
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(value: Json, allowed: readonly string[], field: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw bad(`${field}: unknown field "${key}" (expected one of ${allowed.join(', ')})`);
  }
}

function stringField(value: Json, key: string, field: string, fallback?: string): string {
  const v = value[key];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string' || v === '') throw bad(`${field}.${key} must be a non-empty string`);
  return v;
}

function stringMap(value: unknown, field: string, scalars: boolean): Record<string, string> {
  if (value === undefined) return {};
  if (!isObject(value)) throw bad(`${field} must be an object`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string') out[k] = v;
    else if (scalars && (typeof v === 'number' || typeof v === 'boolean')) out[k] = String(v);
    else throw bad(`${field}.${k} must be a string`);
  }
  return out;
}

const RELEASE_KEYS = ['product', 'channel', 'version', 'hardware', 'components', 'expires', 'rollback', 'description'] as const;
const COMPONENT_KEYS = ['name', 'version', 'type', 'path', 'requires', 'options', 'description'] as const;

/** Reads a release file (JSON); component paths are relative to the file. */
export async function readReleaseFile(path: string): Promise<ReleaseSpec> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new OtaError('OTA_E_BAD_RELEASE', `cannot read release file ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, { cause: err });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new OtaError('OTA_E_BAD_RELEASE', `release file ${file} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
  return releaseSpecFromJson(raw, dirname(file), file);
}

/** Validates the parsed JSON of a release file; `baseDir` anchors relative component paths. */
export async function releaseSpecFromJson(raw: unknown, baseDir: string, where = 'release file'): Promise<ReleaseSpec> {
  if (!isObject(raw)) throw bad(`${where}: must be a JSON object`);
  onlyKeys(raw, RELEASE_KEYS, where);
  const version = stringField(raw, 'version', where);
  const hardware = raw['hardware'] ?? [];
  if (!Array.isArray(hardware) || !hardware.every((h): h is string => typeof h === 'string')) throw bad(`${where}: hardware must be an array of strings`);
  const components = raw['components'];
  if (!Array.isArray(components)) throw bad(`${where}: components must be an array`);
  const rollback = raw['rollback'] ?? false;
  if (typeof rollback !== 'boolean') throw bad(`${where}: rollback must be true or false`);
  const spec: ReleaseSpec = {
    product: stringField(raw, 'product', where),
    channel: stringField(raw, 'channel', where, 'stable'),
    version,
    hardware,
    components: components.map((c: unknown, i): ComponentSource => {
      const field = `${where}: components[${i}]`;
      if (!isObject(c)) throw bad(`${field} must be an object`);
      onlyKeys(c, COMPONENT_KEYS, field);
      const path = resolve(baseDir, stringField(c, 'path', field));
      const type = stringField(c, 'type', field, defaultComponentType(path));
      if (!isComponentType(type)) throw bad(`${field}.type "${type}" is not file, archive, image, command or agent`);
      const options = stringMap(c['options'], `${field}.options`, true);
      if (options['path'] !== undefined) checkInstallPath(options['path'], `${field}.options.path`);
      return {
        name: stringField(c, 'name', field),
        version: stringField(c, 'version', field, version),
        type,
        path,
        requires: stringMap(c['requires'], `${field}.requires`, false),
        options,
      };
    }),
    rollback,
    ...(raw['expires'] === undefined ? {} : parseExpires(raw['expires'], `${where}: expires`)),
  };
  return validateReleaseSpec(spec, where);
}
