import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { encode, pb, sha256, toHex, type Logger, type otacast } from '@otacast/shared';
import { ChunkServer } from '../src/serve/chunk-server.js';
import type { BlobSlice, BlobStore, StoredBlob } from '../src/blobs/blob-store.js';
import type { MessageBus } from '../src/mqtt/message-bus.js';
import type { ReleaseLookups } from '../src/serve/release-access.js';

const RELEASE = 'a'.repeat(32);
const quiet: Logger = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, child: () => quiet };

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A store of blobs in memory whose reads complete when the test says so (or at once). */
class FakeStore implements Pick<BlobStore, 'size' | 'read' | 'readStored'> {
  readonly blobs = new Map<string, Buffer>();
  readonly reads: string[] = [];
  gate: Promise<void> | undefined;

  add(bytes: Buffer): Buffer {
    const digest = sha256(bytes);
    this.blobs.set(toHex(digest), bytes);
    return digest;
  }

  size(digest: Uint8Array): Promise<number | undefined> {
    return Promise.resolve(this.blobs.get(toHex(digest))?.byteLength);
  }

  async read(digest: Uint8Array, offset: number, length: number): Promise<BlobSlice | undefined> {
    const blob = await this.open(digest);
    return blob === undefined ? undefined : { data: blob.subarray(offset, length === 0 ? undefined : offset + length), blobSize: blob.byteLength };
  }

  async readStored(digest: Uint8Array): Promise<StoredBlob | undefined> {
    const blob = await this.open(digest);
    return blob === undefined ? undefined : { data: blob, encoding: 'raw', blobSize: blob.byteLength };
  }

  private async open(digest: Uint8Array): Promise<Buffer | undefined> {
    this.reads.push(toHex(digest));
    await this.gate;
    return this.blobs.get(toHex(digest));
  }
}

/** Records what is published; each publish completes when the test lets it (the device's socket drained). */
class FakeBus implements MessageBus {
  readonly sent: otacast.v1.Chunk[] = [];
  private waiting: (() => void)[] = [];
  autoDrain = true;

  publish(_topic: string, payload: Buffer): Promise<void> {
    this.sent.push(pb.Chunk.decode(payload));
    if (this.autoDrain) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  drainOne(): void {
    this.waiting.shift()?.();
  }

  get pending(): number {
    return this.waiting.length;
  }
}

function counting(blobs: Buffer[]): ReleaseLookups & { queries: number } {
  const members = new Set(blobs.map((b) => toHex(b)));
  const lookups = {
    queries: 0,
    async releaseProduct(releaseId: string) {
      lookups.queries++;
      return releaseId === RELEASE ? 'cam' : undefined;
    },
    async releaseHasBlob(releaseId: string, digest: Uint8Array) {
      lookups.queries++;
      return releaseId === RELEASE && members.has(toHex(digest));
    },
  };
  return lookups;
}

function request(ranges: { digest: Uint8Array; offset?: number; length?: number }[]): Buffer {
  return encode(pb.ChunkRequest, { releaseId: RELEASE, ranges });
}

function setup(blobCount: number, blobBytes = 64 * 1024, maxActiveDevices?: number) {
  const store = new FakeStore();
  const digests = Array.from({ length: blobCount }, () => store.add(randomBytes(blobBytes)));
  const bus = new FakeBus();
  const registry = counting(digests);
  const server = new ChunkServer({ bus, store: store as unknown as BlobStore, registry, logger: quiet, ...(maxActiveDevices === undefined ? {} : { maxActiveDevices }) });
  return { store, digests, bus, registry, server };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !condition(); i++) await tick();
  expect(condition()).toBe(true);
}

