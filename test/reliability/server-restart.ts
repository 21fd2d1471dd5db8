import { join } from 'node:path';
import { fileIntact } from '../support/kill-harness.js';
import { statusSeqs } from './scenarios.js';
import { Rig, sleep } from './rig.js';

/**
 * The server is killed (kill -9) while devices are mid-download and started
 * again on the same data directory: retained manifests, persistent sessions
 * and queued acks come back from disk, every device finishes without starting
 * over, and its statuses are all recorded once.
 */
export interface ServerRestartOptions {
  devices: number;
  imageBytes: number;
  bandwidth: number;
  /** Restart once the devices have received this share of the image in total. */
  atShare?: number;
  signal?: NodeJS.Signals;
}

export interface ServerRestartResult {
  ok: boolean;
  devices: number;
  finished: number;
  /** Bytes on the wire (both directions, all devices) / (devices × image). */
  ratio: number;
  /** Statuses recorded per device, and seq gaps among them. */
  statuses: number;
  gaps: number;
  installedListed: number;
  errors: string[];
}

export async function serverRestart(options: ServerRestartOptions): Promise<ServerRestartResult> {
  const rig = await Rig.create();
  try {
    const devices = [];
    for (let i = 1; i <= options.devices; i++) devices.push(await rig.device(`restart-${i}`, 'restart'));
    const release = await rig.publish('restart', '1.0.0', options.imageBytes);
    const proxy = await rig.proxy({ bandwidth: options.bandwidth });
    const agents = devices.map((d) => rig.agent(d, proxy, ['--wait-release', '60']));
    const total = options.devices * options.imageBytes;
    while (agents.some((a) => a.running) && proxy.bytesDown < total * (options.atShare ?? 0.4)) await sleep(5);
    await rig.restartServer(options.signal ?? 'SIGKILL');
    const runs = await Promise.all(agents.map((a) => a.exit()));
    const errors: string[] = [];
    let finished = 0;
    for (const [i, run] of runs.entries()) {
      const device = devices[i];
      if (!device) continue;
      const intact = await fileIntact(join(device.rootDir, 'fw'), undefined, release.fwDigest);
      if (run.code === 0 && intact === 'new') finished++;
      else errors.push(`${device.id}: exit ${run.code}, fw ${intact}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
    }
    let statuses = 0;
    let gaps = 0;
    for (const device of devices) {
      const seqs = await statusSeqs(rig, device.id);
      statuses += seqs.length;
      for (let i = 1; i < seqs.length; i++) gaps += Math.max(0, (seqs[i] as number) - (seqs[i - 1] as number) - 1);
    }
    const listing = await rig.fx.admin(['devices', '--json']);
    const listed = listing.code === 0 ? (JSON.parse(listing.stdout) as { id: string; installedVersion: string }[]) : [];
    const installedListed = listed.filter((d) => d.id.startsWith('restart-') && d.installedVersion === '1.0.0').length;
    return {
      ok: finished === options.devices && gaps === 0 && installedListed === options.devices,
      devices: options.devices,
      finished,
      ratio: proxy.bytesTotal / total,
      statuses,
      gaps,
      installedListed,
      errors,
    };
  } finally {
    await rig.close();
  }
}
