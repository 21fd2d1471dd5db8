import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrivateKey, randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError, createLogger, generateSigningKeyPair, sha256 } from '@otacast/shared';
import { ApiClient, publishRelease, releaseSpecFromArgs, startServer, type PublishProgress, type RunningServer } from '../src/index.js';
import { tempDir } from './cli-helpers.js';

/** The publisher SDK against a real in-process server. */
describe('publisher SDK', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let server: RunningServer;
  let token: string;
  const key = createPrivateKey(generateSigningKeyPair().privatePem);
  const logger = createLogger({ name: 'test', level: 'warn' });

  beforeAll(async () => {
    dir = await tempDir();
    server = await startServer({ dataDir: join(dir.path, 'data'), port: 0, logger });
    token = (await readFile(join(dir.path, 'data', 'admin.token'), 'utf8')).trim();
  });

  afterAll(async () => {
    await server?.close();
    await dir?.cleanup();
  });

  it('uploads a blob larger than one range as several ranges, pipelined', async () => {
    const client = await ApiClient.connect({ url: server.url, token, maxRangeBytes: 16 * 1024, logger });
    try {
      expect(client.clientId).toMatch(/^pub-[0-9a-f]{16}$/);
      const blob = randomBytes(100_000);
      const digest = sha256(blob);
      expect(await client.missingBlobs([digest])).toEqual([digest]);
      expect(await client.putBlob(digest, blob)).toBe(true);
      expect(await client.missingBlobs([digest])).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it('answers a bad blob with the server error code', async () => {
    const client = await ApiClient.connect({ url: server.url, token, logger });
    try {
      const blob = randomBytes(1000);
      const err = await client.putBlob(sha256(Buffer.from('something else')), blob).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OtaError);
      expect((err as OtaError).code).toBe('OTA_E_DIGEST');
    } finally {
      await client.close();
    }
  });

  it('refuses a wrong token with OTA_E_AUTH', async () => {
    const err = await ApiClient.connect({ url: server.url, token: 'wrong' }).catch((e: unknown) => e);
    expect((err as OtaError).code).toBe('OTA_E_AUTH');
  });

  it('publishes, reports progress, and a re-publish uploads nothing', async () => {
    const fw = join(dir.path, 'fw.bin');
    await writeFile(fw, randomBytes(1024 * 1024 + 5));
    const spec = await releaseSpecFromArgs({ product: 'sdk-test', version: '1.0.0', components: [`fw=${fw}`] });
    const progress: PublishProgress[] = [];
    const first = await publishRelease({ url: server.url, token, key, spec, logger, onProgress: (p) => progress.push(p) });
    expect(first.releaseId).toMatch(/^[0-9a-f]{32}$/);
    expect(first.existing).toBe(false);
    expect(first.uploadedBlobs).toBe(first.totalBlobs);
    expect(first.uploadedBytes).toBe(first.totalBytes);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['indexing', 'uploading', 'committing']));

    const second = await publishRelease({ url: server.url, token, key, spec, logger, window: 2 });
    expect(second).toMatchObject({ uploadedBlobs: 0, uploadedBytes: 0, existing: true, totalBlobs: first.totalBlobs });

    const client = await ApiClient.connect({ url: server.url, token, logger });
    try {
      const releases = await client.listReleases('sdk-test');
      expect(releases.map((r) => r.version)).toContain('1.0.0');
    } finally {
      await client.close();
    }
  });

  it('refuses the same version with other content (OTA_E_VERSION_EXISTS)', async () => {
    const fw = join(dir.path, 'other.bin');
    await writeFile(fw, randomBytes(5000));
    const spec = await releaseSpecFromArgs({ product: 'sdk-test', version: '1.0.0', components: [`fw=${fw}`] });
    const err = await publishRelease({ url: server.url, token, key, spec, logger }).catch((e: unknown) => e);
    expect((err as OtaError).code).toBe('OTA_E_VERSION_EXISTS');
    // The message says what to do: publish under the next version.
    expect((err as OtaError).message).toMatch(/bump the version \(e\.g\. 1\.0\.1\)/);
  });
});
