// Drives a simulated fleet across worker processes (bench/lib/fleet-worker.mjs)
// and times it from "go" to the last device done, while sampling the server.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { watchProcess } from './proc.mjs';
import { track } from './children.mjs';
import { performance } from 'node:perf_hooks';

/**
 * `devices`: [{ id, token }], split over `workers` processes. `init`: what the
 * workers need (mode, url, ...). `afterGo`: started once every worker is told
 * to go (the raw publisher). `serverPid`: process whose RSS/CPU is sampled.
 */
export async function runFleet({ devices, workers, init, serverPid, deadlineMs, afterGo }) {
  const per = Math.ceil(devices.length / workers);
  const children = [];
  for (let i = 0; i < workers; i++) {
    const slice = devices.slice(i * per, (i + 1) * per);
    if (slice.length > 0) children.push({ slice, child: track(fork(new URL('./fleet-worker.mjs', import.meta.url), { stdio: 'inherit' })) });
  }
  const results = new Map();
  let lastDoneAt = 0;
  let started = 0;
  const finished = children.map(({ child }) => new Promise((resolve) => {
    child.on('message', (m) => {
      if (m.type === 'done') {
        results.set(m.id, m);
        if (m.ok) lastDoneAt = performance.now();
      } else if (m.type === 'finished') resolve();
    });
    child.once('exit', () => resolve());
  }));
  try {
    const ready = children.map(({ child }) => new Promise((resolve, reject) => {
      child.on('message', (m) => m.type === 'ready' && resolve(m));
      child.once('exit', (code) => reject(new Error(`fleet worker exited ${code} before it was ready`)));
    }));
    children.forEach(({ child, slice }) => child.send({ ...init, type: 'init', devices: slice }));
    const connected = (await Promise.all(ready)).reduce((s, m) => s + (m.connected ?? 0), 0);
    const watch = watchProcess(serverPid);
    started = performance.now();
    for (const { child } of children) child.send({ type: 'go', mode: init.mode, deadlineMs });
    const publishing = afterGo?.();
    await Promise.all(finished);
    await publishing;
    const server = watch.stop();
    const ok = [...results.values()].filter((r) => r.ok);
    const errors = [...new Set([...results.values()].filter((r) => !r.ok).map((r) => r.error))].slice(0, 3);
    const retries = [...results.values()].reduce((sum, r) => sum + (r.retries ?? 0), 0);
    const bytes = ok.reduce((sum, r) => sum + (r.bytes ?? 0), 0);
    const castBytes = ok.reduce((sum, r) => sum + (r.castBytes ?? 0), 0);
    return { connected, completed: ok.length, failed: devices.length - ok.length, retries, bytes, castBytes, seconds: ok.length > 0 ? (lastDoneAt - started) / 1000 : NaN, server, errors };
  } finally {
    for (const { child } of children) if (child.connected) child.send({ type: 'exit' });
    await Promise.all(children.map(({ child }) => (child.exitCode === null ? once(child, 'exit') : undefined)));
  }
}
