import type { Command } from 'commander';
import { FleetClient, type GcResult } from '../sdk/fleet.js';
import { addAdminOptions, parseInteger, printResult, withApiClient, type AdminFlags } from './common.js';

interface GcFlags extends AdminFlags {
  keep?: number;
  dryRun?: boolean;
  json?: boolean;
}

/** `freed N bytes (X MiB) in B blobs, P patches`: the line scripts and people read. */
export function gcSummary(r: GcResult, dryRun = false): string {
  const mib = (r.bytesFreed / (1024 * 1024)).toFixed(2);
  return `${dryRun ? 'would free' : 'freed'} ${r.bytesFreed} bytes (${mib} MiB) in ${r.blobs} blobs, ${r.patches} patches`;
}

export function registerGc(program: Command): void {
  addAdminOptions(
    program
      .command('gc')
      .description('delete blobs and patches that no kept release uses (kept: every release not yanked); prints the bytes freed')
      .option('--keep <n>', 'keep only the newest N releases of each product and channel (plus what is announced or in an active rollout); older ones are yanked', parseInteger(1))
      .option('--dry-run', 'say what would be freed, delete nothing')
      .option('--json', 'print a JSON object instead of a line'),
  ).action(async (flags: GcFlags) => {
    const dryRun = flags.dryRun === true;
    const result = await withApiClient(flags, (client) => new FleetClient(client).gc({ keepPerChannel: flags.keep ?? 0, dryRun }));
    printResult(flags.json ? JSON.stringify(result, null, 2) : gcSummary(result, dryRun));
  });
}
