import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KILL_POINTS, archiveIntact, fileIntact, landedBeforeInstalled, savedAgentState, type Intactness, type KillPoint } from '../support/kill-harness.js';
import { Rig, type ReleaseFiles } from './rig.js';
import { prng } from '../support/prng.js';

/**
 * kill -9 of the agent at random points of download, verify, install and
 * commit, release after release. After every kill each component must be
 * exactly its old or its new version; after a restart without a kill the
 * device must be exactly on the new release. A kill is counted by the state
 * the agent had saved when it died (its state file, read right after), not
 * by the point its timer was set at: a kill that found the update already
 * over is reported apart and does not count.
 */
export interface KillStormOptions {
  kills: number;
  fwBytes: number;
  appBytes: number;
  bandwidth: number;
  /** Kills per release, at most (2 stays below the crash-loop limit of 3 restarts in one state). */
  maxKillsPerRelease?: number;
  seed?: number;
  /** One line per kill. */
  onKill?: (line: string) => void;
}

export interface KillStormResult {
  /** Kills that landed while the update was under way (before `installed`). */
  kills: number;
  /** Those kills by the state the agent had saved when it died. */
  byState: Record<string, number>;
  /** Kills that landed once the update was over (state IDLE): not counted in `kills`. */
  afterInstalled: number;
  /** The points the counted kills were scheduled at (a state logged, plus a delay). */
  byPoint: Record<KillPoint, number>;
  releases: number;
  /** Kills after which a component was neither exactly old nor exactly new. */
  corrupt: number;
  /** Kills after which one component was new and another old (the agent finishes the switch on restart). */
  mixed: number;
  /** Releases the device ended exactly on after a clean restart. */
  converged: number;
  failures: string[];
}

export async function killStorm(options: KillStormOptions): Promise<KillStormResult> {
  const random = prng(options.seed ?? 20_240_601);
  const rig = await Rig.create();
  const result: KillStormResult = { kills: 0, byState: {}, afterInstalled: 0, byPoint: { download: 0, verify: 0, install: 0, commit: 0 }, releases: 0, corrupt: 0, mixed: 0, converged: 0, failures: [] };
  // Long enough to cover the whole download at this bandwidth.
  const downloadMs = ((options.fwBytes + options.appBytes) / options.bandwidth) * 1000;
  const delayRange: Record<KillPoint, number> = { download: downloadMs, verify: 40, install: 80, commit: 40 };
  try {
    const device = await rig.device('storm-1', 'storm');
    const proxy = await rig.proxy({ bandwidth: options.bandwidth });
    const appContent: Record<string, string> = {};
    let previous: ReleaseFiles | undefined;
    for (let round = 1; result.kills < options.kills; round++) {
      const release = await rig.publish('storm', `${round}.0.0`, options.fwBytes, options.appBytes);
      appContent[release.version] = release.appDigest;
      result.releases++;
      const killsHere = options.maxKillsPerRelease ?? 2;
      for (let k = 0; k < killsHere && result.kills < options.kills; k++) {
        const point = KILL_POINTS[Math.floor(random() * KILL_POINTS.length)] as KillPoint;
        const delayMs = Math.floor(random() * delayRange[point]);
        const agent = rig.agent(device, proxy);
        await agent.killAt(point, delayMs);
        const run = await agent.exit();
        if (!run.killed) continue; // it finished before the kill landed: nothing to count
        const saved = await savedAgentState(device.stateDir);
        const during = landedBeforeInstalled(saved, release.releaseId);
        if (during) {
          result.kills++;
          result.byState[saved.state] = (result.byState[saved.state] ?? 0) + 1;
          result.byPoint[point]++;
        } else {
          result.afterInstalled++;
        }
        const fw = await fileIntact(join(device.rootDir, 'fw'), previous?.fwDigest, release.fwDigest);
        const app = await archiveIntact(join(device.rootDir, 'app'), previous?.version, release.version, appContent);
        const states: Intactness[] = [fw, app];
        if (states.includes('corrupt')) {
          result.corrupt++;
          result.failures.push(`release ${release.version}: kill at ${point}+${delayMs}ms left fw ${fw}, app ${app}`);
        } else if (fw !== app) {
          result.mixed++;
        }
        const landed = during ? `landed in ${saved.state}` : `landed after the update (${saved.state} ${saved.outcome || '-'}): not counted`;
        options.onKill?.(`kill ${result.kills}: ${release.version} at ${point}+${delayMs}ms, ${landed} (last state logged ${run.states.at(-1) ?? '-'}) → fw ${fw}, app ${app}`);
      }
      const finish = await rig.agent(device, proxy).exit();
      const installed = JSON.parse(await readFile(join(device.stateDir, 'installed.json'), 'utf8').catch(() => '{}')) as { version?: string };
      const fw = await fileIntact(join(device.rootDir, 'fw'), previous?.fwDigest, release.fwDigest);
      const app = await archiveIntact(join(device.rootDir, 'app'), previous?.version, release.version, appContent);
      if (finish.code === 0 && fw === 'new' && app === 'new' && installed.version === release.version) {
        result.converged++;
        previous = release;
      } else {
        result.failures.push(`release ${release.version}: did not converge (exit ${finish.code}, fw ${fw}, app ${app}, installed ${installed.version ?? '-'}): ${finish.stderr.trim().split('\n').at(-1) ?? ''}`);
        // Go on from whatever the device holds now.
        if (fw === 'new' && app === 'new') previous = release;
      }
    }
    return result;
  } finally {
    await rig.close();
  }
}
