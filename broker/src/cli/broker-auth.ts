import { join } from 'node:path';
import type { Command } from 'commander';
import { printNote, printResult } from './common.js';

interface BrokerAuthFlags {
  out: string;
  data: string;
}

/** `otacast broker-auth mosquitto --out DIR --data DATA` (docs/scale-out.md, "Credentials on an external Mosquitto"). */
export function registerBrokerAuth(program: Command): void {
  const group = program.command('broker-auth').description('credentials and ACLs for an external MQTT broker');
  group
    .command('mosquitto')
    .description('write DIR/password_file (PBKDF2-SHA512, as mosquitto_passwd) and DIR/acl_file from the registry')
    .requiredOption('--out <dir>', 'directory for password_file and acl_file (point Mosquitto\'s password_file and acl_file here)')
    .requiredOption('--data <dir>', 'data directory of otacast serve (its registry is read; the server may be running)')
    .action(async (flags: BrokerAuthFlags) => {
      // Loaded here, not at start-up: the server's modules cost every other command ~0.4 s.
      const { exportMosquittoAuth } = await import('../server.js');
      const result = await exportMosquittoAuth(flags.data, flags.out);
      for (const c of result.withoutHash) printNote(`${c.role} ${c.name}: not exported, its token predates broker hashes: rotate the token to export (otacast device rotate-token ${c.name})`);
      printResult(`wrote ${join(flags.out, 'password_file')} (${result.exported} principals) and ${join(flags.out, 'acl_file')}; ${result.withoutHash.length} not exported`);
    });
}
