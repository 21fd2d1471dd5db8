/** Defaults shared by server and device; each is overridable where it is used. */
export const KiB = 1024;
export const MiB = 1024 * KiB;

/** Largest MQTT packet the server accepts; larger ones are refused before buffering. */
export const DEFAULT_MAX_PACKET_BYTES = 4 * MiB;
/** FastCDC target average chunk size; min is avg/4, max is avg*4. */
export const DEFAULT_AVG_CHUNK_BYTES = 64 * KiB;
/** Largest range of a blob sent in one Chunk or PutBlob message. */
export const MAX_RANGE_BYTES = 1 * MiB;
/** Largest manifest accepted (the target is well under 4 KiB). */
export const MAX_MANIFEST_BYTES = 256 * KiB;
/** Largest control message (status, command, chunk request). */
export const MAX_CONTROL_BYTES = 64 * KiB;

/** Ranges one ChunkRequest may ask for; the server refuses more (OTA_E_PROTOCOL). */
export const MAX_RANGES_PER_REQUEST = 64;
/** Patch queries one ChunkRequest may carry. */
export const MAX_PATCH_QUERIES_PER_REQUEST = 16;
/** Digests one MissingBlobs request may carry; the SDK splits longer lists. */
export const MAX_DIGESTS_PER_REQUEST = 8192;
/** Largest chunk index of one component (64 MiB lists ~1.7 M chunks): larger ones are refused rather than loaded. */
export const MAX_CHUNK_INDEX_BYTES = 64 * MiB;
/** Largest chunk a device assembles in memory before checking its digest (FastCDC's max is avg × 4 = 256 KiB by default). */
export const MAX_CHUNK_BYTES = 16 * MiB;
/** Largest first packet (the CONNECT: client id, credentials, a will) before a connection is authenticated. */
export const DEFAULT_MAX_CONNECT_BYTES = 8 * KiB;
/** Time a new connection has to send a complete CONNECT. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** Open MQTT connections the server accepts in total, and from one remote address (NAT gateways share one). */
export const DEFAULT_MAX_CONNECTIONS = 10_000;
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 2_000;
/** Bytes waiting in one client's socket beyond which QoS 0 messages are dropped and QoS 1 ones disconnect it. */
export const DEFAULT_MAX_QUEUED_BYTES_PER_CLIENT = 4 * MiB;
/** A client whose socket has not drained for this long is disconnected (Aedes' own default). */
export const DEFAULT_STALL_TIMEOUT_MS = 60_000;
/** What a device may publish: sustained rate, with bursts of CLIENT_RATE_BURST_SECONDS at that rate. */
export const DEFAULT_CLIENT_MESSAGES_PER_SEC = 500;
export const DEFAULT_CLIENT_BYTES_PER_SEC = 1 * MiB;
export const CLIENT_RATE_BURST_SECONDS = 2;
/** Longest status message (UTF-8 bytes) a device sends and the server stores; longer ones are cut with a marker. */
export const MAX_STATUS_MESSAGE_BYTES = 1 * KiB;
const TRUNCATED_MARKER = ' …[truncated]';
/** `message` cut to MAX_STATUS_MESSAGE_BYTES at a character boundary, marker included; shorter ones as they are. */
export function capStatusMessage(message: string): string {
  const bytes = Buffer.from(message, 'utf8');
  if (bytes.length <= MAX_STATUS_MESSAGE_BYTES) return message;
  let end = MAX_STATUS_MESSAGE_BYTES - Buffer.byteLength(TRUNCATED_MARKER);
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--; // never split a UTF-8 sequence
  return `${bytes.subarray(0, end).toString('utf8')}${TRUNCATED_MARKER}`;
}
/** Expiry of a rollback-signed manifest when the publisher sets none: a replay of it stops working soon. */
export const DEFAULT_ROLLBACK_EXPIRY_SECONDS = 7 * 24 * 3600;
/** Largest signed keyring accepted (a few hundred bytes per key); larger ones are refused before decoding. */
export const MAX_KEYRING_BYTES = 16 * KiB;
/** Publisher keys one keyring may list. */
export const MAX_KEYRING_KEYS = 64;
/** Audit log entries the registry keeps (older are pruned), and the most one `otacast audit` / GET /api/v1/audit answer carries. */
export const AUDIT_LOG_ENTRIES = 100_000;
export const MAX_AUDIT_ENTRIES_PER_REQUEST = 10_000;
