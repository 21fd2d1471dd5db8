import { createPrivateKey } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Command } from 'commander';
import { exists, generateSigningKeyPair, keyIdOf, writeFileAtomic } from '@otacast/shared';
import { printNote, printResult, usage } from './common.js';

interface KeygenFlags {
  out: string;
  force?: boolean;
  root?: boolean;
}

export function registerKeygen(program: Command): void {
  program
    .command('keygen')
    .description('create an ed25519 signing key pair: DIR/signing.key (secret) and DIR/signing.pub (pin on devices)')
    .requiredOption('--out <dir>', 'directory for the key pair')
    .option('--force', 'replace an existing key pair')
    .option('--root', 'a root key pair instead: DIR/root.key (keep offline; signs keyrings) and DIR/root.pub (pin with otacast-agent --trust-root)')
    .action(async (flags: KeygenFlags) => {
      const name = flags.root ? 'root' : 'signing';
      const keyPath = join(flags.out, `${name}.key`);
      const pubPath = join(flags.out, `${name}.pub`);
      if (!flags.force && ((await exists(keyPath)) || (await exists(pubPath)))) {
        throw usage(`${keyPath} already exists; pass --force to replace it (releases signed with it will no longer verify on devices pinning only the new key)`);
      }
      await mkdir(flags.out, { recursive: true, mode: 0o700 });
      const { privatePem, publicPem } = generateSigningKeyPair();
      await writeFileAtomic(keyPath, privatePem, 0o600);
      await writeFileAtomic(pubPath, publicPem, 0o644);
      const keyId = keyIdOf(createPrivateKey(privatePem));
      const use = flags.root ? 'keep offline, it only signs keyrings' : 'keep secret';
      printNote(`wrote ${keyPath} (${use}) and ${pubPath} (pin on devices${flags.root ? ' with --trust-root' : ''}), key id ${keyId}`);
      printResult(keyId);
    });
}
