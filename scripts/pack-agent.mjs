#!/usr/bin/env node
// `npm run pack:agent`: the whole device agent in one file,
// dist/agent/otacast-agent.mjs, that plain `node` (≥ 20) runs from any
// directory with no node_modules (docs/operations.md, "The agent bundle").
//
// The entry is the agent's own bin, so its V8 flags are set before the agent
// loads, exactly as when it runs from the repository: with code splitting off
// esbuild inlines the bin's dynamic import as a lazily initialised module,
// which runs only after the flags are set.
// Run after `npm run build` (the bin imports client/dist).
//
// `--out FILE` and `--version V` write the bundle elsewhere with another
// version baked in: what a release of the agent itself ships as an `agent`
// component (docs/deploy.md, "Updating the agent itself"), and what the
// self-update test publishes.
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { out: { type: 'string' }, version: { type: 'string' } } });
const outfile = args.out === undefined ? join(root, 'dist', 'agent', 'otacast-agent.mjs') : resolve(args.out);
const version = args.version ?? JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;

await build({
  entryPoints: [join(root, 'client', 'bin', 'otacast-agent.js')],
  outfile,
  bundle: true,
  splitting: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifyWhitespace: true,
  minifySyntax: true,
  // Names stay, so stack traces and error class names still read.
  keepNames: true,
  // CommonJS dependencies (commander, winston, protobufjs) call require() for Node built-ins; an ES module has none.
  banner: { js: "import { createRequire as __otacastCreateRequire } from 'node:module'; const require = __otacastCreateRequire(import.meta.url);" },
  // No package.json travels with the bundle: `--version` reads this instead (shared/src/package-version.ts).
  define: { __OTACAST_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
});

const { size } = await stat(outfile);
console.log(`wrote ${outfile} (${(size / 1024 / 1024).toFixed(2)} MiB, otacast ${version})`);
