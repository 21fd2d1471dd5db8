import { Command, CommanderError } from 'commander';
import { collect, expandConfigFile, packageVersion, toOtaError } from '@otacast/shared';
import { registerAudit } from './audit.js';
import { registerBrokerAuth } from './broker-auth.js';
import { registerDevice } from './device.js';
import { registerDevices } from './devices.js';
import { registerGc } from './gc.js';
import { registerKeygen } from './keygen.js';
import { registerKeyring } from './keyring.js';
import { registerPrincipal } from './principal.js';
import { registerPublish } from './publish.js';
import { registerReleases } from './releases.js';
import { registerRelease, registerRollout } from './rollout.js';
import { registerServe } from './serve.js';

/** Exit codes of the CLI contract. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function buildProgram(): Command {
  const program = new Command('otacast')
    .description('over-the-air updates for embedded devices over MQTT')
    .version(packageVersion(), '-V, --version', 'print the otacast version')
    // Only before the command: `publish --version V` is the release's version, not this one.
    .enablePositionalOptions()
    .exitOverride()
    // Errors become exactly one "OTA_E_CODE: message" line, printed by run().
    .configureOutput({ writeErr: () => undefined, outputError: () => undefined })
    .showSuggestionAfterError(true);
  registerServe(program);
  registerKeygen(program);
  registerDevice(program);
  registerPublish(program);
  registerDevices(program);
  registerReleases(program);
  registerRelease(program);
  registerRollout(program);
  registerBrokerAuth(program);
  registerKeyring(program);
  registerPrincipal(program);
  registerAudit(program);
  registerGc(program);
  return program;
}

function usageMessage(err: CommanderError): string {
  if (err.code === 'commander.help') return 'missing command (see otacast --help)';
  return err.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
}

/** argv (from node) with a command's `--config FILE` replaced by its settings, for commands that take --config. */
function withConfigFile(program: Command, argv: readonly string[]): string[] {
  const [node = '', script = '', name, ...rest] = argv;
  const command = program.commands.find((c) => c.name() === name);
  if (name === undefined || command === undefined || !command.options.some((o) => o.long === '--config')) return [...argv];
  return [node, script, name, ...expandConfigFile(rest, command.options, collect)];
}

/** Runs the CLI; resolves with the process exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    const program = buildProgram();
    await program.parseAsync(withConfigFile(program, argv), { from: 'node' });
    return EXIT_OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT_OK; // --help, --version
      process.stderr.write(`OTA_E_USAGE: ${usageMessage(err)}\n`);
      return EXIT_USAGE;
    }
    const error = toOtaError(err);
    process.stderr.write(`${error.toLine().replace(/\s*\n\s*/g, ' ')}\n`);
    return error.code === 'OTA_E_USAGE' ? EXIT_USAGE : EXIT_FAILURE;
  }
}
