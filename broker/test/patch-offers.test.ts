import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import type { MqttClient } from 'mqtt';
import { applyDelta, decode, decodeChunkIndex, encode, pb, sha256, topics, type otacast } from '@otacast/shared';
import { RawApi, buildRelease, collect, connect, startTestServer, uploadBlobs, type TestRelease, type TestServer } from './server-harness.js';

type Chunk = otacast.v1.Chunk;

function decodeChunk(payload: Buffer): Chunk {
  const decoded = decode(pb.Chunk, payload, 2 * 1024 * 1024, 'chunk');
  if (!decoded.ok) throw decoded.error;
  return decoded.value;
}

/** The server side of compressed chunks and delta patches (docs/protocol.md). */
describe('server: compressed chunks and delta patch offers', () => {
  let t: TestServer;
  let api: RawApi;
  let device: MqttClient;
  let chunks: ReturnType<typeof collect>;
  let work: string;
  const text = Buffer.from(Array.from({ length: 3000 }, (_, i) => `export const value${i % 50} = compute(${i % 7});\n`).join(''));
  const noise = randomBytes(300_000);
  const edited = Buffer.from(noise);
  edited.write('a small edit', 150_000);
  let v1: TestRelease;
  let v2: TestRelease;
  let v2Id = '';

  async function commit(release: TestRelease): Promise<string> {
    await uploadBlobs(api, release);
    const response = await api.call({ commitRelease: { signedManifest: release.signedManifest } });
    expect(response.errorCode).toBe('');
    return response.commitRelease?.releaseId ?? '';
  }

  async function request(body: otacast.v1.IChunkRequest): Promise<void> {
    await device.publishAsync(topics.deviceRequest('pc-1'), encode(pb.ChunkRequest, body), { qos: 0 });
  }

  /** A whole blob fetched under v2, decoded. */
  async function fetchBlob(digest: Uint8Array): Promise<Buffer> {
    await request({ releaseId: v2Id, ranges: [{ digest, offset: 0, length: 0 }] });
    const reply = decodeChunk(await chunks.next());
    expect(reply.errorCode).toBe('');
    return reply.encoding === pb.ChunkEncoding.CHUNK_ENCODING_BROTLI ? brotliDecompressSync(reply.data) : Buffer.from(reply.data);
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'otacast-patch-offers-'));
    t = await startTestServer();
    api = await RawApi.connect(t.server.url, (await readFile(join(t.dataDir, 'admin.token'), 'utf8')).trim());
    v1 = buildRelease('pc', '1.0.0', [text, noise]);
    v2 = buildRelease('pc', '2.0.0', [text, edited]);
    await commit(v1);
    v2Id = await commit(v2);
    const token = (await api.call({ addDevice: { deviceId: 'pc-1', product: 'pc', channel: 'stable' } })).addDevice?.token ?? '';
    device = await connect(t.server.url, 'pc-1', 'pc-1', token);
    chunks = collect(device, topics.deviceChunk('pc-1'));
    await device.subscribeAsync(topics.deviceChunk('pc-1'), { qos: 0 });
    for (let i = 0; i < 200 && !t.log.entries.some((e) => e.message === 'patch stored'); i++) await new Promise((r) => setTimeout(r, 50));
  });

  afterAll(async () => {
    await device?.endAsync();
    await api?.close();
    await t?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('sends a compressible chunk brotli-compressed, an incompressible one raw', async () => {
    await request({ releaseId: v2Id, ranges: [{ digest: sha256(text), offset: 0, length: 0 }, { digest: sha256(edited), offset: 0, length: 0 }] });
    const first = decodeChunk(await chunks.next());
    expect(first.encoding).toBe(pb.ChunkEncoding.CHUNK_ENCODING_BROTLI);
    expect(Number(first.blobSize)).toBe(text.length);
    expect(first.data.length).toBeLessThan(text.length / 10);
    expect(brotliDecompressSync(first.data).equals(text)).toBe(true);
    const second = decodeChunk(await chunks.next());
    expect(second.encoding).toBe(pb.ChunkEncoding.CHUNK_ENCODING_RAW);
    expect(Buffer.from(second.data).equals(edited)).toBe(true);
  });

  it('offers the patch from the previous version; its blobs are served under the release and apply to the new bytes', async () => {
    const from = sha256(Buffer.concat(v1.chunks));
    const to = sha256(Buffer.concat(v2.chunks));
    await request({ releaseId: v2Id, patches: [{ fromSha256: from, toSha256: to }, { fromSha256: randomBytes(32), toSha256: to }, { fromSha256: Buffer.alloc(5), toSha256: to }] });
    const offer = decodeChunk(await chunks.next());
    expect(offer.errorCode).toBe('');
    expect(Buffer.from(offer.patch?.fromSha256 ?? []).equals(from)).toBe(true);
    expect(Number(offer.patch?.patchSize)).toBeGreaterThan(0);
    expect(Number(offer.patch?.patchSize)).toBeLessThan(2000);
    const none = decodeChunk(await chunks.next());
    expect(none.errorCode).toBe('OTA_E_NOT_FOUND');
    expect(none.patch?.pending).toBe(false);
    expect(decodeChunk(await chunks.next()).errorCode).toBe('OTA_E_PROTOCOL');

    const index = decodeChunkIndex(await fetchBlob(offer.patch?.indexDigest ?? new Uint8Array()));
    if (!index.ok) throw index.error;
    const patch = Buffer.concat(await Promise.all(index.value.map((c) => fetchBlob(c.digest))));
    expect(sha256(patch).equals(Buffer.from(offer.patch?.patchDigest ?? []))).toBe(true);
    await writeFile(join(work, 'old'), Buffer.concat(v1.chunks));
    await writeFile(join(work, 'patch'), patch);
    const out: Buffer[] = [];
    for await (const piece of applyDelta(join(work, 'patch'), join(work, 'old'))) out.push(Buffer.from(piece));
    expect(Buffer.concat(out).equals(Buffer.concat(v2.chunks))).toBe(true);
  });

  it('refuses more than 16 patch queries in one request', async () => {
    const commands = collect(device, topics.deviceCommand('pc-1'));
    await device.subscribeAsync(topics.deviceCommand('pc-1'), { qos: 1 });
    const query = { fromSha256: randomBytes(32), toSha256: randomBytes(32) };
    await request({ releaseId: v2Id, patches: Array.from({ length: 17 }, () => query) });
    const command = decode(pb.Command, await commands.next(), 65536, 'command');
    if (!command.ok) throw command.error;
    expect(command.value.error?.code).toBe('OTA_E_PROTOCOL');
  });
});
