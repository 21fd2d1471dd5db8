import type { Command } from 'commander';
import { addAdminOptions, printResult, withApiClient, type AdminFlags } from './common.js';
import type { DeviceInfo } from '../sdk/admin.js';
import { formatTable, formatTime, truncate } from './format.js';

interface ListFlags extends AdminFlags {
  json?: boolean;
}

/** One table row; a status message without an error (e.g. waiting for an install window) is shown beside the state. */
function row(d: DeviceInfo): string[] {
  const state = d.statusMessage && d.state ? `${d.state} (${d.statusMessage})` : d.state;
  const download = d.progressPercent === null ? '' : `${d.progressPercent}%`;
  return [d.id, d.product, d.channel, d.installedVersion, d.targetVersion, state, download, d.online ? 'yes' : 'no', d.outcome, truncate(d.lastError, 60), formatTime(d.lastSeenMs)];
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
    printResult(formatTable(['ID', 'PRODUCT', 'CHANNEL', 'VERSION', 'TARGET', 'STATE', 'DOWNLOAD', 'ONLINE', 'OUTCOME', 'LAST ERROR', 'LAST SEEN'], devices.map(row)));
  });
}
