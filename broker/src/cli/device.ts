import type { Command } from 'commander';
import { isValidName } from '@otacast/shared';
import { FleetClient } from '../sdk/fleet.js';
import { addAdminOptions, parseName, printNote, printResult, usage, withApiClient, type AdminFlags } from './common.js';
import { collectLabel, parseLabel } from './labels.js';

interface DeviceAddFlags extends AdminFlags {
  product: string;
  channel: string;
  label?: Record<string, string>;
  force?: boolean;
}

function deviceId(id: string): string {
  if (!isValidName(id)) throw usage(`device id "${id}" must match [A-Za-z0-9][A-Za-z0-9._-]{0,127}`);
  return id;
}

export function registerDevice(program: Command): void {
  const device = program.command('device').description('manage devices');
  addAdminOptions(
    device
      .command('add')
      .description('register a device; prints the device token (an existing id is refused without --force)')
      .argument('<id>', 'device id (also its MQTT client id)')
      .requiredOption('--product <product>', 'product the device runs', parseName('product'))
      .option('--channel <channel>', 'release channel it follows', parseName('channel'), 'stable')
      .option('--label <key=value>', 'a label for rollout selectors (repeatable)', collectLabel)
      .option('--force', 'replace an existing device: new token, its live session dropped'),
  ).action(async (id: string, flags: DeviceAddFlags) => {
    const token = await withApiClient(flags, (client) => client.addDevice(deviceId(id), flags.product, flags.channel, { labels: flags.label ?? {}, force: flags.force === true }));
    printResult(token);
  });

  addAdminOptions(
    device
      .command('label')
      .description('set labels of a device (KEY= removes one); prints its labels')
      .argument('<id>', 'device id')
      .argument('<labels...>', 'KEY=VALUE ...'),
  ).action(async (id: string, pairs: string[], flags: AdminFlags) => {
    const changes = Object.fromEntries(pairs.map(parseLabel));
    const labels = await withApiClient(flags, (client) => new FleetClient(client).labelDevice(deviceId(id), changes));
    printResult(Object.entries(labels).map(([k, v]) => `${k}=${v}`).join(' '));
  });

  addAdminOptions(device.command('remove').description('remove a device: its token stops working and a live session is dropped').argument('<id>', 'device id')).action(
    async (id: string, flags: AdminFlags) => {
      await withApiClient(flags, (client) => new FleetClient(client).removeDevice(deviceId(id)));
      printNote(`removed device ${id}`);
    },
  );

  addAdminOptions(
    device.command('rotate-token').description('give a device a new token (the old one stops working, a live session is dropped); prints it').argument('<id>', 'device id'),
  ).action(async (id: string, flags: AdminFlags) => {
    printResult(await withApiClient(flags, (client) => new FleetClient(client).rotateDeviceToken(deviceId(id))));
  });
}
