// Open-file limit (RLIMIT_NOFILE) of the bench process, which the server,
// Mosquitto and the fleet workers it starts inherit: each holds one socket per
// simulated device, so 10,000 devices need more than a common soft limit of 1024.
import { spawnSync } from 'node:child_process';

function read() {
  const out = spawnSync('prlimit', ['--pid', String(process.pid), '--nofile', '--output', 'SOFT,HARD', '--noheadings'], { encoding: 'utf8' });
  if (out.status !== 0) return undefined;
  const [soft, hard] = out.stdout.trim().split(/\s+/).map((v) => (v === 'unlimited' ? Infinity : Number(v)));
  return { soft, hard };
}

/**
 * Raises this process's soft limit to at least `needed` (its hard limit too
 * when root may). Resolves with the limit now in force; throws with what to do
 * when it stays below `needed`.
 */
export function raiseFileLimit(needed) {
  const before = read();
  if (before === undefined) throw new Error(`cannot read the open-file limit (prlimit from util-linux missing?): run the bench under \`ulimit -n ${needed}\``);
  if (before.soft >= needed) return before.soft;
  const target = before.hard >= needed ? `${needed}:${before.hard === Infinity ? 'unlimited' : before.hard}` : `${needed}:${needed}`;
  spawnSync('prlimit', ['--pid', String(process.pid), `--nofile=${target}`], { encoding: 'utf8' });
  const after = read();
  if (after === undefined || after.soft < needed) throw new Error(`open-file limit ${after?.soft ?? before.soft} < ${needed} needed (hard ${before.hard}): raise the hard limit (root with CAP_SYS_RESOURCE) or run the bench under \`ulimit -n ${needed}\``);
  return after.soft;
}
