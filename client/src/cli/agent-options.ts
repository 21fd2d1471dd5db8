import { Command, InvalidArgumentError } from 'commander';
import { collect, packageVersion } from '@otacast/shared';
import { mqttUrlProblem } from '../link/mqtt-connect.js';

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
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number of seconds');
  return n;
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
    .option('--token <token>', 'device token from `otacast device add` (env OTACAST_DEVICE_TOKEN); not needed with --cert on an mTLS server')
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
  const tokenFromEnv = (io.env ?? process.env)['OTACAST_DEVICE_TOKEN'];
  const args = [...argv];
  if (tokenFromEnv && !args.some((a) => a === '--token' || a.startsWith('--token='))) args.push('--token', tokenFromEnv);
  command.parse(args, { from: 'user' });
  const options = command.opts<AgentOptions>();
  if (options.token === undefined && options.cert === undefined) command.error("required option '--token <token>' not specified (or --cert on an mTLS server)");
  if ((options.cert === undefined) !== (options.key === undefined)) command.error('--cert and --key go together');
  const tlsFlag = options.ca !== undefined ? '--ca' : options.cert !== undefined ? '--cert' : undefined;
  if (tlsFlag !== undefined && !/^(mqtts|ssl|tls|wss):/.test(options.url)) command.error(`${tlsFlag} applies to mqtts:// URLs only`);
  return { ...options, token: options.token ?? '' };
}
