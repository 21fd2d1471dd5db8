import { describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, readlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomFile, useFixture, type Fixture } from './support/fixture.js';
import { Background, repoRoot, run } from './support/processes.js';
import type { DeviceInfo } from '../broker/src/sdk/admin.js';

/** `scripts/pack-agent.mjs --out FILE --version V`: the one-file agent with `version` baked in. */
async function packAgent(out: string, version: string): Promise<string> {
  await mkdir(dirname(out), { recursive: true });
  const pack = await run(join(repoRoot, 'scripts', 'pack-agent.mjs'), ['--out', out, '--version', version]);
  expect(pack.code, pack.stderr).toBe(0);
  return out;
}

/** Polls `otacast devices --json` until the device matches `done`; returns that record. */
async function waitDevice(fx: Fixture, id: string, done: (d: DeviceInfo) => boolean, what: string, timeoutMs = 120_000): Promise<DeviceInfo> {
  const deadline = Date.now() + timeoutMs;
  let last: DeviceInfo | undefined;
  while (Date.now() < deadline) {
    const result = await fx.admin(['devices', '--json']);
    last = (JSON.parse(result.stdout) as DeviceInfo[]).find((d) => d.id === id);
    if (last !== undefined && done(last)) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`device ${id}: timed out waiting for ${what}; last ${JSON.stringify(last)}`);
}

async function until(done: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !done(); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
  }
}

/**
 * The launcher (`otacast-agent.mjs --launcher`, the packed bundle as it sits
 * in /usr/lib/otacast) runs a real agent against a real server; releases with
 * an `agent` component replace the agent it runs, or are rolled back by it.
 */
