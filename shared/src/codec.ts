import './protobuf-numbers.js';
import { otacast } from './gen/otacast.js';
import { OtaError } from './errors.js';

/** The generated protobuf namespace for protocol v1. */
export const pb = otacast.v1;
export type { otacast };

/** What the generated static classes offer that the codec needs. */
export interface MessageType<T> {
  decode(reader: Uint8Array): T;
  encode(message: object): { finish(): Uint8Array };
}

export type DecodeResult<T> = { ok: true; value: T } | { ok: false; error: OtaError };

/**
 * Decodes untrusted bytes. Never throws: an oversized or malformed payload is
 * returned as a coded error the caller can log or report.
 */
export function decode<T>(type: MessageType<T>, bytes: Uint8Array, maxBytes: number, what: string): DecodeResult<T> {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, error: new OtaError('OTA_E_TOO_LARGE', `${what} is ${bytes.byteLength} bytes, limit ${maxBytes}`) };
  }
  try {
    return { ok: true, value: type.decode(bytes) };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, error: new OtaError('OTA_E_DECODE', `malformed ${what}: ${reason}`, { cause: err }) };
  }
}

/** Like decode, but throws the coded error: for call sites that propagate. */
export function decodeOrThrow<T>(type: MessageType<T>, bytes: Uint8Array, maxBytes: number, what: string): T {
  const result = decode(type, bytes, maxBytes, what);
  if (!result.ok) throw result.error;
  return result.value;
}

export function encode<T>(type: MessageType<T>, properties: object): Buffer {
  const bytes = type.encode(properties).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
