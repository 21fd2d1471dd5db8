// Drives a simulated fleet across worker processes (bench/lib/fleet-worker.mjs)
// and times it from "go" to the last device done, while sampling the server.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { watchProcess } from './proc.mjs';
import { track } from './children.mjs';
import { performance } from 'node:perf_hooks';

/** Registers `count` devices `prefix-00000`... through the admin API; resolves with [{ id, token }]. */
export async function addDevices(server, count, prefix = 'sim') {
  const devices = [];
  // A bounded number of admin requests at a time.
  for (let i = 0; i < count; i += 50) {
    const ids = Array.from({ length: Math.min(50, count - i) }, (_, k) => `${prefix}-${String(i + k).padStart(5, '0')}`);
    const tokens = await Promise.all(ids.map((id) => server.api.addDevice(id, server.product)));
    ids.forEach((id, k) => devices.push({ id, token: tokens[k] }));
  }
  return devices;
}

/**
 * `devices`: [{ id, token }], split over `workers` processes. `init`: what the
 * workers need (mode, url, ...). `afterGo`: started once every worker is told
 * to go (the raw publisher, or a rollout's start). `stopWhen(what afterGo
 * resolved)`: once it resolves, devices not done are told to end (rollouts
 * that never reach every device). `serverPid`: process whose RSS/CPU is sampled,
 * or an array of them (scale-out: several workers), whose figures are summed.
 * A device may carry its own `url` (devices split across broker shards).
 */
export async function runFleet({ devices, workers, init, serverPid, deadlineMs, afterGo, stopWhen }) {
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
    // Every worker says when all its devices are subscribed after "go": afterGo may wait for that (idle measurements).
    const subscribed = Promise.all(children.map(({ child }) => new Promise((resolve) => {
      child.on('message', (m) => m.type === 'subscribed' && resolve());
      child.once('exit', () => resolve());
    })));
    const initAt = performance.now();
    children.forEach(({ child, slice }) => child.send({ ...init, type: 'init', devices: slice }));
    const connected = (await Promise.all(ready)).reduce((s, m) => s + (m.connected ?? 0), 0);
    const connectSeconds = (performance.now() - initAt) / 1000;
    const watches = [serverPid].flat().map((pid) => watchProcess(pid));
    started = performance.now();
    for (const { child } of children) child.send({ type: 'go', mode: init.mode, deadlineMs });
    const publishing = afterGo?.({ subscribed: subscribed.then(() => (performance.now() - started) / 1000) });
    // A failed afterGo (a publish that timed out) ends the devices now and is thrown below, not left unhandled until the deadline.
    publishing?.catch(() => children.forEach(({ child }) => child.connected && child.send({ type: 'stop' })));
    // `stopWhen(afterGo's result)`: resolves when the devices still waiting will get nothing more (a rollout ended).
    const stopping = stopWhen
      ? Promise.resolve(publishing)
          .then(stopWhen)
          .finally(() => children.forEach(({ child }) => child.connected && child.send({ type: 'stop' })))
      : undefined;
    await Promise.all(finished);
    await publishing;
    await stopping;
    const server = sumOf(watches.map((w) => w.stop()));
    const ok = [...results.values()].filter((r) => r.ok);
    const errors = [...new Set([...results.values()].filter((r) => !r.ok).map((r) => r.error))].slice(0, 3);
    const retries = [...results.values()].reduce((sum, r) => sum + (r.retries ?? 0), 0);
    const devicesStarted = [...results.values()].filter((r) => r.started).length;
    const bytes = ok.reduce((sum, r) => sum + (r.bytes ?? 0), 0);
    const castBytes = ok.reduce((sum, r) => sum + (r.castBytes ?? 0), 0);
    return { connected, connectSeconds, lastDoneAt, completed: ok.length, failed: devices.length - ok.length, started: devicesStarted, retries, bytes, castBytes, seconds: ok.length > 0 ? (lastDoneAt - started) / 1000 : NaN, server, errors, publishing: await publishing };
  } finally {
    for (const { child } of children) if (child.connected) child.send({ type: 'exit' });
    await Promise.all(children.map(({ child }) => (child.exitCode === null ? once(child, 'exit') : undefined)));
  }
}

/** Several processes' figures as one: CPU and reads add up; the peak RSS is the sum of each one's peak (an upper bound of their joint peak). */
function sumOf(figures) {
  return Object.fromEntries(Object.keys(figures[0]).map((key) => [key, figures.reduce((sum, f) => sum + f[key], 0)]));
}
