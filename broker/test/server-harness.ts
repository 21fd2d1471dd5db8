import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createPrivateKey } from 'node:crypto';
import mqtt, { type MqttClient } from 'mqtt';
import winston from 'winston';
import {
  decode,
  encode,
  encodeChunkIndex,
  encodeManifest,
  generateSigningKeyPair,
  pb,
  sha256,
  signManifest,
  topics,
  type Logger,
  type otacast,
} from '@otacast/shared';
import { startServer, type RunningServer, type ServerOptions } from '../src/server.js';

/** A log entry as the server wrote it. */
export type LogEntry = Record<string, unknown> & { level: string; message: string };

/** A logger that keeps every entry, so tests can assert on codes. */
export function captureLogger(): { logger: Logger; entries: LogEntry[]; codes(): string[] } {
  const entries: LogEntry[] = [];
  const stream = new Writable({
    objectMode: true,
    write(info: LogEntry, _encoding, done) {
      entries.push(info);
      done();
    },
  });
  const logger = winston.createLogger({ level: 'debug', transports: [new winston.transports.Stream({ stream })] });
  return { logger, entries, codes: () => entries.map((e) => e['code']).filter((c): c is string => typeof c === 'string') };
}

export interface TestServer {
  dataDir: string;
  server: RunningServer;
  log: ReturnType<typeof captureLogger>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const root = await mkdtemp(join(tmpdir(), 'otacast-server-'));
  const dataDir = join(root, 'data');
  const log = captureLogger();
  const start = () => startServer({ dataDir, port: 0, logger: log.logger, ...options });
  const handle: TestServer = {
    dataDir,
    log,
    server: await start(),
    async restart() {
      await handle.server.close();
      handle.server = await start();
    },
    async close() {
      await handle.server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  return handle;
}

export async function connect(url: string, clientId: string, username: string, password: string, clean = true): Promise<MqttClient> {
  const client = mqtt.connect(url, { clientId, username, password, clean, reconnectPeriod: 0, connectTimeout: 5_000, protocolVersion: 4 });
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', reject);
  });
  return client;
}

/** Collects messages on one topic. */
export function collect(client: MqttClient, topic: string): { messages: Buffer[]; next(ms?: number): Promise<Buffer> } {
  const messages: Buffer[] = [];
  const waiters: ((payload: Buffer) => void)[] = [];
  client.on('message', (t, payload) => {
    if (t !== topic) return;
    const waiter = waiters.shift();
    if (waiter) waiter(payload);
    else messages.push(payload);
  });
  return {
    messages,
    next(ms = 5_000) {
      const queued = messages.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no message on ${topic} within ${ms} ms`)), ms);
        waiters.push((payload) => {
          clearTimeout(timer);
          resolve(payload);
        });
      });
    },
  };
}

type ApiResponse = otacast.v1.ApiResponse;

/** A raw admin RPC client over mqtt.js, independent of the SDK. */
export class RawApi {
  private nextId = 1;
  private readonly pending = new Map<number, (response: ApiResponse) => void>();
  private constructor(readonly client: MqttClient, readonly clientId: string) {
    client.on('message', (topic, payload) => {
      if (topic !== topics.apiResponse(clientId)) return;
      const decoded = decode(pb.ApiResponse, payload, 64 * 1024 * 1024, 'api response');
      if (!decoded.ok) throw decoded.error;
      this.pending.get(decoded.value.id)?.(decoded.value);
      this.pending.delete(decoded.value.id);
    });
  }

  static async connect(url: string, token: string, clientId = 'test-admin', principal = 'admin'): Promise<RawApi> {
    const client = await connect(url, clientId, principal, token);
    await client.subscribeAsync(topics.apiResponse(clientId), { qos: 1 });
    return new RawApi(client, clientId);
  }

  async call(body: Omit<otacast.v1.ApiRequest.$Properties, 'id'>): Promise<ApiResponse> {
    const id = this.nextId++;
    const response = new Promise<ApiResponse>((resolve) => this.pending.set(id, resolve));
    await this.client.publishAsync(topics.apiRequest(this.clientId), encode(pb.ApiRequest, { id, ...body }), { qos: 1 });
    return response;
  }

  close(): Promise<void> {
    return this.client.endAsync();
  }
}

export interface TestRelease {
  signedManifest: Buffer;
  /** Every blob to upload: chunk index and chunks, by hex digest. */
  blobs: Map<string, Buffer>;
  index: Buffer;
  chunks: Buffer[];
}

const { privatePem } = generateSigningKeyPair();
const signingKey = createPrivateKey(privatePem);

/** A signed one-component release whose component is cut into the given chunks. */
export function buildRelease(product: string, version: string, chunks: Buffer[], channel = 'stable'): TestRelease {
  const content = Buffer.concat(chunks);
  const index = encodeChunkIndex(chunks.map((c) => ({ digest: sha256(c), length: c.length })));
  const manifest = encodeManifest({
    product,
    version,
    channel,
    createdAtMs: Date.now(),
    expiresAtMs: 0,
    hardware: [],
    rollback: false,
    components: [
      { name: 'fw', version, type: 'file', size: content.length, sha256: sha256(content), indexDigest: sha256(index), indexSize: index.length, requires: {}, options: {} },
    ],
  });
  const blobs = new Map<string, Buffer>([[sha256(index).toString('hex'), index]]);
  for (const chunk of chunks) blobs.set(sha256(chunk).toString('hex'), chunk);
  return { signedManifest: signManifest(manifest, signingKey), blobs, index, chunks };
}

/** Uploads every blob of a release in PutBlob ranges of at most `rangeBytes`. */
export async function uploadBlobs(api: RawApi, release: TestRelease, rangeBytes = 1024 * 1024): Promise<void> {
  for (const blob of release.blobs.values()) {
    const digest = sha256(blob);
    for (let offset = 0; offset < blob.length || offset === 0; offset += rangeBytes) {
      const response = await api.call({ putBlob: { digest, size: blob.length, offset, data: blob.subarray(offset, offset + rangeBytes) } });
      if (response.errorCode) throw new Error(`${response.errorCode}: ${response.errorMessage}`);
      if (blob.length === 0) break;
    }
  }
}
