import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashToken } from '../src/auth/auth.js';
import { Registry, type StatusUpdate } from '../src/registry/registry.js';

const status = (seq: number, state = 1): StatusUpdate => ({ seq, installedVersion: '1.0.0', state, outcome: 0, targetVersion: '', lastError: '', components: {}, releaseId: 'r1', deviceTimeMs: 1000 + seq });

describe('Registry status log', () => {
  let dir: string;
  let registry: Registry;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'otacast-status-log-'));
    registry = Registry.open(join(dir, 'registry.db'));
    registry.upsertPrincipal({ name: 'd1', role: 'device', tokenSha256: hashToken('t'), product: 'cam', channel: 'stable' });
  });
  afterEach(async () => {
    registry.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('records each applied status once, in seq order, and ignores resent and older ones', () => {
    for (const seq of [10, 11, 11, 9, 12, 10, 13]) registry.applyStatus('d1', status(seq), 5000);
    expect(registry.statusLog('d1').map((e) => e.seq)).toEqual([10, 11, 12, 13]);
    expect(registry.lastStatusSeq('d1')).toBe(13);
    expect(registry.statusLog('d1')[0]).toMatchObject({ receivedMs: 5000, deviceMs: 1010, releaseId: 'r1', installedVersion: '1.0.0' });
    expect(registry.lastStatusSeq('nobody')).toBe(0);
  });

  it('keeps the newest 1000 statuses of a device', () => {
    for (let seq = 1; seq <= 1100; seq++) registry.applyStatus('d1', status(seq), seq);
    const log = registry.statusLog('d1');
    expect(log).toHaveLength(1000);
    expect(log[0]?.seq).toBe(101);
    expect(log.at(-1)?.seq).toBe(1100);
  });
});
