// Reads the .cpuprofile files that `node --cpu-prof` wrote and prints the
// functions with the most self time: where the time goes, without a GUI.
// Also usable alone: node bench/lib/profile-summary.mjs DIR
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function profilesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return profilesUnder(path);
    return name.endsWith('.cpuprofile') ? [path] : [];
  });
}

/** Self time per function (ms), top `limit`, plus the profile's total. */
export function topFunctions(path, limit = 15) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const file = frame.url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, '').replace(/.*\/(broker|client|shared)\/dist\//, '$1/');
    const key = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return { total, top };
}

export function summarizeProfiles(dir, log = console.log) {
  const lines = [];
  for (const path of profilesUnder(dir)) {
    const { total, top } = topFunctions(path);
    lines.push(`${relative(dir, path)} (${total.toFixed(0)} ms sampled)`);
    for (const [key, ms] of top) lines.push(`  ${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
  writeFileSync(join(dir, 'summary.txt'), `${lines.join('\n')}\n`);
  for (const line of lines) log(line);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) summarizeProfiles(process.argv[2] ?? '.');
