import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decode, pb, toHex } from '@otacast/shared';
import { fileIntact } from '../support/kill-harness.js';
import { Rig, heldBytes, sleep } from './rig.js';

/**
 * Link-level reliability scenarios, each on its own server. The tests run
 * them small and assert; scripts/reliability.mjs runs them large and prints
 * the figures. Every figure is bytes or outcomes, never a duration to meet.
 */

export interface FlakyLinkOptions {
  imageBytes: number;
  /** Link bandwidth in bytes per second (each direction). */
  bandwidth: number;
  dropEveryMs: number;
  /** Share of the time the link is blackholed (stalled without closing), e.g. 0.01. */
  blackholeShare?: number;
  blackholeMs?: number;
}

export interface FlakyLinkResult {
  ok: boolean;
  imageBytes: number;
  bytesUp: number;
  bytesDown: number;
  /** Bytes on the wire (both directions) / image size. */
  ratio: number;
  connections: number;
  /** Share of the run the link was blackholed. */
  blackholed: number;
  seconds: number;
  /** Bytes sent to the device by kind (chunk data, cut frames, manifests...). */
  kinds: Record<string, number>;
  /** Chunk data bytes the device received more than once (same blob and offset, whole messages). */
  duplicateChunkBytes: number;
  error: string;
}

/** Counts chunk data delivered twice: what a re-request after a drop or a stall may cost. */
export function duplicateCounter(): { onPublish: (topic: string, payload: Buffer) => void; bytes: () => number } {
  const seen = new Set<string>();
  let duplicates = 0;
  return {
    onPublish(topic, payload) {
      if (!topic.endsWith('/chunk')) return;
      const decoded = decode(pb.Chunk, payload, 4 * 1024 * 1024, 'chunk');
      if (!decoded.ok || decoded.value.data.length === 0) return;
      const key = `${toHex(decoded.value.digest)}:${decoded.value.offset}:${decoded.value.data.length}`;
      if (seen.has(key)) duplicates += decoded.value.data.length;
      seen.add(key);
    },
    bytes: () => duplicates,
  };
}

/** One device installs an image over a link that drops every `dropEveryMs` and is sometimes blackholed. */
export async function flakyLink(options: FlakyLinkOptions): Promise<FlakyLinkResult> {
  const rig = await Rig.create();
  const timers: NodeJS.Timeout[] = [];
  try {
    const device = await rig.device('flaky-1', 'flaky');
    const release = await rig.publish('flaky', '1.0.0', options.imageBytes);
    const duplicates = duplicateCounter();
    const proxy = await rig.proxy({ bandwidth: options.bandwidth, tally: true, onPublishDown: duplicates.onPublish });
    const started = Date.now();
    let blackholedMs = 0;
    const share = options.blackholeShare ?? 0;
    if (share > 0) {
      // Evenly spread blackholes of blackholeMs making up `share` of the time, the first early.
      const lengthMs = options.blackholeMs ?? 500;
      const periodMs = lengthMs / share;
      const blackhole = () => {
        proxy.blackhole(true);
        timers.push(setTimeout(() => {
          proxy.blackhole(false);
          blackholedMs += lengthMs;
        }, lengthMs));
      };
      timers.push(setTimeout(() => {
        blackhole();
        timers.push(setInterval(blackhole, periodMs));
      }, Math.min(periodMs / 2, 3_000)));
    }
    proxy.dropEvery(options.dropEveryMs);
    const run = await rig.agent(device, proxy).exit();
    proxy.stopDropping();
    proxy.blackhole(false);
    const seconds = (Date.now() - started) / 1000;
    const intact = (await fileIntact(join(device.rootDir, 'fw'), undefined, release.fwDigest)) === 'new';
    return {
      ok: run.code === 0 && intact,
      imageBytes: options.imageBytes,
      bytesUp: proxy.bytesUp,
      bytesDown: proxy.bytesDown,
      ratio: proxy.bytesTotal / options.imageBytes,
      connections: proxy.connections,
      blackholed: blackholedMs / 1000 / seconds,
      seconds,
      kinds: proxy.downstreamKinds,
      duplicateChunkBytes: duplicates.bytes(),
      error: run.code === 0 ? '' : run.stderr.trim().split('\n').at(-1) ?? '',
    };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    await rig.close();
  }
}

