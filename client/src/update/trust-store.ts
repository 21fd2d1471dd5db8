import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError, toOtaError, verifySignedKeyring, writeFileAtomic, type KeyringContent, type Logger, type TrustedKey } from '@otacast/shared';

/** Which keys a manifest must be signed by, and by how many of them. */
export interface TrustPolicy {
  keys: readonly TrustedKey[];
  threshold: number;
}

/** What CHECKING asks each time it verifies a manifest (the answer may change between two checks). */
export interface TrustSource {
  policy(): TrustPolicy;
}

/** Fixed keys, threshold 1: a device that pins publisher keys only (`--trust`). */
export function pinnedTrust(keys: readonly TrustedKey[]): TrustSource {
  return { policy: () => ({ keys, threshold: 1 }) };
}

export interface TrustStoreOptions {
  stateDir: string;
  product: string;
  /** `--trust` keys: trusted beside whatever the keyring lists. */
  pinned: readonly TrustedKey[];
  /** `--trust-root`: keyrings count only when this key signed them. Without it keyrings are ignored. */
  root?: TrustedKey | undefined;
  logger: Logger;
}

const KEYRING_FILE = 'keyring.bin';

/**
 * The device's trust (docs/security.md, "Rotating trust: root key and
 * keyrings"): the pinned root key, the newest keyring verified against it
 * (saved in the state directory, mode 0600, and verified again on load, since
 * a file is no more trusted than a message), and the `--trust` keys. A keyring
 * replaces the one held only with a higher version; a key it drops is no longer
 * trusted, and its threshold applies.
 */
export class TrustStore implements TrustSource {
  private keyring: { content: KeyringContent; bytes: Buffer } | undefined;
  private saving: Promise<void> = Promise.resolve();

  private constructor(private readonly options: TrustStoreOptions) {}

  static async open(options: TrustStoreOptions): Promise<TrustStore> {
    const store = new TrustStore(options);
    if (options.root === undefined) return store;
    let bytes: Buffer;
    try {
      bytes = await readFile(store.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return store;
      throw toOtaError(err);
    }
    try {
      store.keyring = { content: verifySignedKeyring(bytes, options.root, options.product), bytes };
    } catch (err) {
      const error = toOtaError(err);
      // Not fatal: the agent waits for the server's keyring, as on a first start.
      options.logger.error(`saved keyring ignored: ${error.message}`, { code: error.code, path: store.path });
    }
    return store;
  }

  /** The version of the keyring held, if any. */
  get version(): number | undefined {
    return this.keyring?.content.version;
  }

  policy(): TrustPolicy {
    const keys = new Map<string, TrustedKey>();
    for (const key of [...this.options.pinned, ...(this.keyring?.content.keys ?? [])]) keys.set(key.keyId, key);
    return { keys: [...keys.values()], threshold: this.keyring?.content.threshold ?? 1 };
  }

  /**
   * A keyring from the trust topic. Takes it when the root signed it and its
   * version is higher than the one held; refuses (logged with a coded error)
   * otherwise. The retained one arriving again on each reconnect is not news.
   * Returns whether it was taken; saving happens in the background (`flush`).
   */
  offer(bytes: Buffer): boolean {
    const { root, product, logger } = this.options;
    if (root === undefined || bytes.length === 0) return false;
    if (this.keyring?.bytes.equals(bytes)) return false;
    let content: KeyringContent;
    try {
      content = verifySignedKeyring(bytes, root, product);
      const held = this.keyring?.content.version;
      if (held !== undefined && content.version <= held) {
        throw new OtaError('OTA_E_KEYRING_VERSION', `keyring version ${content.version} refused: this device holds version ${held} (a replay of an old keyring?)`);
      }
    } catch (err) {
      const error = toOtaError(err);
      logger.error(error.message, { code: error.code });
      return false;
    }
    this.keyring = { content, bytes };
    logger.info('keyring accepted', { version: content.version, keys: content.keys.map((k) => k.keyId).join(','), threshold: content.threshold });
    this.saving = this.saving.then(() => this.save(bytes));
    return true;
  }

  /** Resolves once the newest accepted keyring is on disk. */
  flush(): Promise<void> {
    return this.saving;
  }

  private get path(): string {
    return join(this.options.stateDir, KEYRING_FILE);
  }

  private async save(bytes: Buffer): Promise<void> {
    try {
      await mkdir(this.options.stateDir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(this.path, bytes, 0o600);
    } catch (err) {
      // Kept in memory; on the next start the retained keyring arrives again.
      const error = toOtaError(err);
      this.options.logger.error(`could not save the keyring: ${error.message}`, { code: error.code });
    }
  }
}
