import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '@otacast/shared';
import { hashToken, newToken } from '../auth/auth.js';
import type { Registry } from '../registry/registry.js';

export const ADMIN_PRINCIPAL = 'admin';
export const ADMIN_TOKEN_FILE = 'admin.token';

async function readToken(path: string): Promise<string | undefined> {
  try {
    const token = (await readFile(path, 'utf8')).trim();
    return token === '' ? undefined : token;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * Makes sure principal `admin` exists with the token in DIR/admin.token: on
 * first start a new token is written (mode 600); later starts keep it.
 * Returns whether a token was created.
 */
export async function ensureAdminToken(dataDir: string, registry: Registry): Promise<{ path: string; created: boolean }> {
  const path = join(dataDir, ADMIN_TOKEN_FILE);
  let token = await readToken(path);
  const created = token === undefined;
  if (token === undefined) {
    token = newToken();
    await writeFileAtomic(path, `${token}\n`, 0o600);
  }
  await registry.upsertPrincipal({ name: ADMIN_PRINCIPAL, role: 'admin', tokenSha256: hashToken(token), product: '', channel: '' });
  return { path, created };
}
