#!/usr/bin/env node
// Fetches real consecutive releases of npm packages into .cache/release-pairs/
// (gitignored) for the delta-patch test and bench/delta-pair.mjs: NAME-VERSION.tgz
// as npm publishes it (the gzip'd full download) and NAME-VERSION.tar, its
// uncompressed tar. Skips what is already there; exits non-zero when a fetch
// fails (the test then fails in CI, and skips loudly elsewhere).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const RELEASE_PAIRS = [['typescript', '5.9.2', '5.9.3']];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RELEASE_PAIRS_DIR = join(root, '.cache', 'release-pairs');

/** `NAME-VERSION.tgz` and `.tar` in RELEASE_PAIRS_DIR, fetched with npm pack unless already there; returns the base path. */
export function fetchRelease(name, version, dir = RELEASE_PAIRS_DIR) {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${name.replace(/[^A-Za-z0-9.-]/g, '_')}-${version}`);
  if (existsSync(`${base}.tar`) && existsSync(`${base}.tgz`)) return base;
  const before = new Set(readdirSync(dir));
  const out = execFileSync('npm', ['pack', `${name}@${version}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8' }).trim().split('\n').at(-1) ?? '';
  // npm names scoped packages scope-name-version.tgz: take what appeared.
  const made = existsSync(join(dir, out)) ? out : readdirSync(dir).find((f) => !before.has(f) && f.endsWith('.tgz'));
  if (!made) throw new Error('npm pack produced no file');
  if (join(dir, made) !== `${base}.tgz`) renameSync(join(dir, made), `${base}.tgz`);
  writeFileSync(`${base}.tar.tmp`, gunzipSync(readFileSync(`${base}.tgz`)));
  renameSync(`${base}.tar.tmp`, `${base}.tar`);
  console.log(`release-pairs: fetched ${name}@${version}`);
  return base;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  for (const [name, ...versions] of RELEASE_PAIRS) {
    for (const version of versions) {
      try {
        fetchRelease(name, version);
      } catch (err) {
        failed = true;
        console.error(`release-pairs: cannot fetch ${name}@${version}: ${err.message}`);
      }
    }
  }
  process.exit(failed ? 1 : 0);
}
