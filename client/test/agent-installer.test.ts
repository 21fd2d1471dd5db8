import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readlink, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OtaError } from '@otacast/shared';
import { AgentInstaller, agentLayout, newAgentPending, switchBackAgent, type AgentConfig, type InstallerContext } from '../src/install/index.js';
import { componentSpec as spec, installerSuite, readOrUndefined } from './suites/installer-suite.js';

/** The agent dir under the suite's root; the running bundle and the launcher's own file are this test file. */
function config(root: string, overrides: Partial<AgentConfig> = {}): AgentConfig {
  const self = fileURLToPath(import.meta.url);
  return { dir: join(root, 'agent'), running: self, fallback: self, connected: () => Promise.resolve(true), connectTimeoutMs: 1_000, ...overrides };
}

installerSuite('agent', (context) => new AgentInstaller(context, config(context.root)), {
  artifact: async (dir, version, content) => {
    const path = join(dir, `agent-${version}.mjs`);
    await writeFile(path, content);
    return { path, component: spec('agent', version, 'agent', Buffer.from(content)) };
  },
  read: (root) => readOrUndefined(join(root, 'agent', 'current', 'agent.mjs')),
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (err: OtaError) => err.code,
  );
}

describe('agent installer specifics', () => {
  async function withAgentDir(body: (root: string, install: (version: string, cfg?: AgentConfig) => Promise<AgentInstaller>) => Promise<void>): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-agent-installer-'));
    const root = join(dir, 'state');
    const install = async (version: string, cfg = config(root)): Promise<AgentInstaller> => {
      const path = join(dir, `agent-${version}.mjs`);
      await writeFile(path, `console.log(${JSON.stringify(version)});\n`);
      const component = spec('agent', version, 'agent', Buffer.from(version));
      const context: InstallerContext = { root: '/nonexistent-root', component };
      const installer = new AgentInstaller(context, cfg);
      await installer.prepare(path, component);
      await installer.activate();
      return installer;
    };
    try {
      await body(root, install);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('is refused as incompatible by an agent that no launcher started', () => {
    let code: string | undefined;
    try {
      new AgentInstaller({ root: '/r', component: spec('agent', '1.0.0', 'agent', Buffer.from('x')) }, undefined);
    } catch (err) {
      code = (err as OtaError).code;
    }
    expect(code).toBe('OTA_E_INCOMPATIBLE');
  });

  it('installs into the state directory, asks for a restart, and commits only from the new bundle once connected', async () => {
    await withAgentDir(async (root, install) => {
      const installer = await install('2.0.0');
      expect(await readlink(join(root, 'agent', 'current'))).toBe('releases/2.0.0');
      expect(await newAgentPending(agentLayout(join(root, 'agent')))).toBe(true);
      // The process that installed it runs the launcher's own file: it must restart and must not commit.
      expect(await installer.restartNeeded()).toBe(true);
      expect(await codeOf(installer.healthy())).toBe('OTA_E_AGENT_START');

      const running = await realpath(join(root, 'agent', 'releases', '2.0.0', 'agent.mjs'));
      const offline = new AgentInstaller({ root: '/r', component: spec('agent', '2.0.0', 'agent', Buffer.from('2.0.0')) }, config(root, { running, connected: () => Promise.resolve(false) }));
      expect(await offline.restartNeeded()).toBe(false);
      expect(await codeOf(offline.healthy())).toBe('OTA_E_HEALTH');

      const online = new AgentInstaller({ root: '/r', component: spec('agent', '2.0.0', 'agent', Buffer.from('2.0.0')) }, config(root, { running }));
      await online.healthy();
      await online.commit();
      expect(await newAgentPending(agentLayout(join(root, 'agent')))).toBe(false);
    });
  });

  it("finishes the launcher's rollback: the new release is dropped and the previous one stays current", async () => {
    await withAgentDir(async (root, install) => {
      const first = await install('1.0.0');
      await first.commit();
      await install('2.0.0');
      const layout = agentLayout(join(root, 'agent'));
      const note = await switchBackAgent(layout, 'the new agent exited 3 times before committing');
      expect(note).toMatchObject({ code: 'OTA_E_AGENT_START', from: 'releases/2.0.0' });
      expect(await readlink(layout.current)).toBe('releases/1.0.0');
      expect(await newAgentPending(layout)).toBe(false);

      // The previous agent resumes AWAITING_COMMIT: it refuses to commit, then rolls back.
      const running = await realpath(join(layout.dir, 'releases', '1.0.0', 'agent.mjs'));
      const resumed = new AgentInstaller({ root: '/r', component: spec('agent', '2.0.0', 'agent', Buffer.from('2.0.0')) }, config(root, { running }));
      expect(await codeOf(resumed.healthy())).toBe('OTA_E_AGENT_START');
      await resumed.rollback();
      expect(await resumed.restartNeeded()).toBe(false);
      expect(await readlink(layout.current)).toBe('releases/1.0.0');
      expect(await readdir(join(layout.dir, 'releases'))).toEqual(['1.0.0']);
      expect((await readdir(layout.dir)).sort()).toEqual(['current', 'releases']);
    });
  });

  it("never removes more than a release directory named by the launcher's note", async () => {
    await withAgentDir(async (root, install) => {
      const first = await install('1.0.0');
      await first.commit();
      await install('2.0.0');
      const layout = agentLayout(join(root, 'agent'));
      await switchBackAgent(layout, 'gave up');
      // A note edited to name something outside releases/ is ignored.
      await writeFile(layout.rollbackMarker, JSON.stringify({ code: 'OTA_E_AGENT_START', message: 'x', from: 'releases/..' }));
      const running = await realpath(join(layout.dir, 'releases', '1.0.0', 'agent.mjs'));
      await new AgentInstaller({ root: '/r', component: spec('agent', '2.0.0', 'agent', Buffer.from('2.0.0')) }, config(root, { running })).rollback();
      expect(await readlink(layout.current)).toBe('releases/1.0.0');
      expect((await readdir(join(layout.dir, 'releases'))).sort()).toEqual(['1.0.0', '2.0.0']);
    });
  });
});