describe('the agent updates itself (agent components, --launcher)', () => {
  const ctx = useFixture();

  it('runs a new agent bundle once it commits, and puts the previous one back when a new one cannot start', async () => {
    const bundles = join(ctx.root, 'bundles');
    const launcherFile = await packAgent(join(bundles, 'usr-lib', 'otacast-agent.mjs'), '1.0.0');
    const nextAgent = await packAgent(join(bundles, 'next', 'otacast-agent.mjs'), '2.0.0');
    const broken = join(bundles, 'broken.mjs');
    await writeFile(broken, "throw new Error('this agent bundle is broken');\n");

    const token = await ctx.fx.addDevice('self-1', 'gadget');
    const device = ctx.fx.device('self-1', token, 'gadget');
    await mkdir(device.rootDir, { recursive: true });
    const agentDir = join(device.stateDir, 'agent');
    const launcher = new Background(launcherFile, [...device.args(), '--launcher'], { OTACAST_LOG_LEVEL: 'info' });
    try {
      // With no agent installed, the launcher runs its own file as the agent.
      await launcher.waitFor(/agent started by the launcher/);

      await ctx.fx.publish('gadget', '2.0.0', [`agent=${nextAgent}:agent`]);
      const updated = await waitDevice(ctx.fx, 'self-1', (d) => d.installedVersion === '2.0.0' && d.outcome === 'installed', 'the new agent to commit');
      expect(updated.components).toEqual({ agent: '2.0.0' });
      expect(await readlink(join(agentDir, 'current'))).toBe('releases/2.0.0');
      const version = await run(join(agentDir, 'current', 'agent.mjs'), ['--version']);
      expect(version.stdout.trim()).toBe('2.0.0');
      // The process that committed is the new bundle: it said so when it started.
      expect(launcher.stderr).toMatch(/agent started by the launcher.*2\.0\.0/);

      await ctx.fx.publish('gadget', '3.0.0', [`agent=${broken}:agent`]);
      const rolledBack = await waitDevice(ctx.fx, 'self-1', (d) => d.outcome === 'rolled_back', 'the broken agent to be rolled back');
      expect(rolledBack.lastError).toContain('OTA_E_AGENT_START');
      expect(rolledBack.installedVersion).toBe('2.0.0');
      expect(rolledBack.components).toEqual({ agent: '2.0.0' });
      expect(await readlink(join(agentDir, 'current'))).toBe('releases/2.0.0');
      expect(await readdir(join(agentDir, 'releases'))).toEqual(['2.0.0']);
      expect(launcher.stderr).toContain('this agent bundle is broken');

      // The agent put back keeps working: the next release installs.
      const firmware = await randomFile(join(ctx.root, 'gadget-fw.bin'), 200_000);
      await ctx.fx.publish('gadget', '3.0.1', [`fw=${join(ctx.root, 'gadget-fw.bin')}:file`]);
      await waitDevice(ctx.fx, 'self-1', (d) => d.installedVersion === '3.0.1' && d.outcome === 'installed', 'the next release');
      expect((await readFile(join(device.rootDir, 'fw'))).equals(firmware)).toBe(true);
      expect(await readlink(join(agentDir, 'current'))).toBe('releases/2.0.0');
    } finally {
      await launcher.stop();
    }
    expect(await launcher.exited, launcher.stderr).toBe(0);
  });

  it('a new agent that fails its health check rolls itself back and hands over to the previous one', async () => {
    const token = await ctx.fx.addDevice('self-2', 'gizmo');
    const device = ctx.fx.device('self-2', token, 'gizmo');
    await mkdir(device.rootDir, { recursive: true });
    const launcherFile = await packAgent(join(ctx.root, 'bundles', 'gizmo', 'usr-lib', 'otacast-agent.mjs'), '1.0.0');
    const nextAgent = await packAgent(join(ctx.root, 'bundles', 'gizmo', 'next', 'otacast-agent.mjs'), '2.0.0');
    const launcher = new Background(launcherFile, [...device.args(), '--launcher', '--health-cmd', 'exit 3'], { OTACAST_LOG_LEVEL: 'info' });
    try {
      await launcher.waitFor(/agent started by the launcher/);
      await ctx.fx.publish('gizmo', '2.0.0', [`agent=${nextAgent}:agent`]);
      const rolledBack = await waitDevice(ctx.fx, 'self-2', (d) => d.outcome === 'rolled_back', 'the unhealthy agent to be rolled back');
      expect(rolledBack.lastError).toContain('OTA_E_HEALTH');
      expect(rolledBack.installedVersion).toBe('');
      // No agent installed any more: the launcher runs its own file again, and that agent keeps running.
      const startsOfOwnFile = () => launcher.stderr.split('\n').filter((l) => l.includes('launcher starting the agent') && l.includes(launcherFile)).length;
      await until(() => startsOfOwnFile() >= 2, 'the launcher to start its own file again');
      expect(await readdir(join(device.stateDir, 'agent', 'releases'))).toEqual([]);
      await expect(readlink(join(device.stateDir, 'agent', 'current'))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(launcher.child.exitCode).toBeNull();
    } finally {
      await launcher.stop();
    }
    expect(await launcher.exited, launcher.stderr).toBe(0);
  });

  it('a new agent that never commits is stopped at --agent-commit-timeout and the previous one put back', async () => {
    const token = await ctx.fx.addDevice('self-3', 'doohickey');
    const device = ctx.fx.device('self-3', token, 'doohickey');
    await mkdir(device.rootDir, { recursive: true });
    const launcherFile = await packAgent(join(ctx.root, 'bundles', 'doohickey', 'otacast-agent.mjs'), '1.0.0');
    // Starts and then does nothing: neither crashes nor commits.
    const hanging = join(ctx.root, 'bundles', 'doohickey', 'hanging.mjs');
    await writeFile(hanging, 'setInterval(() => undefined, 1000);\n');
    const launcher = new Background(launcherFile, [...device.args(), '--launcher', '--agent-commit-timeout', '3'], { OTACAST_LOG_LEVEL: 'info' });
    try {
      await launcher.waitFor(/agent started by the launcher/);
      await ctx.fx.publish('doohickey', '2.0.0', [`agent=${hanging}:agent`]);
      const rolledBack = await waitDevice(ctx.fx, 'self-3', (d) => d.outcome === 'rolled_back', 'the hanging agent to be rolled back');
      expect(rolledBack.lastError).toContain('OTA_E_AGENT_START');
      expect(rolledBack.lastError).toContain('did not commit within 3 s');
      await expect(readlink(join(device.stateDir, 'agent', 'current'))).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await launcher.stop();
    }
    expect(await launcher.exited, launcher.stderr).toBe(0);
  });

  it('an agent not started by a launcher refuses an agent component as incompatible', async () => {
    const token = await ctx.fx.addDevice('plain-1', 'widget');
    const nextAgent = await packAgent(join(ctx.root, 'bundles', 'widget', 'otacast-agent.mjs'), '2.0.0');
    await ctx.fx.publish('widget', '2.0.0', [`agent=${nextAgent}:agent`]);
    const result = await ctx.fx.device('plain-1', token, 'widget').once();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/OTA_E_INCOMPATIBLE: .*--launcher/);
  });
});
