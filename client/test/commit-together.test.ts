import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256, type ComponentSpec, type ReleaseManifest } from '@otacast/shared';
import type { ArtifactStore } from '../src/assemble/artifact-store.js';
import type { Downloader } from '../src/assemble/downloader.js';
import { InstalledStore } from '../src/install/installed.js';
import type { Installer, InstallerRegistry } from '../src/install/index.js';
import { pinnedTrust } from '../src/update/trust-store.js';
import { UpdateSteps } from '../src/update/update-steps.js';
import { quietLogger } from './quiet-logger.js';

function component(name: string): ComponentSpec {
  return { name, version: '2.0.0', type: 'file', size: 1, sha256: sha256(Buffer.from(name)), indexDigest: sha256(Buffer.alloc(0)), indexSize: 0, requires: {}, options: {} };
}

/**
 * Once the health check passed, a restart finishes the commit instead of
 * judging health again: a second, failing verdict would roll back only the
 * components not committed yet and leave old and new mixed.
 */
describe('a release activated together is committed together', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-commit-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it('a restart after the health check passed commits the rest without checking health again', async () => {
    const committed: string[] = [];
    let crashOnB = true;
    const installer = (name: string): Installer => ({
      prepare: () => Promise.resolve(),
      activate: () => Promise.resolve(),
      rollback: () => Promise.reject(new Error('must not roll back')),
      commit: () => {
        if (name === 'b' && crashOnB) {
          crashOnB = false;
          return Promise.reject(new Error('power lost'));
        }
        committed.push(name);
        return Promise.resolve();
      },
    });
    const installers: InstallerRegistry = { file: (context) => installer(context.component.name) };
    let healthChecks = 0;
    const installedStore = new InstalledStore(dir);
    const downloader = { partPath: () => join(dir, 'none'), indexPath: () => join(dir, 'none'), remove: () => Promise.resolve() } as unknown as Downloader;
    const steps = new UpdateSteps({
      product: 'p', channel: 'stable', rootDir: dir, trust: pinnedTrust([]), installedStore, artifacts: {} as ArtifactStore, downloader, installers, logger: quietLogger(),
      // Healthy the first time only: a second verdict would fail.
      healthCheck: () => (healthChecks++ === 0 ? Promise.resolve() : Promise.reject(new Error('unhealthy on the second look'))),
    });
    const components = [component('a'), component('b')];
    const manifest: ReleaseManifest = { product: 'p', channel: 'stable', version: '2.0.0', createdAtMs: 1, expiresAtMs: 0, hardware: [], rollback: false, components };
    const ref = { releaseId: 'r2', signedManifest: Buffer.alloc(0) };

    await expect(steps.commit(ref, manifest, components)).rejects.toThrow('power lost');
    expect(await installedStore.committing()).toBe('r2');
    const installed = await steps.commit(ref, manifest, components);
    expect(healthChecks).toBe(1);
    expect(committed).toEqual(['a', 'a', 'b']);
    expect(installed.releaseId).toBe('r2');
    expect(await installedStore.committing()).toBeUndefined();
  });
});
