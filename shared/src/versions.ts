import semver from 'semver';

/** Release and component versions are semver; "v" prefixes and loose forms are refused. */
export function isValidVersion(version: string): boolean {
  return semver.valid(version) === version;
}

export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}

export function isValidRange(range: string): boolean {
  return semver.validRange(range) !== null;
}

export function satisfies(version: string, range: string): boolean {
  return semver.satisfies(version, range, { includePrerelease: true });
}
