import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';

import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadTrustedKey, type LogFields, type Logger, type OtaError } from '@otacast/shared';
import type { ApiClient} from '@otacast/broker';
import { publishRelease, type RunningServer } from '@otacast/broker';
import { FaultProxy } from '../../test/support/fault-proxy.js';
import { useInProcessServer } from './in-process-server.js';
import { OtaClient } from '../src/index.js';

interface Entry {
  level: string;
  message: string;
  fields: LogFields;
}

/** A logger that keeps every entry, so a test can say what was (not) logged. */
function recordingLogger(entries: Entry[], base: LogFields = {}): Logger {
  const at = (level: string) => (message: string, fields: LogFields = {}) => void entries.push({ level, message, fields: { ...base, ...fields } });
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug'), child: (fields) => recordingLogger(entries, { ...base, ...fields }) };
}

/**
 * stop() in the middle of a download is a stop, not a failure: no error is
 * logged, reported or returned, and the saved state stays where it was, so
 * the next start resumes it. The client runs in-process against a real
 * server, through a proxy that slows the link so the stop lands mid-download.
 */
describe('OtaClient.stop during a download', () => {
  let dir: string;
  let server: RunningServer;
  let proxy: FaultProxy;
  let adminToken: string;
  let admin: ApiClient;
  let keyPath: string;
  let trustPath: string;

  const ctx = useInProcessServer('otacast-stop-');
  beforeAll(async () => {
    ({ dir, server, adminToken, admin, keyPath, trustPath } = ctx.get());
    proxy = await new FaultProxy({ targetHost: '127.0.0.1', targetPort: Number(new URL(server.url).port) }).start();
  });

  afterAll(async () => {
    await proxy?.close();
  });

  /** A device with a release of `bytes` waiting for it, and a way to make a client for it. */
  async function setUp(id: string, bytes: Buffer) {
    const token = await admin.addDevice(id, id);
    const path = join(dir, `${id}.bin`);
    await writeFile(path, bytes);
    const { releaseId } = await publishRelease({
      url: server.url,
      token: adminToken,
      key: keyPath,
      spec: { product: id, channel: 'stable', version: '1.0.0', hardware: [], rollback: false, components: [{ name: 'fw', path, type: 'file', version: '1.0.0', requires: {}, options: {} }] },
    });
    const stateDir = join(dir, id, 'state');
    const rootDir = join(dir, id, 'root');
    const trustedKeys = [await loadTrustedKey(trustPath)];
    const client = (entries: Entry[]) => {
      const c = new OtaClient({ url: proxy.url, deviceId: id, token, product: id, trustedKeys, stateDir, rootDir, logger: recordingLogger(entries) });
      const errors: OtaError[] = [];
      c.on('error', (error) => errors.push(error));
      const progressed = new Promise<void>((resolve) => c.on('progress', (p) => p.bytesDone > 0 && p.bytesDone < p.bytesTotal && resolve()));
      return { client: c, errors, progressed };
    };
    const saved = async () => JSON.parse(await readFile(join(stateDir, 'state.json'), 'utf8')) as { state: string; error?: unknown; outcome?: unknown };
    const record = async () => (await admin.listDevices()).find((d) => d.id === id);
    return { releaseId, rootDir, client, saved, record };
  }

  /** Stopped mid-download: what the stop left behind must say "downloading", not "failed". */
  async function expectStoppedCleanly(d: Awaited<ReturnType<typeof setUp>>, entries: Entry[], errors: OtaError[]): Promise<void> {
    expect(entries.filter((e) => e.level === 'error' || e.fields['code'] !== undefined)).toEqual([]);
    expect(errors).toEqual([]);
    const saved = await d.saved();
    expect(saved.state).toBe('DOWNLOADING');
    expect(saved.error).toBeUndefined();
    expect(saved.outcome).toBeUndefined();
    expect(await d.record()).toMatchObject({ state: 'downloading', lastError: '' });
  }

  /** The next run resumes the download (with the chunks it had) and installs. */
  async function expectResumes(d: Awaited<ReturnType<typeof setUp>>, bytes: Buffer): Promise<void> {
    proxy.setBandwidth(0);
    const entries: Entry[] = [];
    const { client } = d.client(entries);
    const result = await client.runOnce({ waitReleaseMs: 10_000 });
    await client.flushStatus(3_000);
    await client.stop();
    expect(result).toMatchObject({ outcome: 'installed', releaseId: d.releaseId });
    expect(entries.find((e) => e.message === 'resuming interrupted update')?.fields).toMatchObject({ state: 'DOWNLOADING' });
    expect(entries.find((e) => e.message === 'downloading')?.fields['bytesDone']).toBeGreaterThan(0);
    expect((await readFile(join(d.rootDir, 'fw'))).equals(bytes)).toBe(true);
  }

  it('runOnce resolves "stopped" without an error, and the next run resumes', async () => {
    const bytes = randomBytes(8 * 1024 * 1024);
    const d = await setUp('stop-once', bytes);
    proxy.setBandwidth(2 * 1024 * 1024);
    const entries: Entry[] = [];
    const { client, errors, progressed } = d.client(entries);
    const running = client.runOnce({ waitReleaseMs: 10_000 });
    await progressed;
    await client.flushStatus(3_000);
    await client.stop();
    const result = await running;
    expect(result.outcome).toBe('stopped');
    expect(result.error).toBeUndefined();
    expect(result.releaseId).toBe(d.releaseId);
    await expectStoppedCleanly(d, entries, errors);
    await expectResumes(d, bytes);
  });

  it('a stopped daemon leaves its download to resume', async () => {
    const bytes = randomBytes(8 * 1024 * 1024);
    const d = await setUp('stop-daemon', bytes);
    proxy.setBandwidth(2 * 1024 * 1024);
    const entries: Entry[] = [];
    const { client, errors, progressed } = d.client(entries);
    await client.start();
    await progressed;
    await client.flushStatus(3_000);
    await client.stop();
    await expectStoppedCleanly(d, entries, errors);
    await expectResumes(d, bytes);
  });
});
