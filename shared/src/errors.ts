/**
 * Every failure otacast reports carries one of these codes, grouped by area
 * (fastify's lib/errors.js pattern). Tests and devices branch on the code,
 * never on message text. docs/errors.md has one section per area, and a test
 * checks the two against each other in both directions.
 */
export const ERROR_AREAS = {
  /** A command line, flag or config value is wrong: exit 2, fix the call. */
  usage: {
    OTA_E_USAGE: 'bad command-line usage',
  },
  /** A message broke the protocol: the sender gets the code, nothing else is affected. */
  wire: {
    OTA_E_DECODE: 'message could not be decoded',
    OTA_E_TOO_LARGE: 'message or packet exceeds the size limit',
    OTA_E_PROTOCOL: 'message breaks the protocol',
  },
  /** Who may connect and do what, and what one client may cost (docs/security.md, "Hostile clients"). */
  access: {
    OTA_E_AUTH: 'authentication failed',
    OTA_E_FORBIDDEN: 'not authorized for this topic or action',
    OTA_E_CONNECT: 'could not connect to the server',
    OTA_E_RATE_LIMIT: 'client sent more messages or bytes per second than allowed',
    OTA_E_SLOW_CLIENT: 'client stopped reading what the server sends it',
    OTA_E_CONNECTION_LIMIT: 'too many connections, or CONNECT not completed in time',
    OTA_E_TLS: 'TLS certificate, key or CA unusable, or a TLS handshake refused',
  },
  /** Signatures, keys, digests, freshness: a release that fails these is never installed. */
  trust: {
    OTA_E_SIGNATURE: 'manifest signature is invalid',
    OTA_E_UNTRUSTED_KEY: 'manifest is not signed by a trusted key',
    OTA_E_KEY: 'signing key could not be read',
    OTA_E_DIGEST: 'content does not match its sha256 digest',
    OTA_E_EXPIRED: 'manifest has expired',
    OTA_E_DOWNGRADE: 'release would downgrade without being signed as a rollback',
    OTA_E_REPLAYED_MANIFEST: 'manifest was signed before the one installed or current (a replay)',
    OTA_E_THRESHOLD: 'manifest carries fewer valid signatures by trusted keys than the keyring threshold',
    OTA_E_KEYRING: 'keyring is malformed, for another product, or not signed by the pinned root key',
    OTA_E_KEYRING_VERSION: 'keyring version is not higher than the one already in force (a replay)',
  },
  /** Publishing and choosing a release. */
  release: {
    OTA_E_PRODUCT: 'release is for another product or channel',
    OTA_E_INCOMPATIBLE: 'release is incompatible with this device',
    OTA_E_NOT_FOUND: 'no such blob, release or device',
    OTA_E_MISSING_BLOBS: 'release references blobs the server does not hold',
    OTA_E_VERSION_EXISTS: 'this version was already published with other content',
    OTA_E_BAD_RELEASE: 'release description is invalid',
    OTA_E_RELEASE_YANKED: 'the release was yanked: it is no longer offered or rolled out',
  },
  /** Applying a release on the device; the installed version stays intact. */
  install: {
    OTA_E_INSTALL: 'installing the release failed',
    OTA_E_HEALTH: 'health check failed after activation',
    OTA_E_PATCH: 'delta patch is malformed or does not apply to the installed version',
    OTA_E_STATE: 'persisted state is invalid',
    OTA_E_AGENT_START: 'a newly installed agent did not start or commit; the launcher put the previous agent back',
  },
  /** Devices and rollouts (docs/fleet.md). */
  fleet: {
    OTA_E_EXISTS: 'it already exists',
    OTA_E_ROLLOUT_ACTIVE: 'the channel already has an active rollout',
    OTA_E_ROLLOUT_STATE: 'the rollout is not in a state this command applies to',
    OTA_E_CANCELLED: 'the rollout withdrew this release before it was installed',
    OTA_E_ROLLOUT_BUSY: 'another worker is stepping this rollout',
    OTA_E_DUPLICATE_DEVICE: 'two agents use one device id and take turns on its connection',
  },
  /** Time, disk, processes, bugs. */
  system: {
    OTA_E_TIMEOUT: 'operation timed out',
    OTA_E_IO: 'file system operation failed',
    OTA_E_DISK_FULL: 'no space left on device',
    OTA_E_DATA_DIR_IN_USE: 'the data directory is used by another running server',
    OTA_E_REGISTRY_UNAVAILABLE: 'the registry database cannot be reached',
    OTA_E_BLOBS_UNAVAILABLE: 'the blob store (S3 bucket) cannot be reached or refused the request',
    OTA_E_STATE_DIR_IN_USE: 'the state directory is used by another running agent',
    OTA_E_INTERNAL: 'internal error',
  },
} as const;

export type ErrorArea = keyof typeof ERROR_AREAS;


export type ErrorCode = { [A in ErrorArea]: keyof (typeof ERROR_AREAS)[A] }[ErrorArea];

/** Every code with what it means. */
export const ERROR_CODES: Readonly<Record<ErrorCode, string>> = Object.assign({}, ...Object.values(ERROR_AREAS)) as Record<ErrorCode, string>;

/** The area a code belongs to. */
export function areaOf(code: ErrorCode): ErrorArea {
  return (Object.keys(ERROR_AREAS) as ErrorArea[]).find((area) => Object.hasOwn(ERROR_AREAS[area], code)) as ErrorArea;
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_CODES, value);
}

export class OtaError extends Error {
  override readonly name = 'OtaError';
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message?: string, options?: { cause?: unknown; details?: Record<string, unknown> }) {
    super(message ?? ERROR_CODES[code], options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options?.details ?? {};
  }

  /** One line for a CLI or a log: `OTA_E_CODE: message`. */
  toLine(): string {
    return `${this.code}: ${this.message}`;
  }
}

/**
 * Turns anything thrown into an OtaError, mapping well-known Node errno codes
 * (a full disk, a missing file) to our codes so callers handle one type.
 */
export function toOtaError(err: unknown, fallback: ErrorCode = 'OTA_E_INTERNAL'): OtaError {
  if (err instanceof OtaError) return err;
  const errno = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  const message = err instanceof Error ? err.message : String(err);
  if (errno === 'ENOSPC' || errno === 'EDQUOT') return new OtaError('OTA_E_DISK_FULL', message, { cause: err });
  if (errno.startsWith('E') && errno.length > 2 && fallback === 'OTA_E_INTERNAL') return new OtaError('OTA_E_IO', message, { cause: err });
  return new OtaError(fallback, message, { cause: err });
}
