#!/usr/bin/env node
// Fails when source files, or the stage folders they sit in, import each other in a circle.
// eslint's import-x/no-cycle covers value imports only; this counts `import type` too,
// because two files that name each other's types still cannot be read (or moved) apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOTS = ['shared/src', 'broker/src', 'client/src'];
const SKIP = new Set(['gen', 'node_modules', 'dist']);

function sourceFiles(dir, out = []) {
  for (const entry of readdirSync(dir)) {
    if (SKIP.has(entry)) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const SPECIFIER = /(?:^|\s)(?:import|export)\b[^'";]*?\bfrom\s*'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)|^import\s+'(\.{1,2}\/[^']+)'/gm;

/** Relative imports of one file, as paths of .ts files. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const found = new Set();
  for (const match of text.matchAll(SPECIFIER)) {
    const spec = match[1] ?? match[2] ?? match[3];
    found.add(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
  }
  return [...found];
}

/** Tarjan's strongly connected components; returns those with more than one member. */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const info = new Map();
  const result = [];
  const visit = (node) => {
    info.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!info.has(next)) {
        visit(next);
        info.get(node).low = Math.min(info.get(node).low, info.get(next).low);
      } else if (info.get(next).onStack) {
        info.get(node).low = Math.min(info.get(node).low, info.get(next).index);
      }
    }
    if (info.get(node).low === info.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        info.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) result.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!info.has(node)) visit(node);
  return result;
}

const cwd = process.cwd();
const problems = [];
for (const root of ROOTS) {
  const files = sourceFiles(resolve(root));
  const fileGraph = new Map(files.map((f) => [f, importsOf(f)]));
  for (const cycle of cycles(fileGraph)) problems.push(`files import each other in a circle: ${cycle.map((f) => relative(cwd, f)).join(' ⇄ ')}`);
  // A file directly under src/ is the package's top (entry points, wiring); anything deeper belongs to its first folder.
  const stageOf = (file) => {
    const parts = relative(resolve(root), file).split(/[\\/]/);
    return parts.length > 1 ? parts[0] : '<top>';
  };
  const stageGraph = new Map();
  for (const [file, imports] of fileGraph) {
    // The package entry re-exports every stage: it is the door, not a stage.
    if (relative(resolve(root), file) === 'index.ts') continue;
    const from = stageOf(file);
    if (!stageGraph.has(from)) stageGraph.set(from, new Set());
    for (const imported of imports) if (stageOf(imported) !== from) stageGraph.get(from).add(stageOf(imported));
  }
  for (const cycle of cycles(stageGraph)) problems.push(`stages of ${root} import each other in a circle: ${cycle.join(' ⇄ ')}`);
}
if (problems.length > 0) {
  for (const problem of problems) console.error(`OTA_E_LINT: ${problem}`);
  console.error('Break the circle with a port (an interface in the lower stage that the higher one implements); see docs/architecture.md.');
  process.exit(1);
}