export interface BlackholeResult {
  ok: boolean;
  connections: number;
  keepaliveNoticed: boolean;
}

/** The link stalls for good mid-download without closing: the agent's keepalive must notice and reconnect. */
export async function blackholedLink(options: { imageBytes: number; bandwidth: number; keepaliveS: number }): Promise<BlackholeResult> {
  const rig = await Rig.create();
  try {
    const device = await rig.device('hole-1', 'hole');
    const release = await rig.publish('hole', '1.0.0', options.imageBytes);
    const proxy = await rig.proxy({ bandwidth: options.bandwidth });
    const agent = rig.agent(device, proxy, ['--keepalive', String(options.keepaliveS)]);
    while (agent.running && proxy.bytesDown < options.imageBytes / 4) await sleep(5);
    // Only the broker→device direction stalls: the broker still hears the device's pings and keeps
    // its side open, so nothing but the device's own keepalive can find out.
    proxy.stallExisting('down');
    const run = await agent.exit();
    const intact = (await fileIntact(join(device.rootDir, 'fw'), undefined, release.fwDigest)) === 'new';
    return { ok: run.code === 0 && intact, connections: proxy.connections, keepaliveNoticed: /no answer to the keepalive ping/.test(run.stderr) };
  } finally {
    await rig.close();
  }
}

export interface ResumeResult {
  ok: boolean;
  imageBytes: number;
  /** Bytes the persisted bitmap vouched for when the agent was killed. */
  heldAtKill: number;
  chunksHeld: number;
  chunks: number;
  /** What the restarted agent said it already held. */
  resumedFrom: number;
  /** Bytes sent to the device after the restart. */
  bytesDownAfter: number;
  /** Chunk data among them (complete Chunk messages). */
  chunkBytesAfter: number;
}

/** kill -9 mid-download, then restart: only what the bitmap does not vouch for may travel again. */
export async function resumeAfterKill(options: { imageBytes: number; bandwidth: number; killAtShare: number }): Promise<ResumeResult> {
  const rig = await Rig.create();
  try {
    const device = await rig.device('resume-1', 'resume');
    const release = await rig.publish('resume', '1.0.0', options.imageBytes);
    const proxy = await rig.proxy({ bandwidth: options.bandwidth, tally: true });
    const first = rig.agent(device, proxy);
    // Kill once the persisted bitmap (what a restart trusts) covers the wanted share.
    await first.killWhen(async () => (await heldBytes(device, release.releaseId, 'fw')).held >= options.imageBytes * options.killAtShare);
    await first.exit();
    const atKill = await heldBytes(device, release.releaseId, 'fw');
    proxy.resetCounters();
    const second = await rig.agent(device, proxy).exit();
    const resumed = second.stderr
      .split('\n')
      .filter((l) => l.includes('"message":"downloading"'))
      .map((l) => (JSON.parse(l) as { bytesDone?: number }).bytesDone)
      .find((n) => n !== undefined);
    const intact = (await fileIntact(join(device.rootDir, 'fw'), undefined, release.fwDigest)) === 'new';
    return {
      ok: second.code === 0 && intact,
      imageBytes: options.imageBytes,
      heldAtKill: atKill.held,
      chunksHeld: atKill.chunks,
      chunks: atKill.of,
      resumedFrom: resumed ?? -1,
      bytesDownAfter: proxy.bytesDown,
      chunkBytesAfter: proxy.downstreamKinds['publish chunk'] ?? 0,
    };
  } finally {
    await rig.close();
  }
}

