import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { ChunkTable, decodeChunkIndex, encodeChunkIndex, encode, pb, sha256 } from '../src/index.js';

const chunks = Array.from({ length: 50 }, (_, i) => ({ digest: sha256(Buffer.from([i])), length: 1000 + i }));

describe('ChunkTable', () => {
  it('decodes an encoded index with offsets, lengths and digests by position', () => {
    const decoded = ChunkTable.decode(encodeChunkIndex(chunks));
    if (!decoded.ok) throw decoded.error;
    const table = decoded.value;
    expect(table.count).toBe(50);
    expect(table.size).toBe(chunks.reduce((s, c) => s + c.length, 0));
    expect(table.offsetAt(0)).toBe(0);
    expect(table.offsetAt(2)).toBe(1000 + 1001);
    expect(table.lengthAt(49)).toBe(1049);
    expect(table.digestAt(7).equals(chunks[7]?.digest as Buffer)).toBe(true);
    expect(table.digestIs(7, chunks[7]?.digest as Buffer)).toBe(true);
    expect(table.digestIs(7, chunks[8]?.digest as Buffer)).toBe(false);
    expect(table.digestPrefix(3)).toBe((chunks[3]?.digest as Buffer).readUInt32LE(0));
  });

  it('agrees with the generated decoder, unknown fields included', () => {
    const refs = chunks.map((c) => ({ digest: c.digest, length: c.length }));
    // A field this version does not know (3) must be skipped, as the generated decoder does.
    const withUnknown = Buffer.concat([encodeChunkIndex(refs), Buffer.from([0x18, 0x05])]);
    const decoded = decodeChunkIndex(withUnknown);
    if (!decoded.ok) throw decoded.error;
    const generated = pb.ChunkIndex.decode(withUnknown).chunks;
    expect(decoded.value.map((c) => [Buffer.from(c.digest).toString('hex'), c.length])).toEqual(generated.map((c) => [Buffer.from(c.digest ?? []).toString('hex'), c.length]));
    expect(decoded.value[1]?.offset).toBe(1000);
  });

  it('decodes an empty index to an empty table', () => {
    const decoded = ChunkTable.decode(encodeChunkIndex([]));
    expect(decoded.ok && decoded.value.count === 0 && decoded.value.size === 0).toBe(true);
  });

  it('refuses an entry with a short digest or no length (OTA_E_PROTOCOL)', () => {
    const short = ChunkTable.decode(encode(pb.ChunkIndex, { chunks: [...chunks, { digest: randomBytes(31), length: 5 }] }));
    expect(short.ok ? undefined : short.error.code).toBe('OTA_E_PROTOCOL');
    const empty = ChunkTable.decode(encode(pb.ChunkIndex, { chunks: [{ digest: randomBytes(32), length: 0 }] }));
    expect(empty.ok ? undefined : empty.error.code).toBe('OTA_E_PROTOCOL');
  });

  it('refuses malformed bytes (OTA_E_DECODE), never throws', () => {
    const bytes = encodeChunkIndex(chunks);
    for (const cut of [1, 5, 40, bytes.length - 1]) {
      const decoded = ChunkTable.decode(bytes.subarray(0, cut));
      expect(decoded.ok ? undefined : decoded.error.code).toBe('OTA_E_DECODE');
    }
  });

  it('round-trips through fromChunks and toList', () => {
    const list = ChunkTable.fromChunks(chunks).toList();
    expect(list.map((c) => c.length)).toEqual(chunks.map((c) => c.length));
    expect(list[4]?.digest.equals(chunks[4]?.digest as Buffer)).toBe(true);
    expect(list[4]?.offset).toBe(4000 + 6);
  });
});
