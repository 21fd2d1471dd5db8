#!/usr/bin/env node
// `npm run bench [-- --quick] [--only a,b] [--no-build] [--keep] [--profile]`:
// builds, runs each scenario of bench/scenarios/ beside its same-run
// baselines, prints a table and writes bench/results/latest.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureTools } from './lib/tools.mjs';
import { killChildren } from './lib/children.mjs';
import { printTable, skipped, writeJson } from './lib/report.mjs';
import { performance } from 'node:perf_hooks';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCENARIOS = ['single-device', 'fleet', 'fleet-cast', 'scale-out', 'delta', 'flaky-link', 'agent-memory', 'publish', 'rollout', 'publish-to-installed', 'ten-thousand'];

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: join(repoRoot, 'bench', 'results', 'latest.json') },
  },
});
const chosen = flags.only ? flags.only.split(',') : SCENARIOS;
for (const name of chosen) if (!SCENARIOS.includes(name)) throw new Error(`unknown scenario ${name}; known: ${SCENARIOS.join(', ')}`);

if (!flags['no-build']) {
  // tsc -b is incremental: a no-op when dist is up to date.
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const tools = ensureTools();
const work = mkdtempSync(join(tmpdir(), 'otacast-bench-'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    killChildren();
    if (!flags.keep) rmSync(work, { recursive: true, force: true });
    process.exit(130);
  });
}
const ctx = {
  quick: flags.quick,
  tools,
  cacheDir: join(repoRoot, 'bench', '.cache'),
  profileDir: flags.profile ? join(repoRoot, 'bench', 'results', 'profiles') : undefined,
  log: (message) => process.stderr.write(`bench: ${message}\n`),
};
if (ctx.profileDir) mkdirSync(ctx.profileDir, { recursive: true });

const rows = [];
let failures = 0;
const started = performance.now();
try {
  for (const name of chosen) {
    // Imported after the build: scenarios load the workspaces' dist/.
    const scenario = await import(`./scenarios/${name}.mjs`);
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    const t0 = performance.now();
    ctx.log(`${name}: ${scenario.title}${flags.quick ? ' (quick)' : ''}`);
    try {
      rows.push(...(await scenario.run({ ...ctx, work: dir })));
    } catch (err) {
      failures++;
      killChildren();
      ctx.log(`${name} FAILED: ${err.stack ?? err}`);
      rows.push(skipped(name, `scenario failed: ${String(err.message ?? err).split('\n')[0]}`));
    }
    ctx.log(`${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    if (!flags.keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  if (!flags.keep) rmSync(work, { recursive: true, force: true });
  else ctx.log(`kept ${work}`);
}

printTable(rows);
writeJson(flags.out, rows);
process.stdout.write(`\nwrote ${flags.out} (${rows.length} rows, ${((performance.now() - started) / 1000).toFixed(0)} s${flags.quick ? ', --quick' : ''})\n`);
process.exitCode = failures > 0 ? 1 : 0;
