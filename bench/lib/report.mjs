// Result rows, the printed table and bench/results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const round = (x) => (typeof x === 'number' && Number.isFinite(x) ? Number(x.toPrecision(4)) : null);

/**
 * One measured figure beside its same-run baseline. `better`: 'higher' or
 * 'lower' (the direction of both `ours` and `ratio` = ours / baseline).
 * `goal`: { ratio: x } or { ours: x }, met when on the better side of x.
 */
export function row({ name, ours, baseline, baselineName, unit, better, goal, note }) {
  const ratio = typeof baseline === 'number' && baseline !== 0 && typeof ours === 'number' ? ours / baseline : null;
  const r = { name, ours: round(ours), baseline: round(baseline), baselineName, unit, ratio: round(ratio), better };
  if (goal) {
    const [key, limit] = Object.entries(goal)[0];
    const value = key === 'ratio' ? ratio : ours;
    r.goal = `${key} ${better === 'higher' ? '>=' : '<='} ${limit}`;
    r.met = typeof value === 'number' && Number.isFinite(value) ? (better === 'higher' ? value >= limit : value <= limit) : null;
  }
  if (note) r.note = note;
  return r;
}

/** A row whose measurement could not run: kept in the output so the gap is visible. */
export function skipped(name, reason, extra = {}) {
  return { name, ours: null, baseline: null, baselineName: extra.baselineName ?? null, unit: extra.unit ?? null, ratio: null, better: extra.better ?? null, note: `SKIPPED: ${reason}` };
}

export function printTable(rows, out = process.stdout) {
  const header = ['scenario', 'ours', 'baseline', 'unit', 'ratio', 'better', 'goal', 'met'];
  const cells = rows.map((r) => [
    r.name,
    r.ours ?? '-',
    r.baseline === null ? '-' : `${r.baseline} (${r.baselineName})`,
    r.unit ?? '',
    r.ratio ?? '-',
    r.better ?? '',
    r.goal ?? '',
    r.met === undefined || r.met === null ? '' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c) => c.map((v, i) => String(v).padEnd(widths[i])).join('  ').trimEnd();
  out.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const c of cells) out.write(`${line(c)}\n`);
  const notes = rows.filter((r) => r.note);
  if (notes.length > 0) out.write(`\nnotes:\n${notes.map((r) => `  ${r.name}: ${r.note}`).join('\n')}\n`);
}

export function writeJson(path, rows) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(rows, null, 2)}\n`);
}
