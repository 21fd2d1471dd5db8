// Test inputs: incompressible images (deterministic, so runs compare), a
// changed copy of one, a compressible tarball, and a real release pair from npm.
import { createCipheriv } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { repoRoot } from './otacast-setup.mjs';
import { warnLoudly } from './tools.mjs';

export const MiB = 1 << 20;

/** AES-CTR keystream: fast, incompressible, identical for the same seed. */
function keystream(seed) {
  const key = Buffer.alloc(16);
  key.write(String(seed));
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(MiB);
  return (n) => cipher.update(n === MiB ? zeros : Buffer.alloc(n));
}

/** A small seeded PRNG for placing edits (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function writeAll(path, produce) {
  const out = createWriteStream(path);
  for (const piece of produce()) if (!out.write(piece)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/** Writes `bytes` of pseudo-random data, streamed (a 1 GiB image never sits in memory). */
export async function randomImage(path, bytes, seed = 1) {
  const next = keystream(seed);
  await writeAll(path, function* () {
    for (let done = 0; done < bytes; done += MiB) yield next(Math.min(MiB, bytes - done));
  });
  return path;
}

/**
 * A new version of an image: `fraction` of its bytes rewritten in runs of
 * 1–16 KiB scattered over the whole file, plus `insertBytes` new bytes inserted
 * a third of the way in (shifting everything after it). Whole file in memory:
 * used for images up to a few hundred MiB.
 */
export async function changedImage(src, dst, { fraction = 0.05, insertBytes = 256 * 1024, seed = 2 } = {}) {
  const data = Buffer.from(readFileSync(src));
  const random = prng(seed);
  const noise = keystream(seed + 1000);
  let changed = 0;
  while (changed < data.length * fraction) {
    const length = 1024 + Math.floor(random() * 15 * 1024);
    const at = Math.floor(random() * (data.length - length));
    noise(length).copy(data, at);
    changed += length;
  }
  const cut = Math.floor(data.length / 3);
  await writeAll(dst, function* () {
    yield data.subarray(0, cut);
    yield noise(insertBytes);
    yield data.subarray(cut);
  });
  return { changedBytes: changed, insertBytes };
}

/** A tarball of real, compressible text: an installed package (JS, .d.ts, docs). */
export function compressibleTarball(path, pkg = 'typescript') {
  const result = spawnSync('tar', ['-cf', path, '--sort=name', '--mtime=2020-01-01', '-C', join(repoRoot, 'node_modules'), pkg], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar failed: ${result.stderr}`);
  return path;
}

export function gzipFile(src, dst) {
  const result = spawnSync('sh', ['-c', 'gzip -9 -n -c "$0" > "$1"', src, dst]);
  if (result.status !== 0) throw new Error('gzip failed');
  return statSync(dst).size;
}

/**
 * Two consecutive releases of a real npm package as uncompressed tars, cached
 * in `cacheDir` (`npm pack` once; later runs need no network). Undefined, with
 * a loud note, when npm cannot fetch them.
 */
export async function realReleasePair(cacheDir, [older, newer]) {
  mkdirSync(cacheDir, { recursive: true });
  const tars = [];
  for (const spec of [older, newer]) {
    const tar = join(cacheDir, `${spec.replace(/[^A-Za-z0-9.-]/g, '_')}.tar`);
    if (!existsSync(tar)) {
      const packed = spawnSync('npm', ['pack', spec, '--silent', '--pack-destination', cacheDir], { encoding: 'utf8', timeout: 120_000 });
      const name = packed.stdout?.trim().split('\n').at(-1);
      if (packed.status !== 0 || !name) {
        warnLoudly(`cannot fetch ${spec} with npm pack (${packed.stderr?.trim().split('\n').at(-1) ?? 'no output'}): the real-pair delta row is SKIPPED`);
        return undefined;
      }
      await pipeline(createReadStream(join(cacheDir, name)), createGunzip(), createWriteStream(`${tar}.tmp`));
      renameSync(`${tar}.tmp`, tar);
    }
    tars.push(tar);
  }
  return { older: tars[0], newer: tars[1], names: [older, newer] };
}