describe('ChunkServer', () => {
  it('answers ranges in request order while reading the next ones ahead', async () => {
    const { store, digests, bus, server } = setup(6);
    const gate = deferred();
    store.gate = gate.promise;
    server.handle('d1', 'cam', request(digests.slice(0, 3).map((digest) => ({ digest }))));
    server.handle('d1', 'cam', request(digests.slice(3).map((digest) => ({ digest }))));
    // All six reads start before the first reply goes out: they overlap the sending.
    await until(() => store.reads.length === 6);
    expect(bus.sent).toHaveLength(0);
    gate.resolve();
    await until(() => bus.sent.length === 6);
    expect(bus.sent.map((c) => toHex(c.digest))).toEqual(digests.map((d) => toHex(d)));
    expect(bus.sent.every((c) => c.data.byteLength === 64 * 1024 && Number(c.blobSize) === 64 * 1024)).toBe(true);
    await server.close();
  });

  it('keeps what it reads ahead bounded while the device is slow to take replies', async () => {
    const { store, digests, bus, server } = setup(40);
    bus.autoDrain = false;
    server.handle('d1', 'cam', request(digests.map((digest) => ({ digest }))));
    await until(() => bus.pending === 1);
    for (let i = 0; i < 20; i++) await tick();
    // One reply being sent plus a bounded read-ahead, not the whole request.
    expect(store.reads.length).toBeLessThanOrEqual(8);
    while (bus.sent.length < 40) {
      bus.drainOne();
      await tick();
    }
    bus.drainOne();
    expect(bus.sent.map((c) => toHex(c.digest))).toEqual(digests.map((d) => toHex(d)));
    await server.close();
  });

  it('drops what a device asked for once it disconnects, and serves it afresh afterwards', async () => {
    const { digests, bus, server } = setup(30);
    bus.autoDrain = false;
    server.handle('d1', 'cam', request(digests.map((digest) => ({ digest }))));
    await until(() => bus.pending === 1);
    server.cancel('d1');
    bus.drainOne();
    for (let i = 0; i < 50; i++) await tick();
    expect(bus.sent).toHaveLength(1);
    bus.autoDrain = true;
    server.handle('d1', 'cam', request([{ digest: digests[5]! }]));
    await until(() => bus.sent.length === 2);
    expect(toHex(bus.sent[1]!.digest)).toBe(toHex(digests[5]!));
    await server.close();
  });

  it('asks the registry once per release and blob, and reads each chunk once for many devices', async () => {
    const { store, digests, bus, registry, server } = setup(4);
    const devices = Array.from({ length: 10 }, (_, i) => `d${i}`);
    for (const device of devices) server.handle(device, 'cam', request(digests.map((digest) => ({ digest }))));
    await until(() => bus.sent.length === 40);
    expect(store.reads).toHaveLength(4);
    expect(registry.queries).toBe(1 + 4);
    await server.close();
  });

  it('lets devices take turns when more ask than are served at once', async () => {
    const { digests, bus, server } = setup(6, 1024, 1);
    bus.autoDrain = false;
    for (const i of [0, 1]) server.handle('a', 'cam', request([{ digest: digests[i]! }]));
    server.handle('b', 'cam', request([{ digest: digests[2]! }]));
    await until(() => bus.pending === 1);
    // Asked during a's turn: served after b's turn.
    server.handle('a', 'cam', request([{ digest: digests[3]! }]));
    while (bus.sent.length < 4 || bus.pending > 0) {
      bus.drainOne();
      await tick();
    }
    expect(bus.sent.map((c) => toHex(c.digest))).toEqual([0, 1, 2, 3].map((i) => toHex(digests[i]!)));
    await server.close();
  });

  it('splits a range above 1 MiB and answers errors in place', async () => {
    const { digests, bus, server } = setup(1, 2.5 * 1024 * 1024);
    const stranger = sha256(Buffer.from('not in the release'));
    server.handle('d1', 'cam', request([{ digest: digests[0]!, offset: 0, length: 0 }, { digest: stranger }, { digest: digests[0]!, offset: 3 * 1024 * 1024 }]));
    await until(() => bus.sent.length === 5);
    expect(bus.sent.slice(0, 3).map((c) => [Number(c.offset), c.data.byteLength])).toEqual([
      [0, 1024 * 1024],
      [1024 * 1024, 1024 * 1024],
      [2 * 1024 * 1024, 512 * 1024],
    ]);
    expect(bus.sent[3]!.errorCode).toBe('OTA_E_NOT_FOUND');
    expect(bus.sent[4]!.errorCode).toBe('OTA_E_PROTOCOL');
    await server.close();
  });

  it('refuses a release of another product without reading', async () => {
    const { store, digests, bus, server } = setup(2);
    server.handle('d1', 'other', request(digests.map((digest) => ({ digest }))));
    await until(() => bus.sent.length === 2);
    expect(bus.sent.map((c) => c.errorCode)).toEqual(['OTA_E_FORBIDDEN', 'OTA_E_FORBIDDEN']);
    expect(store.reads).toHaveLength(0);
    await server.close();
  });
});
