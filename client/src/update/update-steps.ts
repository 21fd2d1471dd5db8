import { readdir } from 'node:fs/promises';
import { exists, OtaError, toHex, unverifiedManifestOf, verifySignedManifest, type ComponentSpec, type ComponentType, type Logger, type ReleaseManifest } from '@otacast/shared';
import type { ArtifactStore } from '../assemble/artifact-store.js';
import type { Downloader } from '../assemble/downloader.js';
import type { HealthCheck } from './health-check.js';
import type { InstalledRelease, InstalledStore } from '../install/installed.js';
import type { Installer, InstallerRegistry } from '../install/index.js';
import { removeTree } from '../install/fs-util.js';
import { checkRelease, type CheckResult } from './release-check.js';
import type { TrustSource } from './trust-store.js';
import { join } from 'node:path';

export interface StepsOptions {
  product: string;
  channel: string;
  hardware?: string | undefined;
  rootDir: string;
  /** Keys and threshold, asked at each check: a keyring may have rotated them (trust-store.ts). */
  trust: TrustSource;
  installedStore: InstalledStore;
  artifacts: ArtifactStore;
  downloader: Downloader;
  installers: InstallerRegistry;
  healthCheck: HealthCheck;
  logger: Logger;
}

/** The release an update is about, as saved in state.json. */
export interface ReleaseRef {
  releaseId: string;
  signedManifest: Buffer;
}

/**
 * What each state of the update does. Every step reads what it needs from
 * disk and may run again after a restart: the runner decides which runs.
 */
export class UpdateSteps {
  constructor(private readonly options: StepsOptions) {}

  /** CHECKING: the full verification — signatures by the trusted keys (threshold), then the release checks. */
  check(ref: ReleaseRef, installed: InstalledRelease | undefined): { manifest: ReleaseManifest; result: CheckResult } {
    const verified = this.verified(ref);
    const { product, channel, hardware } = this.options;
    const installable = Object.keys(this.options.installers) as ComponentType[];
    const result = checkRelease(verified.manifest, ref.releaseId, { product, channel, hardware, installed, installable, nowMs: Date.now() });
    if (result.kind === 'update') refuseReplayed(verified.manifest, installed);
    // Installers validate their options when built: a bad slot path or timeout fails here, before any download.
    if (result.kind === 'update') for (const c of result.components) this.installerFor(c);
    return { manifest: verified.manifest, result };
  }

  /**
   * On resume, before any step runs again: the saved manifest must verify
   * against the trusted keys, be the release the state names, and not be a
   * replay. Throws the coded reason; the runner then discards the state.
   */
  verifySaved(ref: ReleaseRef, installed: InstalledRelease | undefined): void {
    const verified = this.verified(ref);
    if (verified.releaseId !== ref.releaseId) throw new OtaError('OTA_E_STATE', `saved state names release ${ref.releaseId}, its manifest is release ${verified.releaseId}`);
    refuseReplayed(verified.manifest, installed);
  }

  /** Signatures by the keys trusted now, with their threshold (a keyring may have rotated them). */
  private verified(ref: ReleaseRef): ReturnType<typeof verifySignedManifest> {
    const { keys, threshold } = this.options.trust.policy();
    return verifySignedManifest(ref.signedManifest, keys, threshold);
  }

  async download(ref: ReleaseRef, components: readonly ComponentSpec[]): Promise<void> {
    await this.pruneDownloads(ref.releaseId);
    await this.options.downloader.download(ref.releaseId, components);
  }

  async verify(ref: ReleaseRef, components: readonly ComponentSpec[]): Promise<void> {
    for (const c of components) await this.options.downloader.verify(ref.releaseId, c);
  }

  /** INSTALLING: stage everything first, so a bad artifact fails before anything live changes; then switch. */
  async install(ref: ReleaseRef, components: readonly ComponentSpec[]): Promise<void> {
    const installers = components.map((c) => [c, this.installerFor(c)] as const);
    for (const [c, installer] of installers) await installer.prepare(this.options.downloader.partPath(ref.releaseId, c.name), c);
    for (const [c, installer] of installers) {
      await installer.activate();
      this.options.logger.info('activated', { component: c.name, version: c.version });
    }
  }

  /** AWAITING_COMMIT: health check, then commit and record the installed release. */
  async commit(ref: ReleaseRef, manifest: ReleaseManifest, components: readonly ComponentSpec[]): Promise<InstalledRelease> {
    const previous = await this.options.installedStore.read();
    const next = installedAfter(ref.releaseId, manifest, previous);
    const versions = Object.fromEntries(Object.entries(next.components).map(([name, c]) => [name, c.version]));
    const { installedStore } = this.options;
    if ((await installedStore.committing()) !== ref.releaseId) {
      for (const c of components) await this.installerFor(c).healthy?.();
      await this.options.healthCheck({ version: manifest.version, components: versions, root: this.options.rootDir });
      await installedStore.setCommitting(ref.releaseId);
    }
    for (const c of components) await this.installerFor(c).commit();
    const { downloader, artifacts } = this.options;
    for (const c of components) {
      const part = downloader.partPath(ref.releaseId, c.name);
      // Already moved if a restart interrupted an earlier commit.
      if (await exists(part)) await artifacts.keep(c.name, part, downloader.indexPath(ref.releaseId, c.name));
    }
    await installedStore.write(next);
    await installedStore.setCommitting(undefined);
    await downloader.remove(ref.releaseId);
    return next;
  }

