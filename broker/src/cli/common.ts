import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { OtaError, checkLogLevel, isValidName, isValidVersion, logLevelOf, readTlsFiles, type LogLevel, type Logger, type TlsFiles } from '@otacast/shared';
import { createWinstonLogger } from '@otacast/shared/winston-logger';
import { ApiClient } from '../sdk/api-client.js';

export const DEFAULT_URL = 'mqtt://127.0.0.1:1883';

let logger: Logger | undefined;

/** One winston logger per process, on stderr (stdout carries results); `level` counts on the first call only. */
export function cliLogger(level?: LogLevel): Logger {
  logger ??= createWinstonLogger({ name: 'otacast', level: level ?? logLevelOf(undefined) });
  return logger;
}

/** commander's parser for --log-level: a misspelt level is a usage error. */
export function parseLogLevel(value: string): LogLevel {
  try {
    return checkLogLevel(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/** Result lines for scripts: stdout, nothing else goes there. */
export function printResult(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Human-facing notes (summaries): stderr, unformatted so they stay stable. */
export function printNote(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function usage(message: string): OtaError {
  return new OtaError('OTA_E_USAGE', message);
}

// Argument parsers: a bad flag value is a usage error (exit 2) raised by commander.

export function parseName(what: string): (value: string) => string {
  return (value) => {
    if (!isValidName(value)) throw new InvalidArgumentError(`${what} "${value}" must match [A-Za-z0-9][A-Za-z0-9._-]{0,127}`);
    return value;
  };
}

export function parseVersion(value: string): string {
  if (!isValidVersion(value)) throw new InvalidArgumentError(`"${value}" is not a semver version (e.g. 1.2.3)`);
  return value;
}

export function parseInteger(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`"${value}" must be an integer from ${min} to ${max}`);
    }
    return n;
  };
}

export interface AdminFlags {
  url: string;
  token?: string;
  tokenFile?: string;
  data?: string;
  principal: string;
  clientId?: string;
  timeout: number;
  ca?: string;
  tlsCert?: string;
  tlsKey?: string;
}

/** The flags every command that talks to a running server takes. */
export function addAdminOptions(command: Command): Command {
  return command
    .option('--url <url>', 'server URL', DEFAULT_URL)
    .option('--token <token>', 'admin token (visible in ps: prefer --token-file, $OTACAST_TOKEN or --data)')
    .option('--token-file <file>', 'file holding the token')
    .option('--data <dir>', "the server's data directory, to read admin.token from")
    .option('--principal <name>', 'MQTT user name the token belongs to', 'admin')
    .option('--client-id <id>', 'MQTT client id (default pub-<random>; through an external broker: the principal name, docs/scale-out.md)', parseName('client id'))
    .option('--timeout <seconds>', 'per-request timeout', parseInteger(1, 3600), 30)
    .option('--ca <file>', "mqtts://: CA certificate(s), PEM, to trust for the server's certificate instead of the system store")
    .option('--tls-cert <file>', 'mqtts:// to an mTLS server: client certificate, PEM (the token still says who you are)')
    .option('--tls-key <file>', 'the private key of --tls-cert, PEM');
}

/** The TLS files of --ca, --tls-cert and --tls-key, read and checked (OTA_E_TLS); refused for a plain URL. */
export async function resolveTls(flags: AdminFlags): Promise<TlsFiles> {
  const given = flags.ca !== undefined ? '--ca' : flags.tlsCert !== undefined ? '--tls-cert' : flags.tlsKey !== undefined ? '--tls-key' : undefined;
  if (given === undefined) return {};
  if (!/^(mqtts|ssl|tls):/.test(flags.url)) throw usage(`${given} applies to mqtts:// URLs only`);
  return readTlsFiles({ ca: flags.ca, cert: flags.tlsCert, key: flags.tlsKey }, { ca: '--ca', cert: '--tls-cert', key: '--tls-key' });
}

async function tokenIn(path: string, hint: string): Promise<string> {
  let token: string;
  try {
    token = (await readFile(path, 'utf8')).trim();
  } catch (err) {
    throw usage(`cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)})${hint}`);
  }
  if (!token) throw usage(`${path} is empty`);
  return token;
}

/** --token, else --token-file, else $OTACAST_TOKEN, else DIR/admin.token. */
export async function resolveToken(flags: AdminFlags): Promise<string> {
  if (flags.token !== undefined && flags.token !== '') return flags.token;
  if (flags.tokenFile !== undefined) return tokenIn(flags.tokenFile, '');
  const fromEnv = process.env['OTACAST_TOKEN']?.trim();
  if (fromEnv) return fromEnv;
  if (flags.data !== undefined) return tokenIn(join(flags.data, 'admin.token'), ": is --data the server's data directory?");
  throw usage('no admin token: pass --token-file FILE, set OTACAST_TOKEN, or give --data DIR of the server');
}

/** Connects, runs `fn`, always closes. */
export async function withApiClient<T>(flags: AdminFlags, fn: (client: ApiClient) => Promise<T>): Promise<T> {
  const token = await resolveToken(flags);
  const tls = await resolveTls(flags);
  const client = await ApiClient.connect({ url: flags.url, token, tls, principal: flags.principal, ...(flags.clientId === undefined ? {} : { clientId: flags.clientId }), timeoutMs: flags.timeout * 1000, logger: cliLogger() });
  try {
    return await fn(client);
  } finally {
    await client.close();
  }
}
