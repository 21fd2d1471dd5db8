import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { encode, pb } from '@otacast/shared';
import { encodeDataChunk, type DataChunk } from '../src/serve/chunk-message.js';

describe('encodeDataChunk', () => {
  const digest = randomBytes(32);
  const cases: [string, DataChunk][] = [
    ['a whole raw chunk', { digest, offset: 0, data: randomBytes(65_536), encoding: pb.ChunkEncoding.CHUNK_ENCODING_RAW, blobSize: 65_536 }],
    ['a brotli chunk', { digest, offset: 0, data: randomBytes(1000), encoding: pb.ChunkEncoding.CHUNK_ENCODING_BROTLI, blobSize: 4000 }],
    ['a piece far into a large blob', { digest, offset: 3 * 2 ** 40 + 17, data: randomBytes(1024 * 1024), encoding: pb.ChunkEncoding.CHUNK_ENCODING_RAW, blobSize: 2 ** 52 }],
    ['an empty piece at the end', { digest, offset: 127, data: Buffer.alloc(0), encoding: pb.ChunkEncoding.CHUNK_ENCODING_RAW, blobSize: 127 }],
    ['an empty blob', { digest, offset: 0, data: Buffer.alloc(0), encoding: pb.ChunkEncoding.CHUNK_ENCODING_RAW, blobSize: 0 }],
    ['varint edges', { digest, offset: 128, data: randomBytes(127), encoding: pb.ChunkEncoding.CHUNK_ENCODING_RAW, blobSize: 16_384 }],
  ];

  it.each(cases)('encodes %s to the bytes protobufjs makes', (_name, chunk) => {
    const ours = encodeDataChunk(chunk);
    expect(ours.equals(encode(pb.Chunk, chunk))).toBe(true);
    const back = pb.Chunk.decode(ours);
    expect(Buffer.from(back.data).equals(Buffer.from(chunk.data))).toBe(true);
    expect(Number(back.offset)).toBe(chunk.offset);
    expect(Number(back.blobSize)).toBe(chunk.blobSize);
  });

  it('refuses a negative or fractional offset with OTA_E_INTERNAL', () => {
    expect(() => encodeDataChunk({ digest, offset: -1, data: Buffer.alloc(1), encoding: 0, blobSize: 1 })).toThrow(expect.objectContaining({ code: 'OTA_E_INTERNAL' }));
    expect(() => encodeDataChunk({ digest, offset: 0.5, data: Buffer.alloc(1), encoding: 0, blobSize: 1 })).toThrow(expect.objectContaining({ code: 'OTA_E_INTERNAL' }));
  });
});