  /** ROLLING_BACK: every changed component back to what it was, last activated first. */
  async rollback(ref: ReleaseRef, components: readonly ComponentSpec[]): Promise<void> {
    for (const c of [...components].reverse()) {
      await this.installerFor(c).rollback();
      this.options.logger.warn('rolled back', { component: c.name });
    }
    await this.options.installedStore.setCommitting(undefined);
    await this.options.downloader.remove(ref.releaseId);
  }

  /** After activation or rollback: whether the agent must restart to run what is now live (an `agent` component). */
  async restartNeeded(components: readonly ComponentSpec[]): Promise<boolean> {
    for (const c of components) if (await this.installerFor(c).restartNeeded?.()) return true;
    return false;
  }

  /** "Already current" under another release id (same content re-published): record the new id. */
  async adoptCurrent(ref: ReleaseRef, manifest: ReleaseManifest, installed: InstalledRelease): Promise<InstalledRelease> {
    if (installed.releaseId === ref.releaseId) return installed;
    const next = installedAfter(ref.releaseId, manifest, installed);
    await this.options.installedStore.write(next);
    return next;
  }

  private installerFor(component: ComponentSpec): Installer {
    const factory = this.options.installers[component.type];
    if (!factory) throw new OtaError('OTA_E_INCOMPATIBLE', `no installer for component type ${component.type}`);
    return factory({ root: this.options.rootDir, component, logger: this.options.logger });
  }

  /** Partial downloads of other releases will never be resumed: free their space. */
  private async pruneDownloads(keep: string): Promise<void> {
    const dir = join(this.options.downloader.dirOf(keep), '..');
    for (const name of await readdir(dir).catch(() => [] as string[])) if (name !== keep) await removeTree(join(dir, name));
  }
}

/** What the runner needs from the steps: a port, so tests can inject a fault at each one. */
export type Steps = Pick<UpdateSteps, 'check' | 'verifySaved' | 'download' | 'verify' | 'install' | 'commit' | 'rollback' | 'adoptCurrent'> & Partial<Pick<UpdateSteps, 'restartNeeded'>>;

/**
 * The manifest from saved signed-manifest bytes, without re-checking the
 * signature: it was verified in CHECKING before being saved, and again when
 * a restart resumed it (UpdateSteps.verifySaved).
 */
export function savedManifest(signedManifest: Buffer): ReleaseManifest {
  return unverifiedManifestOf(signedManifest, 'saved manifest');
}

export function componentsNamed(manifest: ReleaseManifest, names: readonly string[]): ComponentSpec[] {
  return names.map((name) => {
    const spec = manifest.components.find((c) => c.name === name);
    if (!spec) throw new OtaError('OTA_E_STATE', `saved state names component ${name}, which the release does not have`);
    return spec;
  });
}

/**
 * A manifest signed before the newest one installed here is an old one
 * replayed (issue 11, hole 2), e.g. a rollback release committed again by
 * someone without the key: refused, rollback flag or not. The signed creation
 * time decides, not the version, so a rollback cannot be replayed either.
 */
export function refuseReplayed(manifest: ReleaseManifest, installed: InstalledRelease | undefined): void {
  const newest = installed?.manifestCreatedAtMs;
  if (installed === undefined || newest === undefined || manifest.createdAtMs >= newest) return;
  const at = (ms: number) => new Date(ms).toISOString();
  throw new OtaError(
    'OTA_E_REPLAYED_MANIFEST',
    `release ${manifest.version} was signed at ${at(manifest.createdAtMs)}, before the installed ${installed.version} (signed at ${at(newest)}): an old manifest replayed; refused, ${installed.version} stays`,
  );
}

function installedAfter(releaseId: string, manifest: ReleaseManifest, previous: InstalledRelease | undefined): InstalledRelease {
  const components = { ...previous?.components };
  for (const c of manifest.components) {
    const requires = Object.keys(c.requires).length > 0 ? { requires: c.requires } : {};
    components[c.name] = { version: c.version, sha256: toHex(c.sha256), type: c.type, ...requires };
  }
  // Only ever rises: adopting an older same-content manifest as current must not lower the bar for replays.
  const manifestCreatedAtMs = Math.max(previous?.manifestCreatedAtMs ?? 0, manifest.createdAtMs);
  return { releaseId, version: manifest.version, components, manifestCreatedAtMs };
}
