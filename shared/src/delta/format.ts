import { toHex } from '../digest.js';
import { OtaError } from '../errors.js';

/**
 * The otacast delta patch format, version 1 (docs/protocol.md, "Delta patches").
 *
 *   magic     8  "OTADLT1\n"
 *   oldSize   8  u64 BE: size of the file the patch applies to
 *   newSize   8  u64 BE: size of the file it produces
 *   oldSha256 32
 *   newSha256 32
 *   ctrlBytes 8  u64 BE: length of the compressed control stream that follows
 *   litBytes  8  u64 BE: length of the compressed literal stream after it
 *   control stream: brotli(ops)
 *   literal stream: brotli(inserted bytes, in order)
 *
 * Each op is three varints: INSERT length (bytes taken from the literal
 * stream), COPY length, and the COPY's old offset as a zigzag delta from the
 * old position the previous op left off at (previous copy end + this insert
 * length, so a substitution that keeps the alignment costs a 0). Control and
 * literals are separate streams because they compress far better apart; the
 * applier reads both sequentially, so it needs no more than two brotli windows.
 */
export const DELTA_MAGIC = Buffer.from('OTADLT1\n');
export const DELTA_HEADER_BYTES = DELTA_MAGIC.length + 8 + 8 + 32 + 32 + 8 + 8;

export interface DeltaHeader {
  oldSize: number;
  newSize: number;
  oldSha256: Buffer;
  newSha256: Buffer;
  ctrlBytes: number;
  litBytes: number;
}

export function encodeDeltaHeader(header: DeltaHeader): Buffer {
  const out = Buffer.alloc(DELTA_HEADER_BYTES);
  let at = DELTA_MAGIC.copy(out, 0);
  at = out.writeBigUInt64BE(BigInt(header.oldSize), at);
  at = out.writeBigUInt64BE(BigInt(header.newSize), at);
  at += header.oldSha256.copy(out, at, 0, 32);
  at += header.newSha256.copy(out, at, 0, 32);
  at = out.writeBigUInt64BE(BigInt(header.ctrlBytes), at);
  out.writeBigUInt64BE(BigInt(header.litBytes), at);
  return out;
}

function safeU64(bytes: Buffer, at: number, what: string): number {
  const value = bytes.readBigUInt64BE(at);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new OtaError('OTA_E_PATCH', `delta patch ${what} is out of range`);
  return Number(value);
}

/** Parses and checks a header; `patchSize` is the size of the whole patch blob. */
export function decodeDeltaHeader(bytes: Buffer, patchSize: number): DeltaHeader {
  if (bytes.length < DELTA_HEADER_BYTES || !bytes.subarray(0, DELTA_MAGIC.length).equals(DELTA_MAGIC)) {
    throw new OtaError('OTA_E_PATCH', 'not an otacast delta patch (bad magic)');
  }
  let at = DELTA_MAGIC.length;
  const oldSize = safeU64(bytes, at, 'old size');
  const newSize = safeU64(bytes, (at += 8), 'new size');
  const oldSha256 = Buffer.from(bytes.subarray((at += 8), at + 32));
  const newSha256 = Buffer.from(bytes.subarray((at += 32), at + 32));
  const ctrlBytes = safeU64(bytes, (at += 32), 'control length');
  const litBytes = safeU64(bytes, (at += 8), 'literal length');
  if (DELTA_HEADER_BYTES + ctrlBytes + litBytes !== patchSize) {
    throw new OtaError('OTA_E_PATCH', `delta patch streams add up to ${DELTA_HEADER_BYTES + ctrlBytes + litBytes} bytes, the patch has ${patchSize}`);
  }
  return { oldSize, newSize, oldSha256, newSha256, ctrlBytes, litBytes };
}

/** A growable byte buffer for the control stream (varints). */
export class VarintWriter {
  private bytes = new Uint8Array(4096);
  private length = 0;

  uint(value: number): void {
    if (this.length + 10 > this.bytes.length) {
      const bigger = new Uint8Array(this.bytes.length * 2);
      bigger.set(this.bytes.subarray(0, this.length));
      this.bytes = bigger;
    }
    // Division, not bit shifts: values may exceed 32 bits.
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  /** Zigzag: small negative and positive deltas both stay short. */
  int(value: number): void {
    this.uint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  finish(): Buffer {
    return Buffer.from(this.bytes.buffer, 0, this.length);
  }
}

export function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

/** Identifies a patch by the sha256 of the file it starts from and of the one it produces. */
export function patchPairKey(from: Uint8Array, to: Uint8Array): string {
  return `${toHex(from)}>${toHex(to)}`;
}
