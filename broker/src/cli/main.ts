import { run } from './program.js';

const code = await run(process.argv);
process.exitCode = code;
// Everything is closed by now; should a stray handle linger, do not hang scripts.
setTimeout(() => process.exit(code), 2000).unref();