export interface OfflineStatusResult {
  ok: boolean;
  /** Seqs the device still held unacknowledged when the link came back. */
  pendingOffline: number[];
  /** Seqs the server recorded for the device, in order. */
  recorded: number[];
  /** Seqs the server received again and ignored (its `device status duplicate ignored` log lines). */
  ignored: number[];
  /**
   * Statuses received twice that the device had no reason to send again: a
   * duplicate the server ignored whose seq was not pending in the device's
   * outbox (it had been acked), plus any seq recorded twice.
   */
  duplicates: number;
  gaps: number;
  listed: { installedVersion: string; state: string; lastSeenMs: number } | undefined;
}

/**
 * Statuses made while the link is down (the link is cut at the health check,
 * then the agent is killed and restarted offline) must all reach the registry
 * once the link is back: each exactly once, with no seq missing.
 */
export async function offlineStatus(): Promise<OfflineStatusResult> {
  const rig = await Rig.create();
  try {
    const device = await rig.device('offline-1', 'offline');
    await rig.publish('offline', '1.0.0', 256 * 1024);
    const proxy = await rig.proxy();
    const mark = join(rig.dir.path, 'health-started');
    const go = join(rig.dir.path, 'health-go');
    const health = ['--health-cmd', `touch '${mark}'; while [ ! -f '${go}' ]; do sleep 0.05; done`];
    const first = rig.agent(device, proxy, health);
    while (first.running && !(await exists(mark))) await sleep(5);
    // The link goes down while the health check runs, then the power goes.
    proxy.refuse(true);
    first.kill();
    await first.exit();
    await writeFile(go, '');
    // Offline: resumes AWAITING_COMMIT, commits, reports; nothing can be acked.
    const offline = await rig.agent(device, proxy, [...health, '--wait-release', '1']).exit();
    const outbox = JSON.parse(await readFile(join(device.stateDir, 'outbox.json'), 'utf8')) as { pending: { seq: number }[] };
    const pendingOffline = outbox.pending.map((s) => s.seq);
    proxy.refuse(false);
    const online = await rig.agent(device, proxy).exit();
    const recorded = await statusSeqs(rig, device.id);
    const seen = new Set<number>();
    let duplicates = 0;
    for (const seq of recorded) duplicates += seen.has(seq) ? 1 : (seen.add(seq), 0);
    // The primary key of the status log rules a second row out, so duplicates are counted where
    // the server ignores them. Only a status whose ack never reached the device may come again.
    const ignored = ignoredStatusSeqs(rig.fx.server.process.stderr, device.id);
    duplicates += ignored.filter((seq) => !pendingOffline.includes(seq)).length;
    let gaps = 0;
    for (let i = 1; i < recorded.length; i++) gaps += Math.max(0, (recorded[i] as number) - (recorded[i - 1] as number) - 1);
    const listing = await rig.fx.admin(['devices', '--json']);
    const listed = (JSON.parse(listing.stdout) as { id: string; installedVersion: string; state: string; lastSeenMs: number }[]).find((d) => d.id === device.id);
    const allArrived = pendingOffline.every((seq) => recorded.includes(seq));
    return {
      ok: offline.code === 0 && online.code === 0 && allArrived,
      pendingOffline,
      recorded,
      ignored,
      duplicates,
      gaps,
      listed,
    };
  } finally {
    await rig.close();
  }
}

/** The seqs in the server's status log for a device (read from the registry database). */
export async function statusSeqs(rig: Rig, deviceId: string): Promise<number[]> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(rig.fx.dataDir, 'registry.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], { seq: number }>('SELECT seq FROM device_status_log WHERE device_id = ? ORDER BY seq').all(deviceId).map((r) => r.seq);
  } finally {
    db.close();
  }
}

/** Seqs of the statuses the server ignored as already applied, from its JSON log. */
export function ignoredStatusSeqs(serverLog: string, deviceId: string): number[] {
  const seqs: number[] = [];
  for (const line of serverLog.split('\n')) {
    if (!line.includes('"device status duplicate ignored"')) continue;
    const entry = JSON.parse(line) as { deviceId?: string; seq?: number };
    if (entry.deviceId === deviceId && typeof entry.seq === 'number') seqs.push(entry.seq);
  }
  return seqs;
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
