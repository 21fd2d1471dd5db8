#!/usr/bin/env node
// `npm run reliability` (after `npm run build`): the long fault-injection runs —
// kill -9 storms, server restarts, a flaky link, bad messages — and a table of
// figures. `--quick` runs each scenario small; `--only=flaky,storm,resume,offline,
// restart,fuzz,stall-flood,preamble-flood,will-abuse,replay` picks some (the last
// four are the hostile-client scenarios, docs/reliability.md); `--seed=N` varies the kill schedule. The scenarios are the TypeScript
// of test/reliability/, loaded through tsx. Everything stays on 127.0.0.1.
import { register } from 'tsx/esm/api';

register();
const { runReliability } = await import('../test/reliability/long-run.ts');
process.exitCode = await runReliability(process.argv.slice(2));
