// Peak RSS and CPU time of another process, read from /proc (Linux): the
// server's cost under load is measured from outside, without instrumenting it.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/** user + system CPU seconds consumed so far by `pid`, or NaN when unreadable. */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return NaN;
  }
}

export function rssMiB(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Bytes `pid` has read through read(2)-like calls so far (files and sockets: /proc/PID/io rchar), or NaN. */
export function readBytes(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/io`, 'utf8').match(/rchar:\s+(\d+)/);
    return match ? Number(match[1]) : NaN;
  } catch {
    return NaN;
  }
}

/** Samples a process every `everyMs` from now until stop(): peak RSS and CPU used in between. */
export function watchProcess(pid, everyMs = 100) {
  const cpu0 = cpuSeconds(pid);
  const read0 = readBytes(pid);
  const started = performance.now();
  let peak = rssMiB(pid);
  const timer = setInterval(() => {
    const now = rssMiB(pid);
    if (now > peak || Number.isNaN(peak)) peak = now;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      const cpu = cpuSeconds(pid) - cpu0;
      return { peakRssMiB: peak, cpuSeconds: cpu, cpuPercent: (100 * cpu) / seconds, readMiB: (readBytes(pid) - read0) / (1024 * 1024) };
    },
  };
}
