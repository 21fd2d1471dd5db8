import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import mqtt from 'mqtt';
import { decode, encode, pb, sha256, topics, type otacast } from '@otacast/shared';
import { RawApi, buildRelease, collect, connect, startTestServer, uploadBlobs, type TestServer } from './server-harness.js';

type Chunk = otacast.v1.Chunk;

function decodeChunk(payload: Buffer): Chunk {
  const decoded = decode(pb.Chunk, payload, 2 * 1024 * 1024, 'chunk');
  if (!decoded.ok) throw decoded.error;
  return decoded.value;
}

function decodeCommand(payload: Buffer): otacast.v1.Command {
  const decoded = decode(pb.Command, payload, 65536, 'command');
  if (!decoded.ok) throw decoded.error;
  return decoded.value;
}

describe('server: auth, ACL, limits, chunk serving, API', () => {
  let t: TestServer;
  let adminToken: string;
  let api: RawApi;

  async function addDevice(id: string, product: string): Promise<string> {
    const response = await api.call({ addDevice: { deviceId: id, product, channel: 'stable' } });
    expect(response.errorCode).toBe('');
    return response.addDevice?.token ?? '';
  }

  beforeAll(async () => {
    t = await startTestServer();
    adminToken = (await readFile(join(t.dataDir, 'admin.token'), 'utf8')).trim();
    api = await RawApi.connect(t.server.url, adminToken);
  });

  afterAll(async () => {
    await api?.close();
    await t?.close();
  });

  it('writes the admin token once, mode 600, stored only hashed', async () => {
    expect(t.server.url).toMatch(/^mqtt:\/\/127\.0\.0\.1:\d+$/);
    expect(adminToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(join(t.dataDir, 'admin.token'))).mode & 0o777).toBe(0o600);
    const db = await readFile(join(t.dataDir, 'registry.db'));
    expect(db.includes(adminToken)).toBe(false);
  });

  it('refuses a wrong token with CONNACK 4 and logs OTA_E_AUTH', async () => {
    await addDevice('liar', 'camera');
    const error = await connect(t.server.url, 'liar', 'liar', 'not-the-token').then(
      () => undefined,
      (err: Error & { code?: number }) => err,
    );
    expect(error?.code).toBe(4);
    expect(t.log.codes()).toContain('OTA_E_AUTH');
  });

  it('refuses a device connecting under another client id', async () => {
    const token = await addDevice('honest', 'camera');
    const error = await connect(t.server.url, 'someone', 'honest', token).then(
      () => undefined,
      (err: Error & { code?: number }) => err,
    );
    expect(error?.code).toBe(2);
  });

  it("denies a device another device's topics and another product's releases", async () => {
    const token = await addDevice('acl-1', 'camera');
    const client = await connect(t.server.url, 'acl-1', 'acl-1', token);
    try {
      const forbidden = [topics.deviceChunk('acl-2'), topics.deviceCommand('acl-2'), topics.release('doorbell', 'stable'), 'otacast/v1/dev/+/chunk', '#'];
      // mqtt.js rejects a SUBACK with failures; the packet still carries the return codes.
      const denied = await client.subscribeAsync(Object.fromEntries(forbidden.map((topic) => [topic, { qos: 1 as const }]))).then(
        () => undefined,
        (err: Error & { packet?: { granted?: number[] } }) => err.packet?.granted,
      );
      expect(denied).toEqual([128, 128, 128, 128, 128]);
      const allowed = await client.subscribeAsync({
        [topics.deviceChunk('acl-1')]: { qos: 0 },
        [topics.deviceCommand('acl-1')]: { qos: 1 },
        [topics.release('camera', 'beta')]: { qos: 1 },
      });
      expect(allowed.map((g) => g.qos)).toEqual([0, 1, 1]);
      expect(client.connected).toBe(true);
    } finally {
      await client.endAsync();
    }
    expect(t.log.codes()).toContain('OTA_E_FORBIDDEN');
  });

  it('drops a release a device publishes, keeps its connection and the real retained release', async () => {
    const token = await addDevice('forger', 'forged');
    const release = buildRelease('forged', '1.0.0', [randomBytes(1000)]);
    await uploadBlobs(api, release);
    expect((await api.call({ commitRelease: { signedManifest: release.signedManifest } })).errorCode).toBe('');

    const forger = await connect(t.server.url, 'forger', 'forger', token);
    await forger.publishAsync(topics.release('forged', 'stable'), Buffer.from('forged'), { qos: 1, retain: true });
    expect(forger.connected).toBe(true);
    const observer = collect(forger, topics.release('forged', 'stable'));
    await forger.subscribeAsync(topics.release('forged', 'stable'), { qos: 1 });
    expect((await observer.next()).equals(release.signedManifest)).toBe(true);
    await forger.endAsync();
    expect(t.log.entries.some((e) => e['code'] === 'OTA_E_FORBIDDEN' && e['topic'] === topics.release('forged', 'stable'))).toBe(true);
  });

  it('closes a connection announcing an oversized packet; others keep working', async () => {
    const token = await addDevice('big', 'camera');
    const bystanderToken = await addDevice('bystander', 'camera');
    const big = await connect(t.server.url, 'big', 'big', token);
    const bystander = await connect(t.server.url, 'bystander', 'bystander', bystanderToken);
    const closed = new Promise<void>((resolve) => big.once('close', () => resolve()));
    big.publish(topics.deviceStatus('big'), Buffer.alloc(5 * 1024 * 1024), { qos: 0 });
    await closed;
    big.end(true);
    const tooLarge = t.log.entries.find((e) => e['code'] === 'OTA_E_TOO_LARGE');
    expect(tooLarge?.['clientId']).toBe('big');
    expect(tooLarge?.['announcedBytes']).toBeGreaterThan(5 * 1024 * 1024);

    const acks = collect(bystander, topics.deviceCommand('bystander'));
    await bystander.subscribeAsync(topics.deviceCommand('bystander'), { qos: 1 });
    await bystander.publishAsync(topics.deviceStatus('bystander'), encode(pb.DeviceStatus, { seq: 1 }), { qos: 1 });
    expect(decodeCommand(await acks.next()).ack?.seq).toBe(1);
    await bystander.endAsync();
  });

  it('answers a malformed chunk request with Command.error and keeps serving', async () => {
    const token = await addDevice('fuzzed', 'camera');
    const device = await connect(t.server.url, 'fuzzed', 'fuzzed', token);
    const commands = collect(device, topics.deviceCommand('fuzzed'));
    await device.subscribeAsync(topics.deviceCommand('fuzzed'), { qos: 1 });
    await device.publishAsync(topics.deviceRequest('fuzzed'), Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]), { qos: 0 });
    const first = decodeCommand(await commands.next());
    expect(first.error?.code).toBe('OTA_E_DECODE');
    expect(first.error?.topic).toBe(topics.deviceRequest('fuzzed'));

    const tooMany = Array.from({ length: 65 }, () => ({ digest: randomBytes(32), offset: 0, length: 0 }));
    await device.publishAsync(topics.deviceRequest('fuzzed'), encode(pb.ChunkRequest, { releaseId: 'a'.repeat(32), ranges: tooMany }), { qos: 0 });
    expect(decodeCommand(await commands.next()).error?.code).toBe('OTA_E_PROTOCOL');

    await device.publishAsync(topics.deviceStatus('fuzzed'), Buffer.from('not protobuf \xff\xff'), { qos: 1 });
    expect(decodeCommand(await commands.next()).error?.code).toBe('OTA_E_DECODE');
    expect(device.connected).toBe(true);
    await device.endAsync();
  });

  it('serves chunk ranges after PutBlob + CommitRelease, splitting blobs above 1 MiB', async () => {
    const big = randomBytes(2.5 * 1024 * 1024);
    const small = randomBytes(70_000);
    const release = buildRelease('camera', '1.0.0', [small, big]);
    const probe = await api.call({ missingBlobs: { digests: [...release.blobs.values()].map((b) => sha256(b)) } });
    expect(probe.missingBlobs?.missing).toHaveLength(3);
    await uploadBlobs(api, release);
    expect((await api.call({ missingBlobs: { digests: [sha256(big), sha256(small)] } })).missingBlobs?.missing ?? []).toHaveLength(0);
    const commit = await api.call({ commitRelease: { signedManifest: release.signedManifest } });
    expect(commit.errorCode).toBe('');
    const releaseId = commit.commitRelease?.releaseId ?? '';
    expect(releaseId).toMatch(/^[0-9a-f]{32}$/);

    const token = await addDevice('cam-1', 'camera');
    const device = await connect(t.server.url, 'cam-1', 'cam-1', token);
    const announced = collect(device, topics.release('camera', 'stable'));
    const chunks = collect(device, topics.deviceChunk('cam-1'));
    await device.subscribeAsync({ [topics.release('camera', 'stable')]: { qos: 1 }, [topics.deviceChunk('cam-1')]: { qos: 0 } });
    expect((await announced.next()).equals(release.signedManifest)).toBe(true);

    const unknown = randomBytes(32);
    await device.publishAsync(
      topics.deviceRequest('cam-1'),
      encode(pb.ChunkRequest, {
        releaseId,
        ranges: [
          { digest: sha256(release.index), offset: 0, length: 0 },
          { digest: sha256(small), offset: 1000, length: 500 },
          { digest: sha256(big), offset: 0, length: 0 },
          { digest: unknown, offset: 0, length: 0 },
        ],
      }),
      { qos: 0 },
    );
    const index = decodeChunk(await chunks.next());
    expect(Buffer.from(index.data).equals(release.index)).toBe(true);
    expect(index.blobSize).toBe(release.index.length);
    const piece = decodeChunk(await chunks.next());
    expect(piece.offset).toBe(1000);
    expect(Buffer.from(piece.data).equals(small.subarray(1000, 1500))).toBe(true);
    const parts = [decodeChunk(await chunks.next()), decodeChunk(await chunks.next()), decodeChunk(await chunks.next())];
    expect(parts.map((p) => p.offset)).toEqual([0, 1024 * 1024, 2 * 1024 * 1024]);
    expect(parts.every((p) => p.data.length <= 1024 * 1024 && p.blobSize === big.length && p.encoding === pb.ChunkEncoding.CHUNK_ENCODING_RAW)).toBe(true);
    expect(Buffer.concat(parts.map((p) => p.data)).equals(big)).toBe(true);
    const missing = decodeChunk(await chunks.next());
    expect(Buffer.from(missing.digest).equals(unknown)).toBe(true);
    expect(missing.errorCode).toBe('OTA_E_NOT_FOUND');
    expect(missing.data.length).toBe(0);

    // A release of another product is refused per range, an unknown one is not found.
    const other = buildRelease('doorbell', '1.0.0', [randomBytes(100)]);
    await uploadBlobs(api, other);
    const otherId = (await api.call({ commitRelease: { signedManifest: other.signedManifest } })).commitRelease?.releaseId;
    await device.publishAsync(topics.deviceRequest('cam-1'), encode(pb.ChunkRequest, { releaseId: otherId, ranges: [{ digest: sha256(other.index) }] }), { qos: 0 });
    expect(decodeChunk(await chunks.next()).errorCode).toBe('OTA_E_FORBIDDEN');
    await device.publishAsync(topics.deviceRequest('cam-1'), encode(pb.ChunkRequest, { releaseId: 'f'.repeat(32), ranges: [{ digest: sha256(small) }] }), { qos: 0 });
    expect(decodeChunk(await chunks.next()).errorCode).toBe('OTA_E_NOT_FOUND');
    // A blob stored for another release is not served under this one.
    await device.publishAsync(topics.deviceRequest('cam-1'), encode(pb.ChunkRequest, { releaseId, ranges: [{ digest: sha256(other.index) }] }), { qos: 0 });
    expect(decodeChunk(await chunks.next()).errorCode).toBe('OTA_E_NOT_FOUND');
    await device.endAsync();
  });

  it('checks commits: missing blobs, bad index, version conflicts, idempotent re-commit', async () => {
    const chunk = randomBytes(5000);
    const release = buildRelease('gate', '1.0.0', [chunk]);
    const early = await api.call({ commitRelease: { signedManifest: release.signedManifest } });
    expect(early.errorCode).toBe('OTA_E_MISSING_BLOBS');
    await api.call({ putBlob: { digest: sha256(release.index), size: release.index.length, offset: 0, data: release.index } });
    expect((await api.call({ commitRelease: { signedManifest: release.signedManifest } })).errorCode).toBe('OTA_E_MISSING_BLOBS');
    const corrupt = await api.call({ putBlob: { digest: sha256(chunk), size: chunk.length, offset: 0, data: randomBytes(5000) } });
    expect(corrupt.errorCode).toBe('OTA_E_DIGEST');
    await uploadBlobs(api, release);
    const first = await api.call({ commitRelease: { signedManifest: release.signedManifest } });
    expect(first.commitRelease).toMatchObject({ existing: false });

    const again = await api.call({ commitRelease: { signedManifest: release.signedManifest } });
    expect(again.commitRelease).toMatchObject({ releaseId: first.commitRelease?.releaseId, existing: true });
    const resigned = buildRelease('gate', '1.0.0', [chunk]);
    const same = await api.call({ commitRelease: { signedManifest: resigned.signedManifest } });
    expect(same.commitRelease?.existing).toBe(true);

    const conflicting = buildRelease('gate', '1.0.0', [randomBytes(10)]);
    await uploadBlobs(api, conflicting);
    expect((await api.call({ commitRelease: { signedManifest: conflicting.signedManifest } })).errorCode).toBe('OTA_E_VERSION_EXISTS');
    expect((await api.call({ commitRelease: { signedManifest: Buffer.from('junk') } })).errorCode).toMatch(/OTA_E_DECODE|OTA_E_PROTOCOL/);

    const listed = await api.call({ listReleases: { product: 'gate' } });
    expect(listed.listReleases?.releases?.map((r) => r.version)).toEqual(['1.0.0', '1.0.0']);
  });

  it('applies device status by seq, acks cumulatively, and lists devices', async () => {
    const token = await addDevice('reporter', 'camera');
    const device = await connect(t.server.url, 'reporter', 'reporter', token);
    const acks = collect(device, topics.deviceCommand('reporter'));
    await device.subscribeAsync(topics.deviceCommand('reporter'), { qos: 1 });
    const send = async (seq: number, installedVersion: string) => {
      await device.publishAsync(topics.deviceStatus('reporter'), encode(pb.DeviceStatus, { seq, installedVersion, state: pb.AgentState.AGENT_STATE_IDLE, components: { fw: installedVersion } }), { qos: 1 });
      return decodeCommand(await acks.next()).ack?.seq;
    };
    expect(await send(2, '1.0.0')).toBe(2);
    expect(await send(1, '0.9.0')).toBe(2);
    expect(await send(2, '0.9.0')).toBe(2);
    expect(await send(3, '1.1.0')).toBe(3);
    await device.endAsync();

    const listed = await api.call({ listDevices: {} });
    const record = listed.listDevices?.devices?.find((d) => d.deviceId === 'reporter');
    expect(record).toMatchObject({ product: 'camera', channel: 'stable', installedVersion: '1.1.0', lastSeq: 3, components: { fw: '1.1.0' } });
    expect(Number(record?.lastSeenMs)).toBeGreaterThan(0);
  });

  it('delivers only the current announcement to a persistent session that was offline', async () => {
    const token = await addDevice('sleeper', 'sleepy');
    const first = await connect(t.server.url, 'sleeper', 'sleeper', token, false);
    await first.subscribeAsync(topics.release('sleepy', 'stable'), { qos: 1 });
    await first.endAsync();

    const releases = [buildRelease('sleepy', '1.0.0', [randomBytes(100)]), buildRelease('sleepy', '2.0.0', [randomBytes(100)])];
    for (const release of releases) {
      await uploadBlobs(api, release);
      expect((await api.call({ commitRelease: { signedManifest: release.signedManifest } })).errorCode).toBe('');
    }
    // Both announcements were queued for the session; only 2.0.0 is still the channel's.
    const device = mqtt.connect(t.server.url, { clientId: 'sleeper', username: 'sleeper', password: token, clean: false, reconnectPeriod: 0, protocolVersion: 4 });
    const received: Buffer[] = [];
    device.on('message', (_topic, payload) => received.push(payload));
    await new Promise((resolve) => device.once('connect', resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received).toHaveLength(1);
    expect(received[0]?.equals(releases[1]?.signedManifest as Buffer)).toBe(true);
    await device.endAsync();
  });

  it('keeps the admin token, registry and announced releases across a restart', async () => {
    const release = buildRelease('restart', '1.0.0', [randomBytes(3000)]);
    await uploadBlobs(api, release);
    await api.call({ commitRelease: { signedManifest: release.signedManifest } });
    const token = await addDevice('phoenix', 'restart');
    await api.close();
    await t.restart();

    expect((await readFile(join(t.dataDir, 'admin.token'), 'utf8')).trim()).toBe(adminToken);
    api = await RawApi.connect(t.server.url, adminToken);
    const device = await connect(t.server.url, 'phoenix', 'phoenix', token);
    const announced = collect(device, topics.release('restart', 'stable'));
    await device.subscribeAsync(topics.release('restart', 'stable'), { qos: 1 });
    expect((await announced.next()).equals(release.signedManifest)).toBe(true);
    await device.endAsync();
  });

  it('refuses API calls from devices at the ACL and unknown requests with a code', async () => {
    const token = await addDevice('sneaky', 'camera');
    const device = await connect(t.server.url, 'sneaky', 'sneaky', token);
    await device.publishAsync(topics.apiRequest('sneaky'), encode(pb.ApiRequest, { id: 1, listDevices: {} }), { qos: 1 });
    expect(device.connected).toBe(true);
    await device.endAsync();
    expect(t.log.entries.some((e) => e['code'] === 'OTA_E_FORBIDDEN' && e['topic'] === topics.apiRequest('sneaky'))).toBe(true);

    const empty = await api.call({});
    expect(empty.errorCode).toBe('OTA_E_PROTOCOL');
    const badName = await api.call({ addDevice: { deviceId: '../etc', product: 'camera' } });
    expect(badName.errorCode).toBe('OTA_E_PROTOCOL');
    const adminName = await api.call({ addDevice: { deviceId: 'admin', product: 'camera' } });
    expect(adminName.errorCode).toBe('OTA_E_FORBIDDEN');
  });
});
