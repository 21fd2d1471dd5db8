import type { Command } from 'commander';
import { isValidName } from '@otacast/shared';
import { addAdminOptions, parseName, printResult, usage, withApiClient, type AdminFlags } from './common.js';

interface DeviceAddFlags extends AdminFlags {
  product: string;
  channel: string;
}

export function registerDevice(program: Command): void {
  const device = program.command('device').description('manage devices');
  addAdminOptions(
    device
      .command('add')
      .description('register a device (or rotate its token); prints the device token')
      .argument('<id>', 'device id (also its MQTT client id)')
      .requiredOption('--product <product>', 'product the device runs', parseName('product'))
      .option('--channel <channel>', 'release channel it follows', parseName('channel'), 'stable'),
  ).action(async (id: string, flags: DeviceAddFlags) => {
    if (!isValidName(id)) throw usage(`device id "${id}" must match [A-Za-z0-9][A-Za-z0-9._-]{0,127}`);
    const token = await withApiClient(flags, (client) => client.addDevice(id, flags.product, flags.channel));
    printResult(token);
  });
}
