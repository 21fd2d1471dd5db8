// semver's functions one by one: its index loads all 47 of its files (~1 MiB of a device's RSS).
import semverCompare from 'semver/functions/compare.js';
import semverInc from 'semver/functions/inc.js';
import semverPrerelease from 'semver/functions/prerelease.js';
import semverSatisfies from 'semver/functions/satisfies.js';
import semverValid from 'semver/functions/valid.js';
import semverValidRange from 'semver/ranges/valid.js';

/** Release and component versions are semver; "v" prefixes and loose forms are refused. */
export function isValidVersion(version: string): boolean {
  return semverValid(version) === version;
}

export function compareVersions(a: string, b: string): number {
  return semverCompare(a, b);
}

export function isValidRange(range: string): boolean {
  return semverValidRange(range) !== null;
}

export function satisfies(version: string, range: string): boolean {
  return semverSatisfies(version, range, { includePrerelease: true });
}

/** The next version to suggest after `version`: 1.2.3 → 1.2.4, 1.2.3-rc.1 → 1.2.3-rc.2. */
export function nextVersion(version: string): string {
  return semverInc(version, semverPrerelease(version) === null ? 'patch' : 'prerelease') ?? version;
}
