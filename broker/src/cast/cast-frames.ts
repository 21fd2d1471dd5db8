import { encode, pb, type otacast } from '@otacast/shared';

// Wire key of CastFrame.chunk: (field 2 << 3) | length-delimited.
const CHUNK_KEY = (2 << 3) | 2;

/** A CastFrame carrying an encoded Chunk: the shared whole-blob message behind a 1-byte key and its length. */
export function chunkFrame(chunkMessage: Buffer): Buffer {
  const length: number[] = [];
  for (let rest = chunkMessage.byteLength; ; rest = Math.floor(rest / 0x80)) {
    if (rest < 0x80) {
      length.push(rest);
      break;
    }
    length.push((rest % 0x80) | 0x80);
  }
  return Buffer.concat([Buffer.from([CHUNK_KEY, ...length]), chunkMessage]);
}

export function infoFrame(info: otacast.v1.ICastInfo): Buffer {
  return encode(pb.CastFrame, { info });
}
