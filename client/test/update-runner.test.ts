import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrivateKey } from 'node:crypto';
import { OtaError, encodeManifest, generateSigningKeyPair, parseManifest, sha256, signManifest, type ErrorCode, type ReleaseManifest } from '@otacast/shared';
import { InstalledStore } from '../src/install/installed.js';
import { StateStore, type Outcome } from '../src/update/state-store.js';
import type { StatusInput } from '../src/update/status.js';
import { UpdateRunner, releaseIdOfPayload } from '../src/update/update-runner.js';
import { CancelScope } from '../src/update/cancel-scope.js';
import { WAITING_FOR_INSTALL_WINDOW, parseInstallWindow } from '../src/update/install-window.js';
import type { Steps } from '../src/update/update-steps.js';
import type { AgentState } from '../src/update/state-machine.js';
import { quietLogger } from './quiet-logger.js';

const logger = quietLogger();
const key = createPrivateKey(generateSigningKeyPair().privatePem);
const manifestBytes = encodeManifest({
  product: 'cam', channel: 'stable', version: '2.0.0', createdAtMs: 1, expiresAtMs: 0, hardware: [], rollback: false,
  components: [{ name: 'fw', version: '2.0.0', type: 'file', size: 1, sha256: sha256(Buffer.from('x')), indexDigest: sha256(Buffer.from('i')), indexSize: 1, requires: {}, options: {} }],
});
const signed = signManifest(manifestBytes, key);

type StepName = 'check' | 'download' | 'verify' | 'install' | 'commit' | 'rollback';

/** Steps that record their calls and fail (or "crash") where told. */
class FakeSteps implements Steps {
  calls: StepName[] = [];
  faults = new Map<StepName, ErrorCode>();
  crashAt: StepName | undefined;
  constructor(private readonly crash: () => void = () => undefined) {}

  private run(step: StepName): void {
    this.calls.push(step);
    if (this.crashAt === step) {
      this.crash();
      throw new Error('process killed');
    }
    const code = this.faults.get(step);
    if (code) throw new OtaError(code, `injected at ${step}`);
  }

  check() {
    this.run('check');
    const manifest = parseManifest(manifestBytes);
    return { manifest, result: { kind: 'update' as const, components: manifest.components } };
  }
  async download() { this.run('download'); }
  async verify() { this.run('verify'); }
  async install() { this.run('install'); }
  async commit(_ref: unknown, manifest: ReleaseManifest) {
    this.run('commit');
    return { releaseId: 'r', version: manifest.version, components: {} };
  }
  async rollback() { this.run('rollback'); }
  async adoptCurrent() { return { releaseId: 'r', version: '2.0.0', components: {} }; }
  /** Resume's verification of the saved manifest: fails with this code when set. */
  savedFault: ErrorCode | undefined;
  verifySaved() {
    if (this.savedFault) throw new OtaError(this.savedFault, 'injected at verifySaved');
  }
}

