import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  buildKeyring,
  collect,
  keyIdOf,
  keyringKeys,
  loadPrivateKey,
  loadTrustedKey,
  signKeyring,
  toOtaError,
  verifySignedKeyring,
  writeFileAtomic,
  type KeyringContent,
  type TrustedKey,
} from '@otacast/shared';
import { addAdminOptions, parseInteger, parseName, printNote, printResult, usage, withApiClient, type AdminFlags } from './common.js';

interface SignFlags {
  root: string;
  add?: string[];
  remove?: string[];
  from?: string;
  version: number;
  threshold?: number;
  product?: string;
  out: string;
}

interface PublishFlags extends AdminFlags {
  product: string;
}

/** A key to remove: its key id (16 hex digits, as printed by keygen), else a public key file. */
async function keyIdToRemove(value: string): Promise<string> {
  if (/^[0-9a-f]{16}$/.test(value)) return value;
  return (await loadTrustedKey(value)).keyId;
}

async function readKeyringFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw usage(`cannot read keyring ${path}: ${toOtaError(err).message}`);
  }
}

/** The previous keyring (`--from`), verified against the root key it will be re-signed with. */
async function previousKeyring(path: string, root: TrustedKey, product: string): Promise<KeyringContent> {
  return verifySignedKeyring(await readKeyringFile(path), root, product);
}

function registerSign(keyring: Command): void {
  keyring
    .command('sign')
    .description('sign a keyring of publisher keys with the offline root key (devices started with --trust-root verify it)')
    .requiredOption('--root <file>', 'root private key (from otacast keygen --root)')
    .option('--add <pub>', 'publisher public key file to trust (repeatable)', collect)
    .option('--remove <pub|keyid>', 'drop a key, by public key file or key id (repeatable)', collect)
    .option('--from <keyring.bin>', 'start from the keys of this earlier keyring (verified against --root) instead of none')
    .requiredOption('--version <n>', 'keyring version: devices accept only a higher one than they hold', parseInteger(1))
    .option('--threshold <k>', 'distinct keys of this keyring that must sign each manifest (default 1)', parseInteger(1, 64))
    .option('--product <product>', 'the product this keyring is for (default: any product)', parseName('product'))
    .requiredOption('--out <file>', 'where to write the signed keyring')
    .action(async (flags: SignFlags) => {
      const rootKey = await loadPrivateKey(flags.root);
      const root = { keyId: keyIdOf(rootKey), key: createPublicKey(rootKey) };
      const product = flags.product ?? '';
      const from = flags.from === undefined ? undefined : await previousKeyring(flags.from, root, product);
      if (from !== undefined && flags.version <= from.version) throw usage(`--version ${flags.version} must be higher than the version of --from (${from.version})`);
      const add = await Promise.all((flags.add ?? []).map((path) => loadTrustedKey(path)));
      const remove = await Promise.all((flags.remove ?? []).map(keyIdToRemove));
      const { keys, absent } = keyringKeys({ ...(from ? { from: from.keys } : {}), add, remove });
      for (const keyId of absent) printNote(`--remove ${keyId}: that key was not in the keyring (nothing removed)`);
      // A root key that also signs manifests would be online, which is what the root role exists to avoid.
      if (keys.some((k) => k.keyId === root.keyId)) throw usage('the root key must not be a publisher key: it only signs keyrings');
      if (keys.length === 0) throw usage('the keyring would trust no key: give --add PUB (or --from an earlier keyring)');
      const threshold = flags.threshold ?? 1;
      if (threshold > keys.length) throw usage(`--threshold ${threshold} is more than the ${keys.length} key(s) in the keyring`);
      const signed = signKeyring(buildKeyring({ version: flags.version, product, keys, threshold }), rootKey);
      await writeFileAtomic(flags.out, signed, 0o644);
      printNote(`wrote ${flags.out}: keyring version ${flags.version} for ${product || 'every product'}, keys ${keys.map((k) => k.keyId).join(', ')}, threshold ${threshold}, signed by root ${root.keyId}`);
      printResult(String(flags.version));
    });
}

function registerPublish(keyring: Command): void {
  addAdminOptions(
    keyring
      .command('publish')
      .description('have the server store a signed keyring and announce it retained on otacast/v1/trust/PRODUCT')
      .argument('<keyring.bin>', 'signed keyring (from otacast keyring sign)')
      .requiredOption('--product <product>', 'product whose devices get it', parseName('product')),
  ).action(async (file: string, flags: PublishFlags) => {
    const bytes = await readKeyringFile(file);
    const version = await withApiClient(flags, (client) => client.publishKeyring(flags.product, bytes));
    printNote(`keyring version ${version} announced for ${flags.product}`);
    printResult(String(version));
  });
}

export function registerKeyring(program: Command): void {
  const keyring = program.command('keyring').description('rotate the publisher keys devices trust, signed by an offline root key');
  registerSign(keyring);
  registerPublish(keyring);
}
