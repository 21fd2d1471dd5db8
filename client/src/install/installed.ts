import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError, isComponentType, writeFileAtomic, type ComponentType } from '@otacast/shared';

export interface InstalledComponent {
  version: string;
  /** sha256 of the installed artifact, hex. */
  sha256: string;
  type: ComponentType;
  /** Its `requires` ranges: a later release that changes another component must still meet them. */
  requires?: Record<string, string>;
}

/** What `STATE/installed.json` records: the last committed release. */
export interface InstalledRelease {
  releaseId: string;
  version: string;
  components: Record<string, InstalledComponent>;
  /**
   * Newest signed creation time of a manifest installed (or adopted as
   * current) here: an older manifest is a replay and is refused
   * (update-steps.ts, refuseReplayed). Absent in records written before it was kept.
   */
  manifestCreatedAtMs?: number;
}

const FILE = 'installed.json';
/** State files are the agent's alone: what they say decides what gets installed (docs/security.md). */
export const STATE_FILE_MODE = 0o600;
const COMMITTING_FILE = 'committing';

function parseInstalled(text: string): InstalledRelease {
  const raw = JSON.parse(text) as Record<string, unknown>;
  if (typeof raw['releaseId'] !== 'string' || typeof raw['version'] !== 'string') throw new Error('releaseId and version are required');
  const components: Record<string, InstalledComponent> = {};
  const rawComponents = (raw['components'] ?? {}) as Record<string, Record<string, unknown>>;
  for (const [name, c] of Object.entries(rawComponents)) {
    const type = String(c['type']);
    if (typeof c['version'] !== 'string' || typeof c['sha256'] !== 'string' || !isComponentType(type)) throw new Error(`component ${name} is invalid`);
    const requires = c['requires'];
    if (requires !== undefined && !isStringMap(requires)) throw new Error(`component ${name} requires is invalid`);
    components[name] = { version: c['version'], sha256: c['sha256'], type, ...(requires ? { requires } : {}) };
  }
  const createdAtMs = raw['manifestCreatedAtMs'];
  if (createdAtMs !== undefined && !(typeof createdAtMs === 'number' && Number.isSafeInteger(createdAtMs) && createdAtMs >= 0)) throw new Error('manifestCreatedAtMs is invalid');
  return { releaseId: raw['releaseId'], version: raw['version'], components, ...(createdAtMs !== undefined ? { manifestCreatedAtMs: createdAtMs } : {}) };
}

function isStringMap(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

/** Reads and writes the installed-release record; written only on commit. */
export class InstalledStore {
  private readonly path: string;
  private readonly committingPath: string;

  constructor(stateDir: string) {
    this.path = join(stateDir, FILE);
    this.committingPath = join(stateDir, COMMITTING_FILE);
  }

  /** The installed release, or undefined on a device that never installed one. */
  async read(): Promise<InstalledRelease | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new OtaError('OTA_E_IO', `cannot read ${this.path}: ${(err as Error).message}`, { cause: err });
    }
    try {
      return parseInstalled(text);
    } catch (err) {
      throw new OtaError('OTA_E_STATE', `${this.path} is invalid: ${(err as Error).message}`, { cause: err });
    }
  }

  async write(installed: InstalledRelease): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(installed, null, 1)}\n`, STATE_FILE_MODE);
  }

  /**
   * The release that passed its health check and whose components are being
   * committed. A restart then finishes the commit rather than checking health
   * again: a second verdict could roll back only the components not yet
   * committed and leave a mix of old and new.
   */
  async committing(): Promise<string | undefined> {
    try {
      return (await readFile(this.committingPath, 'utf8')).trim() || undefined;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new OtaError('OTA_E_IO', `cannot read ${this.committingPath}: ${(err as Error).message}`, { cause: err });
    }
  }

  async setCommitting(releaseId: string | undefined): Promise<void> {
    if (releaseId === undefined) await rm(this.committingPath, { force: true });
    else await writeFileAtomic(this.committingPath, releaseId, STATE_FILE_MODE);
  }
}

/** Component name → version, the shape a DeviceStatus reports. */
export function componentVersions(installed: InstalledRelease | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(installed?.components ?? {}).map(([name, c]) => [name, c.version]));
}
