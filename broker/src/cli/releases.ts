import type { Command } from 'commander';
import { addAdminOptions, parseName, printResult, withApiClient, type AdminFlags } from './common.js';
import { formatBytes, formatTable, formatTime } from './format.js';

interface ReleasesFlags extends AdminFlags {
  product?: string;
  json?: boolean;
}

export function registerReleases(program: Command): void {
  addAdminOptions(
    program
      .command('releases')
      .description('list published releases')
      .option('--product <product>', 'only this product', parseName('product'))
      .option('--json', 'print a JSON array instead of a table'),
  ).action(async (flags: ReleasesFlags) => {
    const releases = await withApiClient(flags, (client) => client.listReleases(flags.product ?? ''));
    releases.sort((a, b) => a.product.localeCompare(b.product) || a.createdAtMs - b.createdAtMs);
    if (flags.json) {
      printResult(JSON.stringify(releases, null, 2));
      return;
    }
    const rows = releases.map((r) => [r.releaseId, r.product, r.channel, r.version, r.current ? '*' : '', formatTime(r.createdAtMs), formatBytes(r.totalSize)]);
    printResult(formatTable(['RELEASE', 'PRODUCT', 'CHANNEL', 'VERSION', 'CURRENT', 'CREATED', 'SIZE'], rows));
  });
}
