#!/usr/bin/env node
// tsc does not emit hand-written .js: copy the committed generated protobuf
// code next to the compiled shared package.
import { cpSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const from = join(root, 'shared', 'src', 'gen');
const to = join(root, 'shared', 'dist', 'gen');
mkdirSync(to, { recursive: true });
for (const name of ['otacast.js', 'otacast.d.ts']) cpSync(join(from, name), join(to, name));
