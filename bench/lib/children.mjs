// Child processes the bench starts, so that a Ctrl-C, a timeout or a failed
// scenario ends them all instead of leaving servers and agents behind.
// No product imports here: run.mjs loads it before building.
import { spawn } from 'node:child_process';

const live = new Set();

/** Remembers a child so that killChildren() can end it (servers, brokers, workers). */
export function track(child) {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Kills every tracked child, with its process group when it leads one (on Ctrl-C, or a scenario that failed). */
export function killChildren() {
  for (const child of live) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
  live.clear();
}

/**
 * A child in its own process group (so /usr/bin/time and the node under it
 * die together), killed after `timeoutMs`: a hung child fails the scenario.
 */
export function spawnTracked(cmd, args, options, timeoutMs) {
  const child = spawn(cmd, args, { ...options, detached: true });
  live.add(child);
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, timeoutMs);
  child.once('exit', () => {
    clearTimeout(timer);
    live.delete(child);
  });
  return child;
}
