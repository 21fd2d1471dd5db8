import type { Command } from 'commander';
import { MAX_AUDIT_ENTRIES_PER_REQUEST } from '@otacast/shared';
import { PrincipalsClient } from '../sdk/principals.js';
import { addAdminOptions, parseInteger, printResult, withApiClient, type AdminFlags } from './common.js';
import { formatTable, formatTime, truncate } from './format.js';

interface AuditFlags extends AdminFlags {
  json?: boolean;
  limit: number;
}

export function registerAudit(program: Command): void {
  addAdminOptions(
    program
      .command('audit')
      .description('the audit log of admin actions, newest first: who, what, when, from where, result (admin only)')
      .option('--json', 'print a JSON array instead of a table')
      .option('--limit <n>', `how many entries (at most ${MAX_AUDIT_ENTRIES_PER_REQUEST})`, parseInteger(1, MAX_AUDIT_ENTRIES_PER_REQUEST), 100),
  ).action(async (flags: AuditFlags) => {
    const entries = await withApiClient(flags, (client) => new PrincipalsClient(client).audit(flags.limit));
    if (flags.json) {
      printResult(JSON.stringify(entries, null, 2));
      return;
    }
    const rows = entries.map((e) => [formatTime(e.atMs), e.principal, e.role, e.action, truncate(e.target, 60), e.from, e.result, truncate(e.detail, 60)]);
    printResult(formatTable(['TIME', 'PRINCIPAL', 'ROLE', 'ACTION', 'TARGET', 'FROM', 'RESULT', 'DETAIL'], rows));
  });
}
