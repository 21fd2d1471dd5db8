import { OtaError, compareVersions, satisfies, toHex, type ComponentSpec, type ComponentType, type ReleaseManifest } from '@otacast/shared';
import type { InstalledRelease } from '../install/installed.js';

export interface CheckContext {
  product: string;
  channel: string;
  /** This device's hardware id; a release with a hardware list must name it. */
  hardware?: string | undefined;
  installed: InstalledRelease | undefined;
  /** Component types this agent has an installer for. */
  installable: readonly ComponentType[];
  nowMs: number;
}

export type CheckResult =
  | { kind: 'current' }
  /** `components`: the ones whose content differs from what is installed. */
  | { kind: 'update'; components: ComponentSpec[] };

/** Components of `manifest` whose sha256 differs from the installed one. */
function changedComponents(manifest: ReleaseManifest, installed: InstalledRelease | undefined): ComponentSpec[] {
  return manifest.components.filter((c) => installed?.components[c.name]?.sha256 !== toHex(c.sha256));
}

/**
 * Decides whether a verified release may be applied, in the order the
 * protocol fixes (product, expiry, hardware and requires, version order).
 * Throws a coded error for a refusal; never touches anything on disk.
 */
export function checkRelease(manifest: ReleaseManifest, releaseId: string, ctx: CheckContext): CheckResult {
  if (manifest.product !== ctx.product || manifest.channel !== ctx.channel) {
    throw new OtaError('OTA_E_PRODUCT', `release is for ${manifest.product}/${manifest.channel}, this device runs ${ctx.product}/${ctx.channel}`);
  }
  if (manifest.expiresAtMs > 0 && manifest.expiresAtMs <= ctx.nowMs) {
    throw new OtaError('OTA_E_EXPIRED', `release ${manifest.version} expired at ${new Date(manifest.expiresAtMs).toISOString()}`);
  }
  if (manifest.hardware.length > 0 && (ctx.hardware === undefined || !manifest.hardware.includes(ctx.hardware))) {
    throw new OtaError('OTA_E_INCOMPATIBLE', `release ${manifest.version} runs on ${manifest.hardware.join(', ')}, this device is ${ctx.hardware ?? 'unspecified (--hardware)'}`);
  }
  const changed = changedComponents(manifest, ctx.installed);
  for (const c of changed) {
    if (!ctx.installable.includes(c.type)) throw new OtaError('OTA_E_INCOMPATIBLE', `component ${c.name} has type ${c.type}, which this agent cannot install`);
  }
  checkRequires(manifest, ctx.installed);

  const installed = ctx.installed;
  if (installed?.releaseId === releaseId || (installed !== undefined && changed.length === 0)) return { kind: 'current' };
  if (installed !== undefined && !manifest.rollback && compareVersions(manifest.version, installed.version) < 0) {
    throw new OtaError('OTA_E_DOWNGRADE', `release ${manifest.version} is older than installed ${installed.version} and not signed as a rollback`);
  }
  return { kind: 'update', components: changed };
}

/**
 * Every `requires` range must hold over the set the device would end up with
 * (installed components + the release's): the release's own constraints and
 * those of installed components it leaves in place. The error names the
 * violated constraint, e.g. `app 2.1.0 requires runtime >=3.11 <3.13,
 * resulting set has runtime 3.10.4`.
 */
function checkRequires(manifest: ReleaseManifest, installed: InstalledRelease | undefined): void {
  const resulting = new Map<string, { version: string; requires: Record<string, string>; kept: boolean }>();
  for (const [name, c] of Object.entries(installed?.components ?? {})) resulting.set(name, { version: c.version, requires: c.requires ?? {}, kept: true });
  for (const c of manifest.components) resulting.set(c.name, { version: c.version, requires: c.requires, kept: false });
  for (const [name, c] of resulting) {
    for (const [other, range] of Object.entries(c.requires)) {
      const found = resulting.get(other)?.version;
      if (found !== undefined && satisfies(found, range)) continue;
      const who = `${name} ${c.version}${c.kept ? ' (installed)' : ''}`;
      throw new OtaError('OTA_E_INCOMPATIBLE', `${who} requires ${other} ${range}, resulting set has ${found === undefined ? `no ${other}` : `${other} ${found}`}`, {
        details: { component: name, version: c.version, requires: other, range, ...(found !== undefined ? { found } : {}) },
      });
    }
  }
}