describe('UpdateRunner', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'otacast-runner-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  async function runner(steps: Steps, signal?: AbortSignal) {
    const store = await StateStore.open(dir);
    const statuses: StatusInput[] = [];
    const run = new UpdateRunner({ store, steps, installedStore: new InstalledStore(dir), logger, report: async (s) => void statuses.push(s), ...(signal ? { signal } : {}) });
    return { run, statuses, store };
  }

  const table: [StepName | 'none', ErrorCode | undefined, Outcome, AgentState[]][] = [
    ['none', undefined, 'installed', ['CHECKING', 'DOWNLOADING', 'VERIFYING', 'INSTALLING', 'AWAITING_COMMIT', 'IDLE']],
    ['check', 'OTA_E_SIGNATURE', 'refused', ['CHECKING', 'FAILED', 'IDLE']],
    ['check', 'OTA_E_INCOMPATIBLE', 'incompatible', ['CHECKING', 'FAILED', 'IDLE']],
    ['download', 'OTA_E_TIMEOUT', 'failed', ['CHECKING', 'DOWNLOADING', 'FAILED', 'IDLE']],
    ['verify', 'OTA_E_DIGEST', 'failed', ['CHECKING', 'DOWNLOADING', 'VERIFYING', 'FAILED', 'IDLE']],
    ['install', 'OTA_E_INSTALL', 'rolled-back', ['CHECKING', 'DOWNLOADING', 'VERIFYING', 'INSTALLING', 'ROLLING_BACK', 'IDLE']],
    ['commit', 'OTA_E_HEALTH', 'rolled-back', ['CHECKING', 'DOWNLOADING', 'VERIFYING', 'INSTALLING', 'AWAITING_COMMIT', 'ROLLING_BACK', 'IDLE']],
  ];

  it.each(table)('fault at %s (%s) ends %s', async (step, code, outcome, states) => {
    const steps = new FakeSteps();
    if (step !== 'none' && code) steps.faults.set(step, code);
    const { run, statuses } = await runner(steps);
    const result = await run.apply(signed);
    expect(result.outcome).toBe(outcome);
    expect(result.error?.code).toBe(code);
    expect(statuses.map((s) => s.state)).toEqual(states);
    expect(steps.calls.includes('rollback')).toBe(outcome === 'rolled-back');
    // Every status after the fault carries its code.
    if (code) expect(statuses.at(-1)?.error?.code).toBe(code);
    expect(statuses.at(-1)?.outcome).toBe(outcome);
  });

  it('reports a rollback that fails as a failure, keeping the first cause', async () => {
    const steps = new FakeSteps();
    steps.faults.set('commit', 'OTA_E_HEALTH');
    steps.faults.set('rollback', 'OTA_E_IO');
    const { run } = await runner(steps);
    const result = await run.apply(signed);
    expect(result.outcome).toBe('failed');
    expect(result.error?.code).toBe('OTA_E_HEALTH');
    expect(result.error?.message).toMatch(/rollback failed \(OTA_E_IO/);
  });

  it('resumes the saved step after a crash, not the whole update', async () => {
    const controller = new AbortController();
    const steps = new FakeSteps(() => controller.abort(new Error('killed')));
    steps.crashAt = 'verify';
    const first = await runner(steps, controller.signal);
    await expect(first.run.apply(signed)).rejects.toThrow();
    expect(first.store.current.state).toBe('VERIFYING');

    const again = new FakeSteps();
    const second = await runner(again);
    const result = await second.run.resume();
    expect(result?.outcome).toBe('installed');
    expect(again.calls).toEqual(['verify', 'install', 'commit']);
  });

  it('rolls back a release that crashes the agent 3 times in AWAITING_COMMIT', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const controller = new AbortController();
      const steps = new FakeSteps(() => controller.abort(new Error('killed')));
      steps.crashAt = 'commit';
      const { run } = await runner(steps, controller.signal);
      await expect(attempt === 0 ? run.apply(signed) : run.resume()).rejects.toThrow();
    }
    const steps = new FakeSteps();
    const { run, statuses } = await runner(steps);
    const result = await run.resume();
    expect(result?.outcome).toBe('rolled-back');
    expect(result?.error?.code).toBe('OTA_E_INSTALL');
    expect(steps.calls).toEqual(['rollback']);
    expect(statuses.map((s) => s.state)).toEqual(['ROLLING_BACK', 'IDLE']);
  });

  it('discards a saved state whose manifest does not verify on resume, running no step', async () => {
    const controller = new AbortController();
    const steps = new FakeSteps(() => controller.abort(new Error('killed')));
    steps.crashAt = 'install';
    const first = await runner(steps, controller.signal);
    await expect(first.run.apply(signed)).rejects.toThrow();
    expect(first.store.current.state).toBe('INSTALLING');

    const again = new FakeSteps();
    again.savedFault = 'OTA_E_SIGNATURE';
    const { run, statuses, store } = await runner(again);
    const result = await run.resume();
    expect(again.calls).toEqual([]);
    expect(result).toMatchObject({ outcome: 'refused', releaseId: '', error: { code: 'OTA_E_STATE' } });
    expect(result?.error?.message).toMatch(/OTA_E_SIGNATURE/);
    expect(store.current).toMatchObject({ state: 'IDLE', outcome: 'refused' });
    expect(statuses.map((s) => [s.state, s.error?.code])).toEqual([['IDLE', 'OTA_E_STATE']]);
  });

  it('does not apply a release again that it just rolled back', async () => {
    const steps = new FakeSteps();
    steps.faults.set('commit', 'OTA_E_HEALTH');
    const { run } = await runner(steps);
    expect((await run.apply(signed)).outcome).toBe('rolled-back');
    steps.calls = [];
    const again = await run.apply(signed);
    expect(again).toMatchObject({ outcome: 'rolled-back', error: { code: 'OTA_E_HEALTH' } });
    expect(steps.calls).toEqual([]);
  });

  it('reports download progress as statuses, throttled', async () => {
    const steps = new FakeSteps();
    const store = await StateStore.open(dir);
    const statuses: StatusInput[] = [];
    const run = new UpdateRunner({ store, steps, installedStore: new InstalledStore(dir), logger, progressIntervalMs: 0, report: async (s) => void statuses.push(s) });
    steps.download = async () => {
      run.setProgress(1, 2);
      await new Promise((r) => setTimeout(r, 5));
      run.setProgress(2, 2);
    };
    await run.apply(signed);
    const downloading = statuses.filter((s) => s.state === 'DOWNLOADING');
    expect(downloading.map((s) => [s.bytesDone, s.bytesTotal])).toEqual([[0, 1], [1, 2], [2, 2]]);
  });

  it('reports a refused manifest without a version it could not trust', async () => {
    const steps = new FakeSteps();
    steps.faults.set('check', 'OTA_E_UNTRUSTED_KEY');
    const { run, statuses } = await runner(steps);
    const result = await run.apply(signed);
    expect(result.version).toBe('');
    expect(statuses.every((s) => s.targetVersion === undefined)).toBe(true);
    expect(result.releaseId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('with an install window: verifies, waits in VERIFYING saying so, installs once it opens; a cancel during the wait ends it before anything is switched in', async () => {
    const window = parseInstallWindow('03:00-04:00');
    const opensAt = Date.now() + 150;
    const now = () => new Date(new Date(2026, 0, 1, 3, 0).getTime() - (opensAt - Date.now()));
    const steps = new FakeSteps();
    const store = await StateStore.open(dir);
    const statuses: StatusInput[] = [];
    const run = new UpdateRunner({ store, steps, installedStore: new InstalledStore(dir), logger, report: async (s) => void statuses.push(s), installWindow: { window, now } });
    const result = await run.apply(signed);
    expect(result.outcome).toBe('installed');
    expect(Date.now()).toBeGreaterThanOrEqual(opensAt);
    expect(steps.calls).toEqual(['check', 'download', 'verify', 'install', 'commit']);
    const waiting = statuses.filter((s) => s.message === WAITING_FOR_INSTALL_WINDOW);
    expect(waiting.map((s) => s.state)).toEqual(['VERIFYING']);

    await rm(dir, { recursive: true, force: true });
    const scope = new CancelScope(new AbortController().signal);
    const later = new UpdateRunner({ store: await StateStore.open(dir), steps: new FakeSteps(), installedStore: new InstalledStore(dir), logger, report: async (s) => void statuses.push(s), scope, installWindow: { window, now: () => new Date(2026, 0, 1, 12, 0) } });
    const cancelled = later.apply(signed);
    await new Promise((r) => setTimeout(r, 50));
    scope.cancel(releaseIdOfPayload(signed));
    const ended = await cancelled;
    expect(ended.error?.code).toBe('OTA_E_CANCELLED');
    expect(ended.outcome).toBe('failed');
  });
});
