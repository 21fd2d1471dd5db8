#!/usr/bin/env node
// Regenerates shared/src/gen/otacast.{js,d.ts} from proto/. With --check, fails
// when the committed generated code differs from what the schemas produce.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const protoDir = join(root, 'proto');
const outDir = join(root, 'shared', 'src', 'gen');
const check = process.argv.includes('--check');
const bin = (name) => join(root, 'node_modules', '.bin', name);

const protos = readdirSync(join(protoDir, 'otacast', 'v1'))
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoDir, 'otacast', 'v1', f));

const work = mkdtempSync(join(tmpdir(), 'otacast-gen-'));
try {
  const js = join(work, 'otacast.js');
  const dts = join(work, 'otacast.d.ts');
  execFileSync(bin('pbjs'), ['-t', 'static-module', '-w', 'es6', '--no-verify', '--no-convert', '--no-delimited', '--no-typeurl', '--no-service', '--force-number', '-p', protoDir, '-o', js, ...protos], { cwd: protoDir, stdio: 'inherit' });
  // pbjs imports "protobufjs/minimal": Node ESM needs the file extension.
  const code = readFileSync(js, 'utf8').replace('"protobufjs/minimal"', '"protobufjs/minimal.js"');
  writeFileSync(js, code);
  execFileSync(bin('pbts'), ['-o', dts, js], { stdio: 'inherit' });
  const outputs = { 'otacast.js': code, 'otacast.d.ts': readFileSync(dts, 'utf8') };
  let drift = false;
  for (const [name, content] of Object.entries(outputs)) {
    const target = join(outDir, name);
    let current = '';
    try { current = readFileSync(target, 'utf8'); } catch { /* missing counts as drift */ }
    if (current === content) continue;
    drift = true;
    if (check) console.error(`gen: ${target} is out of date with proto/ (run npm run gen)`);
    else writeFileSync(target, content);
  }
  if (check && drift) process.exit(1);
  console.log(check ? 'gen: generated code is up to date' : `gen: wrote ${Object.keys(outputs).join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
