import { InvalidArgumentError, type Command } from 'commander';
import { isValidName } from '@otacast/shared';
import { PrincipalsClient, type PrincipalRoleName } from '../sdk/principals.js';
import { addAdminOptions, parseName, printNote, printResult, withApiClient, type AdminFlags } from './common.js';
import { formatTable, formatTime } from './format.js';

const ROLES: readonly PrincipalRoleName[] = ['admin', 'publisher', 'operator', 'viewer'];

interface AddFlags extends AdminFlags {
  role: PrincipalRoleName;
  product?: string[];
  force?: boolean;
}

interface ListFlags extends AdminFlags {
  json?: boolean;
}

function parseRole(value: string): PrincipalRoleName {
  const role = ROLES.find((r) => r === value);
  if (role === undefined) throw new InvalidArgumentError(`role "${value}" must be one of ${ROLES.join(', ')}`);
  return role;
}

/** --product P, repeatable, each also a comma list: "--product a,b --product c". */
function collectProducts(value: string, previous: string[] | undefined): string[] {
  const products = value.split(',').map((p) => p.trim());
  for (const p of products) if (!isValidName(p)) throw new InvalidArgumentError(`product "${p}" must match [A-Za-z0-9][A-Za-z0-9._-]{0,127}`);
  return [...(previous ?? []), ...products];
}

export function registerPrincipal(program: Command): void {
  const principal = program.command('principal').description('people and backends that use the admin API, with roles (admin only)');
  addAdminOptions(
    principal
      .command('add')
      .description('add a principal; prints its token (an existing name is refused without --force)')
      .argument('<name>', 'principal name (its MQTT user name; --principal NAME on other commands)', parseName('principal name'))
      .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, parseRole)
      .option('--product <product>', 'limit a publisher to this product (repeatable, or a comma list)', collectProducts)
      .option('--force', 'replace an existing principal: new role and token, its live sessions dropped'),
  ).action(async (name: string, flags: AddFlags) => {
    const token = await withApiClient(flags, (client) => new PrincipalsClient(client).add(name, flags.role, { products: flags.product ?? [], force: flags.force === true }));
    printResult(token);
  });

  addAdminOptions(principal.command('list').description('list principals (name, role, products, created; never tokens)').option('--json', 'print a JSON array instead of a table')).action(
    async (flags: ListFlags) => {
      const principals = await withApiClient(flags, (client) => new PrincipalsClient(client).list());
      if (flags.json) {
        printResult(JSON.stringify(principals, null, 2));
        return;
      }
      const rows = principals.map((p) => [p.name, p.role, p.products.join(','), formatTime(p.createdAtMs)]);
      printResult(formatTable(['NAME', 'ROLE', 'PRODUCTS', 'CREATED'], rows));
    },
  );

  addAdminOptions(
    principal
      .command('rotate-token')
      .description('give a principal a new token (the old one stops working, live sessions are dropped); prints it')
      .argument('<name>', 'principal name', parseName('principal name')),
  ).action(async (name: string, flags: AdminFlags) => {
    printResult(await withApiClient(flags, (client) => new PrincipalsClient(client).rotateToken(name)));
  });

  addAdminOptions(
    principal
      .command('remove')
      .description('remove a principal: its token stops working and its live sessions are dropped')
      .argument('<name>', 'principal name', parseName('principal name')),
  ).action(async (name: string, flags: AdminFlags) => {
    await withApiClient(flags, (client) => new PrincipalsClient(client).remove(name));
    printNote(`removed principal ${name}`);
  });
}
