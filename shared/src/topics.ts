/**
 * Topic builders and parsers for protocol v1. The version is part of every
 * topic so that a v2 can live beside v1 on the same broker.
 */
export const TOPIC_ROOT = 'otacast/v1';

/** Ids, products and channels become topic levels: keep them to a safe set. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isValidName(value: string): boolean {
  return NAME_PATTERN.test(value);
}

function level(value: string, what: string): string {
  if (!isValidName(value)) throw new TypeError(`invalid ${what} "${value}": use letters, digits, ".", "_" or "-" (max 128)`);
  return value;
}

export const topics = {
  release: (product: string, channel: string) => `${TOPIC_ROOT}/rel/${level(product, 'product')}/${level(channel, 'channel')}`,
  deviceRequest: (deviceId: string) => `${TOPIC_ROOT}/dev/${level(deviceId, 'device id')}/req`,
  deviceChunk: (deviceId: string) => `${TOPIC_ROOT}/dev/${level(deviceId, 'device id')}/chunk`,
  deviceStatus: (deviceId: string) => `${TOPIC_ROOT}/dev/${level(deviceId, 'device id')}/status`,
  deviceCommand: (deviceId: string) => `${TOPIC_ROOT}/dev/${level(deviceId, 'device id')}/cmd`,
  deviceAssign: (deviceId: string) => `${TOPIC_ROOT}/dev/${level(deviceId, 'device id')}/assign`,
  cast: (product: string, version: string) => `${TOPIC_ROOT}/cast/${level(product, 'product')}/${level(version, 'version')}`,
  apiRequest: (clientId: string) => `${TOPIC_ROOT}/api/${level(clientId, 'client id')}/req`,
  apiResponse: (clientId: string) => `${TOPIC_ROOT}/api/${level(clientId, 'client id')}/res`,
  /** The product's root-signed keyring, retained (docs/security.md, "Rotating trust"). */
  trust: (product: string) => `${TOPIC_ROOT}/trust/${level(product, 'product')}`,
} as const;

export type ParsedTopic =
  | { kind: 'release'; product: string; channel: string }
  | { kind: 'device'; deviceId: string; leaf: DeviceLeaf }
  | { kind: 'cast'; product: string; version: string }
  | { kind: 'api'; clientId: string; leaf: 'req' | 'res' }
  | { kind: 'trust'; product: string };

const DEVICE_LEAVES = new Set(['req', 'chunk', 'status', 'cmd', 'assign']);
export type DeviceLeaf = 'req' | 'chunk' | 'status' | 'cmd' | 'assign';

/** Parses a concrete (wildcard-free) v1 topic; returns undefined for anything else. */
export function parseTopic(topic: string): ParsedTopic | undefined {
  const parts = topic.split('/');
  if (parts.length === 4 && parts[2] === 'trust') return parseTrustTopic(parts);
  if (parts.length !== 5 || `${parts[0]}/${parts[1]}` !== TOPIC_ROOT) return undefined;
  const [, , kind, a = '', b = ''] = parts;
  if (!isValidName(a)) return undefined;
  switch (kind) {
    case 'rel':
      return isValidName(b) ? { kind: 'release', product: a, channel: b } : undefined;
    case 'cast':
      return isValidName(b) ? { kind: 'cast', product: a, version: b } : undefined;
    case 'dev':
      return DEVICE_LEAVES.has(b) ? { kind: 'device', deviceId: a, leaf: b as DeviceLeaf } : undefined;
    case 'api':
      return b === 'req' || b === 'res' ? { kind: 'api', clientId: a, leaf: b } : undefined;
    default:
      return undefined;
  }
}

/** otacast/v1/trust/{product}: the one v1 topic with four levels. */
function parseTrustTopic(parts: readonly string[]): ParsedTopic | undefined {
  const [root, version, , product = ''] = parts;
  return `${root}/${version}` === TOPIC_ROOT && isValidName(product) ? { kind: 'trust', product } : undefined;
}
