import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { archiveIntact, fileIntact, savedAgentState } from '../support/kill-harness.js';
import { Rig } from './rig.js';
import { offlineStatus, resumeAfterKill } from './scenarios.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** kill -9 of the agent and statuses made offline, with real processes: assertions on bytes and outcomes only. */
describe('reliability: agent crashes and offline status', () => {
  it('kill -9 during download resumes without downloading again a chunk the bitmap holds', async () => {
    const r = await resumeAfterKill({ imageBytes: 4 * MiB, bandwidth: 1 * MiB, killAtShare: 0.3 });
    expect(r.ok).toBe(true);
    expect(r.heldAtKill).toBeGreaterThanOrEqual(0.3 * r.imageBytes);
    expect(r.heldAtKill).toBeLessThan(r.imageBytes);
    // The restart trusts exactly what the bitmap vouched for...
    expect(r.resumedFrom).toBe(r.heldAtKill);
    // ...and receives only the rest: the missing chunks' bytes plus their message headers.
    const missing = r.imageBytes - r.heldAtKill;
    expect(r.chunkBytesAfter).toBeGreaterThanOrEqual(missing);
    expect(r.chunkBytesAfter - missing).toBeLessThanOrEqual(256 * (r.chunks - r.chunksHeld));
    expect(r.bytesDownAfter).toBeLessThan(missing + 32 * KiB);
  });

  it('kill -9 during install leaves each component exactly old or new, and the restart finishes the update', async () => {
    const rig = await Rig.create();
    try {
      const device = await rig.device('install-1', 'install');
      const v1 = await rig.publish('install', '1.0.0', 16 * MiB, 512 * KiB);
      expect((await rig.agent(device, undefined).exit()).code).toBe(0);
      // 16 MiB: installing takes ~75 ms here, so both kills below land well inside INSTALLING.
      const v2 = await rig.publish('install', '2.0.0', 16 * MiB, 512 * KiB);
      const content = { '1.0.0': v1.appDigest, '2.0.0': v2.appDigest };
      for (const delayMs of [5, 25]) {
        const agent = rig.agent(device, undefined);
        await agent.killAt('install', delayMs);
        expect((await agent.exit()).killed).toBe(true);
        // Where the kill landed, by the state the agent had saved: still installing, not past it.
        expect(await savedAgentState(device.stateDir)).toMatchObject({ state: 'INSTALLING', releaseId: v2.releaseId });
        expect(await fileIntact(join(device.rootDir, 'fw'), v1.fwDigest, v2.fwDigest)).not.toBe('corrupt');
        expect(await archiveIntact(join(device.rootDir, 'app'), '1.0.0', '2.0.0', content)).not.toBe('corrupt');
      }
      const last = await rig.agent(device, undefined).exit();
      expect(last.code, last.stderr).toBe(0);
      expect(await fileIntact(join(device.rootDir, 'fw'), v1.fwDigest, v2.fwDigest)).toBe('new');
      expect(await archiveIntact(join(device.rootDir, 'app'), '1.0.0', '2.0.0', content)).toBe('new');
    } finally {
      await rig.close();
    }
  });

  it('statuses made while offline all reach the registry, each exactly once, with no seq missing', async () => {
    const r = await offlineStatus();
    expect(r.ok).toBe(true);
    expect(r.pendingOffline.length).toBeGreaterThanOrEqual(2);
    expect(r.duplicates).toBe(0);
    expect(r.gaps).toBe(0);
    expect(r.listed).toMatchObject({ installedVersion: '1.0.0', state: 'idle' });
    expect(r.listed?.lastSeenMs).toBeGreaterThan(0);
  });
});
