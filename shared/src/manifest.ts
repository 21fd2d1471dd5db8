import { decode, encode, pb } from './codec.js';
import { isDigest } from './digest.js';
import { OtaError } from './errors.js';
import { MAX_MANIFEST_BYTES } from './limits.js';
import { isValidName } from './topics.js';
import { isValidRange, isValidVersion } from './versions.js';

export const COMPONENT_TYPES = ['file', 'archive', 'image', 'command', 'agent'] as const;
export type ComponentType = (typeof COMPONENT_TYPES)[number];

const TYPE_TO_WIRE: Record<ComponentType, number> = {
  file: pb.ComponentType.COMPONENT_TYPE_FILE,
  archive: pb.ComponentType.COMPONENT_TYPE_ARCHIVE,
  image: pb.ComponentType.COMPONENT_TYPE_IMAGE,
  command: pb.ComponentType.COMPONENT_TYPE_COMMAND,
  agent: pb.ComponentType.COMPONENT_TYPE_AGENT,
};

export function isComponentType(value: string): value is ComponentType {
  return (COMPONENT_TYPES as readonly string[]).includes(value);
}

/** A component as the rest of the code sees it: validated, no nulls. */
export interface ComponentSpec {
  name: string;
  version: string;
  type: ComponentType;
  size: number;
  sha256: Buffer;
  indexDigest: Buffer;
  indexSize: number;
  requires: Record<string, string>;
  options: Record<string, string>;
}

export interface ReleaseManifest {
  product: string;
  version: string;
  channel: string;
  createdAtMs: number;
  /** 0: never expires. */
  expiresAtMs: number;
  hardware: string[];
  components: ComponentSpec[];
  rollback: boolean;
}

function bad(message: string): OtaError {
  return new OtaError('OTA_E_PROTOCOL', `invalid manifest: ${message}`);
}

function toRecord(map: { [key: string]: string } | null | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(map ?? {}));
}

/** Checks every field; throws OTA_E_PROTOCOL naming the first problem. */
export function validateManifest(m: ReleaseManifest): ReleaseManifest {
  if (!isValidName(m.product)) throw bad(`product "${m.product}"`);
  if (!isValidName(m.channel)) throw bad(`channel "${m.channel}"`);
  if (!isValidVersion(m.version)) throw bad(`version "${m.version}" is not semver`);
  if (m.components.length === 0) throw bad('no components');
  const names = new Set<string>();
  for (const c of m.components) {
    if (!isValidName(c.name)) throw bad(`component name "${c.name}"`);
    if (names.has(c.name)) throw bad(`component "${c.name}" listed twice`);
    names.add(c.name);
    if (!isValidVersion(c.version)) throw bad(`component ${c.name} version "${c.version}" is not semver`);
    if (!isDigest(c.sha256) || !isDigest(c.indexDigest)) throw bad(`component ${c.name} digests must be 32 bytes`);
    if (!Number.isSafeInteger(c.size) || c.size < 0) throw bad(`component ${c.name} size`);
    for (const [other, range] of Object.entries(c.requires)) {
      if (!isValidName(other) || !isValidRange(range)) throw bad(`component ${c.name} requires ${other} "${range}"`);
    }
  }
  return m;
}

export function manifestFromWire(raw: InstanceType<typeof pb.Manifest>): ReleaseManifest {
  const components = (raw.components ?? []).map((c): ComponentSpec => {
    const type = COMPONENT_TYPES.find((t) => TYPE_TO_WIRE[t] === c.type);
    if (!type) throw bad(`component ${c.name ?? '?'} has unknown type ${String(c.type)}`);
    return {
      name: c.name ?? '',
      version: c.version ?? '',
      type,
      size: Number(c.size ?? 0),
      sha256: Buffer.from(c.sha256 ?? []),
      indexDigest: Buffer.from(c.indexDigest ?? []),
      indexSize: Number(c.indexSize ?? 0),
      requires: toRecord(c.requires),
      options: toRecord(c.options),
    };
  });
  return validateManifest({
    product: raw.product,
    version: raw.version,
    channel: raw.channel,
    createdAtMs: Number(raw.createdAtMs),
    expiresAtMs: Number(raw.expiresAtMs),
    hardware: [...raw.hardware],
    components,
    rollback: raw.rollback,
  });
}

/** Decodes and validates manifest bytes; throws a coded error. */
export function parseManifest(bytes: Uint8Array): ReleaseManifest {
  const decoded = decode(pb.Manifest, bytes, MAX_MANIFEST_BYTES, 'manifest');
  if (!decoded.ok) throw decoded.error;
  return manifestFromWire(decoded.value);
}

export function encodeManifest(m: ReleaseManifest): Buffer {
  validateManifest(m);
  return encode(pb.Manifest, {
    ...m,
    components: m.components.map((c) => ({ ...c, type: TYPE_TO_WIRE[c.type] })),
  });
}
