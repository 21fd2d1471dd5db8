// The registry's principals as Mosquitto's password_file and acl_file
// (auth/mosquitto-auth.ts), written once by `otacast broker-auth mosquitto`
// or kept current by `otacast serve --mosquitto-auth DIR`, which rewrites
// them after device changes and sends Mosquitto SIGHUP to re-read them.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError, toOtaError, writeFileAtomic, type Logger } from '@otacast/shared';
import { hashToken } from '../auth/auth.js';
import { aclFile, mosquittoHash, passwordFile, type BrokerCredential } from '../auth/mosquitto-auth.js';
import type { Registry } from '../registry/registry.js';
import { ADMIN_PRINCIPAL, ADMIN_TOKEN_FILE } from './admin-token.js';

export const PASSWORD_FILE = 'password_file';
export const ACL_FILE = 'acl_file';

/** Readable by the owner and its group: chgrp the directory to Mosquitto's group (docs/scale-out.md). */
const FILE_MODE = 0o640;

export interface MosquittoExport {
  /** Principals written to password_file. */
  exported: number;
  /** Principals whose token has no broker hash (made before hashes were kept): rotate it to export. */
  withoutHash: BrokerCredential[];
}

async function adminToken(dataDir: string): Promise<string | undefined> {
  try {
    return (await readFile(join(dataDir, ADMIN_TOKEN_FILE), 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Writes DIR/password_file and DIR/acl_file from the registry; the admin token file of `dataDir` gives the admin its hash. */
export async function writeMosquittoAuth(registry: Registry, dataDir: string, outDir: string): Promise<MosquittoExport> {
  const token = await adminToken(dataDir);
  const admin = token === undefined ? undefined : await registry.findPrincipal(ADMIN_PRINCIPAL);
  const credentials = (await registry.brokerCredentials.list()).map((c) =>
    c.name === ADMIN_PRINCIPAL && c.mosquittoHash === undefined && token !== undefined && admin?.tokenSha256 === hashToken(token) ? { ...c, mosquittoHash: mosquittoHash(token) } : c,
  );
  try {
    await mkdir(outDir, { recursive: true });
    await writeFileAtomic(join(outDir, PASSWORD_FILE), passwordFile(credentials), FILE_MODE);
    await writeFileAtomic(join(outDir, ACL_FILE), aclFile(credentials), FILE_MODE);
  } catch (err) {
    throw toOtaError(err);
  }
  const withoutHash = credentials.filter((c) => c.mosquittoHash === undefined);
  return { exported: credentials.length - withoutHash.length, withoutHash };
}

export interface MosquittoAuthSyncOptions {
  registry: Registry;
  dataDir: string;
  outDir: string;
  /** Who gets SIGHUP after a rewrite: a pid, or a pid file read at each reload (Mosquitto's `pid_file`). Neither: files only. */
  pid?: number;
  pidFile?: string;
  logger: Logger;
}

/** Wait after a change before rewriting, so that a burst of `device add` costs one rewrite and one reload. */
const COALESCE_MS = 100;

/** Keeps the files current while the server runs; failures are logged with a code and retried at the next change. */
export class MosquittoAuthSync {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: MosquittoAuthSyncOptions) {}

  /** The first write, at start: a failure here stops the server. */
  async start(): Promise<void> {
    const result = await writeMosquittoAuth(this.options.registry, this.options.dataDir, this.options.outDir);
    this.options.logger.info('mosquitto auth files written', { dir: this.options.outDir, exported: result.exported, withoutHash: result.withoutHash.length });
    await this.reload().catch((err: unknown) => this.warn(err));
  }

  changed(): void {
    if (this.closed || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.writing = this.writing.then(() => this.rewrite());
    }, COALESCE_MS);
  }

  private async rewrite(): Promise<void> {
    try {
      const result = await writeMosquittoAuth(this.options.registry, this.options.dataDir, this.options.outDir);
      const pid = await this.reload();
      this.options.logger.info('mosquitto auth files rewritten', { dir: this.options.outDir, exported: result.exported, ...(pid === undefined ? {} : { sighup: pid }) });
    } catch (err) {
      this.warn(err);
    }
  }

  private warn(err: unknown): void {
    const error = toOtaError(err);
    this.options.logger.warn('mosquitto auth files not updated', { code: error.code, error: error.message });
  }

  /** SIGHUP to Mosquitto; resolves with the pid signalled, undefined when none is configured. */
  private async reload(): Promise<number | undefined> {
    const { pidFile } = this.options;
    let pid = this.options.pid;
    if (pid === undefined && pidFile !== undefined) {
      const text = await readFile(pidFile, 'utf8').catch(() => '');
      pid = Number(text.trim());
      if (!Number.isSafeInteger(pid) || pid <= 0) throw new OtaError('OTA_E_IO', `no Mosquitto pid in ${pidFile}: is Mosquitto running with pid_file ${pidFile}?`);
    }
    if (pid === undefined) return undefined;
    try {
      process.kill(pid, 'SIGHUP');
    } catch (err) {
      throw new OtaError('OTA_E_IO', `cannot send SIGHUP to Mosquitto (pid ${pid}): ${(err as Error).message}`, { cause: err });
    }
    return pid;
  }

  /** Finishes a pending rewrite (a change just before stopping still reaches the files). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.writing = this.writing.then(() => this.rewrite());
    }
    await this.writing;
  }
}
