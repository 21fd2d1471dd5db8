import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { OtaError, checkLogLevel, collect, expandConfigFile, packageVersion, type LogLevel } from '@otacast/shared';
import { mqttUrlProblem } from '../link/mqtt-connect.js';
import { parseInstallWindow, type InstallWindow } from '../update/install-window.js';

export interface AgentOptions {
  url: string;
  id: string;
  /** Empty when the device authenticates by its certificate (--cert). */
  token: string;
  product: string;
  channel: string;
  trust?: string[];
  trustRoot?: string;
  state: string;
  root: string;
  hardware?: string;
  healthCmd?: string;
  healthTimeout: number;
  bootHook?: string;
  slotA?: string;
  slotB?: string;
  commandTimeout: number;
  once: boolean;
  waitRelease: number;
  keepalive?: number;
  ca?: string;
  cert?: string;
  key?: string;
  logLevel?: LogLevel;
  retryRelease?: string;
  installWindow?: InstallWindow;
  launcher: boolean;
  agentCommitTimeout: number;
}

/** What commander parses; the token is then resolved from --token, --token-file or the environment. */
type ParsedFlags = Omit<AgentOptions, 'token'> & { token?: string; tokenFile?: string };

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  return n;
}

function installWindow(value: string): InstallWindow {
  try {
    return parseInstallWindow(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function mqttUrl(value: string): string {
  const problem = mqttUrlProblem(value);
  if (problem !== undefined) throw new InvalidArgumentError(problem);
  return value;
}

/** The `otacast-agent` command line. Errors are thrown (exitOverride), never printed by commander; help goes to `writeOut`. */
function agentCommand(writeOut: (text: string) => void): Command {
  return new Command('otacast-agent')
    .description('otacast device agent: applies signed releases announced over MQTT')
    .version(packageVersion(), '-V, --version', 'print the otacast version')
    .requiredOption('--url <url>', 'server, mqtt://HOST:PORT', mqttUrl)
    .requiredOption('--id <id>', 'device id (also the MQTT client id and user name)')
    .option('--token <token>', 'device token from `otacast device add` (visible in ps: prefer --token-file or env OTACAST_DEVICE_TOKEN); not needed with --cert on an mTLS server')
    .option('--token-file <file>', 'file holding the device token (mode 600)')
    .requiredOption('--product <product>', 'product this device runs')
    .option('--channel <channel>', 'release channel', 'stable')
    .option('--trust <file>', 'pinned publisher public key, PEM (repeatable); this or --trust-root is required', collect)
    .option('--trust-root <file>', 'pinned root public key (otacast keygen --root): trust the publisher keys of the newest root-signed keyring')
    .requiredOption('--state <dir>', 'agent state directory')
    .requiredOption('--root <dir>', 'directory components are installed under')
    .option('--hardware <id>', 'hardware id matched against a release hardware list')
    .option('--health-cmd <cmd>', 'shell command run after activation; non-zero or timeout rolls back')
    .option('--health-timeout <s>', 'seconds the health command may take', seconds, 30)
    .option('--boot-hook <cmd>', 'image components: shell command that switches the boot slot (env OTACAST_SLOT, OTACAST_BOOT_ACTION)')
    .option('--slot-a <path>', 'image components: slot A (file or block device; relative to --root or absolute) unless the manifest names one')
    .option('--slot-b <path>', 'image components: slot B, as --slot-a')
    .option('--command-timeout <s>', 'seconds an install or rollback command may take, unless the manifest says otherwise', seconds, 300)
    .option('--once', 'apply the current release, then exit (0 installed or current, 1 otherwise)', false)
    .option('--wait-release <s>', 'with --once: seconds to wait for a release announcement', seconds, 30)
    .option('--ca <file>', 'mqtts://: CA certificate(s), PEM, to trust for the server instead of the system store')
    .option('--cert <file>', "mqtts://: this device's certificate, PEM (mTLS: its CN is the device id)")
    .option('--key <file>', 'mqtts://: the private key of --cert, PEM')
    .option('--keepalive <s>', 'MQTT keepalive in seconds: a link silent for 1.5x this is dropped and reconnected (default 15)', seconds)
    .option('--log-level <level>', 'error, warn, info, http, verbose, debug or silly (default: env OTACAST_LOG_LEVEL, else info)', (v: string) => {
      try {
        return checkLogLevel(v);
      } catch (err) {
        throw new InvalidArgumentError((err as Error).message);
      }
    })
    .option('--retry-release <id>', 'try once more a release this device rolled back (after fixing what made it fail); otherwise a rolled-back release is not tried again')
    .option('--launcher', "run as the agent's launcher: start the installed agent bundle ({state}/agent/current, else this file), restart it when it asks, and put the previous one back when a new one does not commit (docs/deploy.md)", false)
    .option('--agent-commit-timeout <s>', 'with --launcher: seconds a newly installed agent has to commit before the launcher puts the previous one back', seconds, 600)
    .option('--config <file>', 'JSON file of settings named as the long flags (e.g. {"url": "mqtts://…", "tokenFile": "/etc/otacast/token"}); flags given beside it win')
    .option('--install-window <HH:MM-HH:MM>', 'download and verify at once, but switch a release in only inside this local-time window (may wrap midnight, e.g. 22:00-02:00)', installWindow)
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .configureOutput({ writeOut, outputError: () => undefined })
    .showHelpAfterError(false);
}

export interface ParseIo {
  /** Where --help goes (default stdout). */
  writeOut?: (text: string) => void;
  /** Where OTACAST_DEVICE_TOKEN is read (default process.env). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Parses the arguments after the program name; throws CommanderError on bad usage. */
export function parseAgentArgs(argv: readonly string[], io: ParseIo = {}): AgentOptions {
  const command = agentCommand(io.writeOut ?? ((text) => process.stdout.write(text)));
  command.parse(expandConfigFile(argv, command.options, collect), { from: 'user' });
  const { tokenFile, token, ...options } = command.opts<ParsedFlags>();
  if ((options.cert === undefined) !== (options.key === undefined)) command.error('--cert and --key go together');
  const tlsFlag = options.ca !== undefined ? '--ca' : options.cert !== undefined ? '--cert' : undefined;
  if (tlsFlag !== undefined && !/^(mqtts|ssl|tls|wss):/.test(options.url)) command.error(`${tlsFlag} applies to mqtts:// URLs only`);
  const resolved = resolveToken(token, tokenFile, (io.env ?? process.env)['OTACAST_DEVICE_TOKEN']);
  if (resolved === undefined && options.cert === undefined) {
    throw new OtaError('OTA_E_USAGE', "required option '--token <token>' not specified (or --token-file FILE, env OTACAST_DEVICE_TOKEN, or --cert on an mTLS server)");
  }
  return { ...options, token: resolved ?? '' };
}

/** --token, else --token-file, else OTACAST_DEVICE_TOKEN; undefined when none is given. */
function resolveToken(token: string | undefined, tokenFile: string | undefined, fromEnv: string | undefined): string | undefined {
  if (token !== undefined && token !== '') return token;
  if (tokenFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(tokenFile, 'utf8').trim();
    } catch (err) {
      throw new OtaError('OTA_E_USAGE', `--token-file ${tokenFile}: cannot read it (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    if (text === '') throw new OtaError('OTA_E_USAGE', `--token-file ${tokenFile} is empty`);
    return text;
  }
  return fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv.trim() : undefined;
}
