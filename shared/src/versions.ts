// semver's functions one by one: its index loads all 47 of its files (~1 MiB of a device's RSS).
import semverCompare from 'semver/functions/compare.js';
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
