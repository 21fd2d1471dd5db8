/**
 * The contract of the blob store port (broker/src/blobs/blob-store.ts), as
 * one suite that every implementation runs — the files-on-disk store today, a
 * scale-out one next — the way aedes-persistence exports abstract.js. Only
 * public methods are used here: what an implementation keeps where is its
 * own test file's business.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import { sha256, toHex, type OtaError } from '@otacast/shared';
import type { BlobStore } from '../../src/blobs/blob-store.js';

export interface StoreUnderTest {
  store: BlobStore;
  /** Reopens the store on the same data (a restart). */
  reopen(): Promise<BlobStore>;
  cleanup(): Promise<void>;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (err) {
    return (err as OtaError).code ?? String(err);
  }
}

/** The suite every BlobStore implementation passes; `makeStore` opens a fresh, empty one. */
export function blobStoreSuite(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`BlobStore: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: BlobStore;
    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });
    afterEach(async () => {
      await store.close();
      await subject.cleanup();
    });

    it('stores a blob under its sha256 and reads ranges of it', async () => {
      const blob = randomBytes(100_000);
      const digest = sha256(blob);
      expect(await store.has(digest)).toBe(false);
      await store.put(digest, blob);
      expect(await store.has(digest)).toBe(true);
      expect(await store.size(digest)).toBe(blob.length);
      const whole = await store.read(digest, 0, 0);
      expect(whole?.blobSize).toBe(blob.length);
      expect(whole?.data.equals(blob)).toBe(true);
      const middle = await store.read(digest, 1000, 500);
      expect(middle?.data.equals(blob.subarray(1000, 1500))).toBe(true);
      const tail = await store.read(digest, 99_990, 500);
      expect(tail?.data.equals(blob.subarray(99_990))).toBe(true);
      expect((await store.read(digest, blob.length, 0))?.data.length).toBe(0);
    });

    it('refuses bytes that do not match the digest', async () => {
      const blob = randomBytes(1000);
      expect(await codeOf(store.put(sha256(Buffer.from('other')), blob))).toBe('OTA_E_DIGEST');
      expect(await store.has(sha256(Buffer.from('other')))).toBe(false);
      expect(await codeOf(store.put(Buffer.alloc(5), blob))).toBe('OTA_E_PROTOCOL');
    });

    it('answers unknown blobs with undefined and bad ranges with coded errors', async () => {
      const blob = randomBytes(10);
      const digest = sha256(blob);
      expect(await store.read(digest, 0, 0)).toBeUndefined();
      expect(await store.size(digest)).toBeUndefined();
      await store.put(digest, blob);
      expect(await codeOf(store.read(digest, 11, 1))).toBe('OTA_E_PROTOCOL');
      expect(await codeOf(store.read(digest, -1, 1))).toBe('OTA_E_PROTOCOL');
    });

    it('lists the missing digests in order, and put is idempotent', async () => {
      const blobs = Array.from({ length: 150 }, (_, i) => Buffer.from(`blob ${i}`));
      for (const [i, blob] of blobs.entries()) if (i % 3 === 0) await store.put(sha256(blob), blob);
      await store.put(sha256(blobs[0] as Buffer), blobs[0] as Buffer);
      const missing = await store.missing(blobs.map((b) => sha256(b)));
      expect(missing.map(toHex)).toEqual(blobs.filter((_, i) => i % 3 !== 0).map((b) => toHex(sha256(b))));
    });

    it.each([
      ['in order', (n: number) => Array.from({ length: n }, (_, i) => i)],
      ['in reverse', (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i)],
      ['shuffled, with a repeat', (n: number) => [2, 0, 3, 1, 2, ...Array.from({ length: n - 4 }, (_, i) => i + 4)]],
    ])('assembles a large blob from ranges %s and verifies it', async (_order, order) => {
      const blob = randomBytes(5 * 65_536 + 123);
      const digest = sha256(blob);
      const pieces = Math.ceil(blob.length / 65_536);
      const answers: boolean[] = [];
      for (const i of order(pieces)) {
        answers.push(await store.putRange(digest, blob.length, i * 65_536, blob.subarray(i * 65_536, (i + 1) * 65_536)));
      }
      expect(answers.at(-1)).toBe(true);
      expect(answers.slice(0, -1).every((a) => !a)).toBe(true);
      expect((await store.read(digest, 0, 0))?.data.equals(blob)).toBe(true);
      expect(await store.putRange(digest, blob.length, 0, blob.subarray(0, 10))).toBe(true);
    });

    it('takes pipelined ranges of one blob concurrently', async () => {
      const blob = randomBytes(8 * 10_000);
      const digest = sha256(blob);
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => store.putRange(digest, blob.length, i * 10_000, blob.subarray(i * 10_000, (i + 1) * 10_000))),
      );
      expect(answers.filter(Boolean)).toHaveLength(1);
      expect((await store.read(digest, 0, 0))?.data.equals(blob)).toBe(true);
    });

    it('refuses an assembled blob whose bytes do not match, and accepts a correct retry', async () => {
      const blob = randomBytes(30_000);
      const digest = sha256(blob);
      const bad = Buffer.from(blob);
      bad[25_000] = (bad[25_000] as number) ^ 1;
      expect(await store.putRange(digest, blob.length, 0, bad.subarray(0, 20_000))).toBe(false);
      expect(await codeOf(store.putRange(digest, blob.length, 20_000, bad.subarray(20_000)))).toBe('OTA_E_DIGEST');
      expect(await store.has(digest)).toBe(false);
      expect(await store.putRange(digest, blob.length, 20_000, blob.subarray(20_000))).toBe(false);
      expect(await store.putRange(digest, blob.length, 0, blob.subarray(0, 20_000))).toBe(true);
      expect((await store.read(digest, 0, 0))?.data.equals(blob)).toBe(true);
    });

    it('refuses ranges that do not fit the blob', async () => {
      const digest = sha256(Buffer.from('x'));
      expect(await codeOf(store.putRange(digest, 10, 8, Buffer.alloc(3)))).toBe('OTA_E_PROTOCOL');
      expect(await codeOf(store.putRange(digest, 10, 0, Buffer.alloc(0)))).toBe('OTA_E_PROTOCOL');
      expect(await codeOf(store.putRange(digest, -1, 0, Buffer.alloc(1)))).toBe('OTA_E_PROTOCOL');
      await store.putRange(digest, 10, 0, Buffer.alloc(4));
      expect(await codeOf(store.putRange(digest, 12, 4, Buffer.alloc(4)))).toBe('OTA_E_PROTOCOL');
    });

    it('keeps blobs across a restart', async () => {
      const blob = randomBytes(2000);
      await store.put(sha256(blob), blob);
      await store.close();
      store = await subject.reopen();
      expect((await store.read(sha256(blob), 0, 0))?.data.equals(blob)).toBe(true);
    });

    it('keeps compressible blobs compressed and hands them out as stored; random ones raw', async () => {
      const text = Buffer.from(Array.from({ length: 2000 }, (_, i) => `line ${i % 97}: the quick brown fox\n`).join(''));
      const noise = randomBytes(50_000);
      await store.put(sha256(text), text);
      await store.put(sha256(noise), noise);
      const stored = await store.readStored(sha256(text));
      expect(stored?.encoding).toBe('brotli');
      expect(stored?.blobSize).toBe(text.length);
      expect(stored?.data.length).toBeLessThan(text.length / 4);
      expect(brotliDecompressSync(stored?.data ?? Buffer.alloc(0)).equals(text)).toBe(true);
      expect(await store.size(sha256(text))).toBe(text.length);
      expect((await store.read(sha256(text), 100, 50))?.data.equals(text.subarray(100, 150))).toBe(true);
      const raw = await store.readStored(sha256(noise));
      expect(raw?.encoding).toBe('raw');
      expect(raw?.data.equals(noise)).toBe(true);
      expect(await store.readStored(sha256(Buffer.from('absent')))).toBeUndefined();
      await store.close();
      store = await subject.reopen();
      expect((await store.read(sha256(text), 0, 0))?.data.equals(text)).toBe(true);
      expect(await store.missing([sha256(text), sha256(noise)])).toEqual([]);
    });

    it('deletes a blob: the bytes it took are reported once, reads find nothing, a later put stores it again', async () => {
      const text = Buffer.from('compressible '.repeat(5_000));
      const noise = randomBytes(3 * 1024 * 1024);
      const kept = randomBytes(1000);
      for (const blob of [text, noise, kept]) await store.put(sha256(blob), blob);
      expect(await store.read(sha256(text), 0, 0)).toBeDefined(); // now in the hot cache too
      const freedText = await store.delete(sha256(text));
      expect(freedText).toBeGreaterThan(0);
      expect(freedText).toBeLessThan(text.length); // stored compressed: that is what it occupied
      expect(await store.delete(sha256(noise))).toBeGreaterThanOrEqual(noise.length);
      expect(await store.delete(sha256(noise))).toBe(0);
      for (const gone of [text, noise]) {
        expect(await store.has(sha256(gone))).toBe(false);
        expect(await store.size(sha256(gone))).toBeUndefined();
        expect(await store.read(sha256(gone), 0, 0)).toBeUndefined();
      }
      expect(await store.missing([sha256(text), sha256(kept)])).toEqual([sha256(text)]);
      await store.put(sha256(text), text);
      expect((await store.read(sha256(text), 0, 0))?.data.equals(text)).toBe(true);
      await store.close();
      store = await subject.reopen();
      expect(await store.has(sha256(noise))).toBe(false);
      expect(await store.has(sha256(kept))).toBe(true);
    });
  });
}
