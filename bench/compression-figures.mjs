#!/usr/bin/env node
// The figures quoted in docs/protocol.md ("Compressed chunks", "Delta patches"),
// from real npm releases (uncompressed tars, fetched once into .cache/release-pairs/):
//   - per-chunk brotli (the chunk store's own compressBlob, default quality) and
//     gzip -6 of the whole file, as a share of the file size;
//   - for each consecutive pair, the bytes of the chunks that changed beside the
//     delta patch (shared encodeDeltaFile, as the server computes it).
//
//   node bench/compression-figures.mjs     (needs npm run build)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeDeltaFile, indexFile, toHex } from '@otacast/shared';
import { compressBlob } from '../broker/dist/blobs/blob-compression.js';
import { fetchRelease } from '../scripts/fetch-release-pairs.mjs';

const PAIRS = [
  ['typescript', '5.9.2', '5.9.3'],
  ['mqtt', '5.15.2', '5.16.0'],
];

const pct = (part, whole) => `${((part / whole) * 100).toFixed(1)}%`;

/** Stored bytes when each chunk is kept as the chunk store keeps it (compressed when that saves). */
async function perChunkStored(bytes, chunks) {
  let stored = 0;
  for (const c of chunks) {
    const raw = bytes.subarray(c.offset, c.offset + c.length);
    stored += (await compressBlob(raw))?.length ?? raw.length;
  }
  return stored;
}

const work = mkdtempSync(join(tmpdir(), 'otacast-compression-'));
try {
  const [name, , version] = PAIRS[0];
  const tar = `${fetchRelease(name, version)}.tar`;
  const bytes = readFileSync(tar);
  const index = await indexFile(tar);
  const stored = await perChunkStored(bytes, index.chunks);
  const gzip = gzipSync(bytes, { level: 6 }).length;
  console.log(`${name} ${version} tar, ${bytes.length} B, ${index.chunks.length} chunks: per-chunk brotli ${stored} B (${pct(stored, bytes.length)}), gzip -6 of the whole file ${gzip} B (${pct(gzip, bytes.length)})`);

  for (const [pkg, from, to] of PAIRS) {
    const oldTar = `${fetchRelease(pkg, from)}.tar`;
    const newTar = `${fetchRelease(pkg, to)}.tar`;
    const oldDigests = new Set((await indexFile(oldTar)).chunks.map((c) => toHex(c.digest)));
    const next = await indexFile(newTar);
    const newBytes = readFileSync(newTar);
    const changed = next.chunks.filter((c) => !oldDigests.has(toHex(c.digest)));
    const changedBytes = changed.reduce((s, c) => s + c.length, 0);
    const changedStored = await perChunkStored(newBytes, changed);
    const patch = await encodeDeltaFile(oldTar, newTar, join(work, `${pkg}.patch`));
    console.log(
      `${pkg} ${from} → ${to}: ${changed.length} of ${next.chunks.length} chunks changed, ${changedBytes} B (${changedStored} B per-chunk brotli); ` +
        `delta patch ${patch.size} B: ${(changedBytes / patch.size).toFixed(0)}× smaller than the changed chunks, ${(changedStored / patch.size).toFixed(0)}× than them compressed`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
