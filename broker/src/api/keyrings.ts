import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError, decodeSignedKeyring, isValidName, toOtaError, topics, writeFileAtomic, type Logger } from '@otacast/shared';
import type { MessageBus } from '../mqtt/message-bus.js';

export interface KeyringStoreOptions {
  /** DIR/keyrings: one `{product}.bin` (SignedKeyring bytes) per product. */
  dir: string;
  bus: MessageBus;
  logger: Logger;
}

/**
 * The root-signed keyring of each product, kept as a small file and announced
 * retained (QoS 1) on otacast/v1/trust/{product}. The server never holds the
 * root key, so it checks only the shape and that versions go up; devices
 * verify the root signature themselves (docs/security.md, "Rotating trust").
 */
export class KeyringStore {
  /** Publishes per product one after the other, so two at once cannot both pass the version check. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly options: KeyringStoreOptions) {}

  /** Stores and announces a keyring; refuses one whose version is not above the stored one (a replay). */
  publish(product: string, signedKeyring: Uint8Array): Promise<{ version: number }> {
    if (!isValidName(product)) throw new OtaError('OTA_E_PROTOCOL', `invalid product "${product.slice(0, 140)}"`);
    const run = (this.queues.get(product) ?? Promise.resolve()).catch(() => undefined).then(() => this.store(product, Buffer.from(signedKeyring)));
    this.queues.set(product, run);
    return run;
  }

  /** At start: announces every stored keyring again, so retained state is right even if the broker's store was lost. */
  async announceAll(): Promise<void> {
    const names = await readdir(this.options.dir).catch(() => [] as string[]);
    for (const name of names) {
      const product = name.endsWith('.bin') ? name.slice(0, -'.bin'.length) : '';
      if (!isValidName(product)) continue;
      const bytes = await readFile(join(this.options.dir, name));
      await this.options.bus.publish(topics.trust(product), bytes, { qos: 1, retain: true });
    }
  }

  private async store(product: string, bytes: Buffer): Promise<{ version: number }> {
    const { keyring } = decodeSignedKeyring(bytes);
    if (keyring.product !== '' && keyring.product !== product) {
      throw new OtaError('OTA_E_KEYRING', `keyring version ${keyring.version} is for product ${keyring.product}, not ${product}`);
    }
    const stored = await this.storedVersion(product);
    if (stored !== undefined && keyring.version <= stored) {
      throw new OtaError('OTA_E_KEYRING_VERSION', `keyring version ${keyring.version} for ${product} is not higher than the stored version ${stored}: sign a new keyring with --version ${stored + 1} or more`);
    }
    await mkdir(this.options.dir, { recursive: true });
    await writeFileAtomic(this.pathOf(product), bytes, 0o644);
    await this.options.bus.publish(topics.trust(product), bytes, { qos: 1, retain: true });
    this.options.logger.info('keyring published', { product, version: keyring.version, keys: keyring.keys.map((k) => k.keyId).join(','), threshold: keyring.threshold });
    return { version: keyring.version };
  }

  private async storedVersion(product: string): Promise<number | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(product));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw toOtaError(err);
    }
    return decodeSignedKeyring(bytes).keyring.version;
  }

  private pathOf(product: string): string {
    return join(this.options.dir, `${product}.bin`);
  }
}
