import { link, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fsyncDir, siblingTempPath, writeFileAtomic } from '@otacast/shared';
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
 * Writes a new token to `path` only if no file is there: written whole
 * beside it, then hard-linked into place (link fails when the name exists),
 * so of workers starting together on one --data exactly one creates the
 * token and the others read that one. Returns the token now in the file.
 */
async function createToken(path: string): Promise<{ token: string; created: boolean }> {
  const token = newToken();
  const temp = siblingTempPath(path);
  await writeFileAtomic(temp, `${token}\n`, 0o600);
  try {
    await link(temp, path);
    await fsyncDir(dirname(path));
    return { token, created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    await rm(temp, { force: true });
  }
  const theirs = await readToken(path);
  if (theirs !== undefined) return { token: theirs, created: false };
  // An empty file (never written by this code): replace it, as before.
  await writeFileAtomic(path, `${token}\n`, 0o600);
  return { token, created: true };
}

/**
 * Makes sure principal `admin` exists with the token in DIR/admin.token: on
 * first start a new token is written (mode 600); later starts, and other
 * workers sharing the directory, keep it. Returns whether a token was created.
 */
export async function ensureAdminToken(dataDir: string, registry: Registry): Promise<{ path: string; created: boolean }> {
  const path = join(dataDir, ADMIN_TOKEN_FILE);
  const existing = await readToken(path);
  const { token, created } = existing === undefined ? await createToken(path) : { token: existing, created: false };
  await registry.upsertPrincipal({ name: ADMIN_PRINCIPAL, role: 'admin', tokenSha256: hashToken(token), product: '', channel: '' });
  return { path, created };
}
