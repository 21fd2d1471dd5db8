#!/usr/bin/env node
// V8 settings for a small, flat footprint, made in the process itself before
// the agent is loaded (hence the dynamic import), so they also hold when the
// agent runs as `node client/bin/otacast-agent.js` (tests, bench). V8 reads
// these flags when they matter, not only at start-up; see client/README.md,
// "Memory".
//  - the young generation keeps its initial 1 MiB semi-spaces instead of
//    growing to 16 MiB while a download allocates (--max-semi-space-size
//    would do the same but only on the command line);
//  - no TurboFan: the agent's JS is glue around I/O, hashing and parsing done
//    natively; the optimizing compiler costs ~8 MiB of RSS for no measurable
//    speed here (bytecode and Sparkplug code remain);
//  - optimize-for-size: the old generation grows in smaller steps (~2 MiB).
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--no-turbofan');
setFlagsFromString('--optimize-for-size');
const { run } = await import('../dist/cli/agent.js');
const code = await run(process.argv.slice(2));
process.exitCode = code;
// Everything is closed by now; should a stray handle linger (a hook still running), do not hang the caller.
setTimeout(() => process.exit(code), 2000).unref();
