import type { Command } from 'commander';
import { addAdminOptions, printResult, withApiClient, type AdminFlags } from './common.js';
import { formatTable, formatTime, truncate } from './format.js';

interface ListFlags extends AdminFlags {
  json?: boolean;
}

export function registerDevices(program: Command): void {
  addAdminOptions(
    program.command('devices').description('list devices with their reported state').option('--json', 'print a JSON array instead of a table'),
  ).action(async (flags: ListFlags) => {
    const devices = await withApiClient(flags, (client) => client.listDevices());
    devices.sort((a, b) => a.id.localeCompare(b.id));
    if (flags.json) {
      printResult(JSON.stringify(devices, null, 2));
      return;
    }
    const rows = devices.map((d) => [d.id, d.product, d.installedVersion, d.state, d.outcome, truncate(d.lastError, 60), formatTime(d.lastSeenMs)]);
    printResult(formatTable(['ID', 'PRODUCT', 'VERSION', 'STATE', 'OUTCOME', 'LAST ERROR', 'LAST SEEN'], rows));
  });
}
