/**
 * The contract of the registry (broker/src/registry/registry.ts) as one suite
 * that every implementation runs — SQLite today, PostgreSQL next — the way
 * aedes-persistence exports abstract.js. Only public operations are used:
 * principals, releases, device statuses and delta patches; how and where an
 * implementation keeps them is its own test file's business.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sha256, toHex } from '@otacast/shared';
import { hashToken } from '../../src/auth/auth.js';
import type { PatchRecord } from '../../src/registry/patch-records.js';
import type { Registry, ReleaseRecord, StatusUpdate } from '../../src/registry/registry.js';
import { DEFAULT_POLICY, type Rollout, type RolloutTarget } from '../../src/rollouts/rollout-types.js';

/** The registry's public operations: what an implementation must offer. */
export type RegistryContract = Pick<Registry, keyof Registry>;

export interface RegistryUnderTest {
  registry: RegistryContract;
  /** Opens the registry again on the same data (a restart). */
  reopen(): Promise<RegistryContract>;
  cleanup(): Promise<void>;
}

function release(releaseId: string, product: string, channel: string, version: string, componentDigests: Record<string, string> = { fw: releaseId }): ReleaseRecord {
  return { releaseId, product, channel, version, signedManifest: Buffer.from(`manifest of ${releaseId}`), componentDigests, totalSize: 10, createdMs: 1 };
}

const status = (seq: number, installedVersion = '1.0.0', extra: Partial<StatusUpdate> = {}): StatusUpdate => ({
  seq,
  installedVersion,
  state: 1,
  outcome: 2,
  targetVersion: '',
  lastError: '',
  components: { fw: installedVersion },
  ...extra,
});

const device = (name: string, product = 'cam', channel = 'stable') => ({ name, role: 'device' as const, tokenSha256: hashToken(`token of ${name}`), product, channel });

function patch(from: Buffer, to: Buffer, patchSize = 100): PatchRecord {
  return { fromSha256: from, toSha256: to, patchDigest: sha256(Buffer.concat([from, to])), patchSize, indexDigest: randomBytes(32), indexSize: 40, createdMs: 5 };
}

/** The suite every registry implementation passes; `makeRegistry` opens a fresh, empty one. */
export function registrySuite(name: string, makeRegistry: () => Promise<RegistryUnderTest>): void {
  describe(`Registry: ${name}`, () => {
    let subject: RegistryUnderTest;
    let registry: RegistryContract;
    beforeEach(async () => {
      subject = await makeRegistry();
      registry = subject.registry;
    });
    afterEach(async () => {
      registry.close();
      await subject.cleanup();
    });

    async function restart(): Promise<void> {
      registry.close();
      registry = await subject.reopen();
    }

    describe('principals', () => {
      it('finds a principal once upserted, and the upsert replaces role, token, product and channel', () => {
        expect(registry.findPrincipal('cam-1')).toBeUndefined();
        registry.upsertPrincipal(device('cam-1'));
        expect(registry.findPrincipal('cam-1')).toEqual(device('cam-1'));
        const rotated = { name: 'cam-1', role: 'publisher' as const, tokenSha256: hashToken('new'), product: 'other', channel: 'beta' };
        registry.upsertPrincipal(rotated);
        expect(registry.findPrincipal('cam-1')).toEqual(rotated);
      });

      it('keeps principals across a restart', async () => {
        registry.upsertPrincipal({ name: 'admin', role: 'admin', tokenSha256: hashToken('t'), product: '', channel: '' });
        await restart();
        expect(registry.findPrincipal('admin')?.role).toBe('admin');
      });
    });

    describe('devices and statuses', () => {
      it('lists registered devices by name, with defaults before any status, and no other principals', () => {
        registry.upsertPrincipal(device('d2'));
        registry.upsertPrincipal(device('d1', 'door', 'beta'));
        registry.upsertPrincipal({ name: 'pub', role: 'publisher', tokenSha256: hashToken('p'), product: '', channel: '' });
        expect(registry.listDevices()).toEqual([
          { deviceId: 'd1', product: 'door', channel: 'beta', installedVersion: '', state: 0, outcome: 0, targetVersion: '', lastError: '', lastSeenMs: 0, lastSeq: 0, components: {}, labels: {} },
          expect.objectContaining({ deviceId: 'd2', product: 'cam', channel: 'stable', lastSeq: 0 }),
        ]);
      });

      it('applies a device status only when its seq is newer, and records when it was last seen', () => {
        registry.upsertPrincipal(device('d1'));
        expect(registry.applyStatus('d1', status(5, '1.0.0', { targetVersion: '2.0.0', lastError: 'OTA_E_TIMEOUT' }), 1000)).toEqual({ applied: true, lastSeq: 5 });
        expect(registry.applyStatus('d1', status(4, '0.1.0'), 2000)).toEqual({ applied: false, lastSeq: 5 });
        expect(registry.applyStatus('d1', status(5, '0.1.0'), 3000)).toEqual({ applied: false, lastSeq: 5 });
        expect(registry.listDevices()[0]).toMatchObject({
          installedVersion: '1.0.0',
          state: 1,
          outcome: 2,
          targetVersion: '2.0.0',
          lastError: 'OTA_E_TIMEOUT',
          lastSeq: 5,
          lastSeenMs: 3000,
          components: { fw: '1.0.0' },
        });
        expect(registry.lastStatusSeq('d1')).toBe(5);
        expect(registry.lastStatusSeq('nobody')).toBe(0);
      });

      it('logs each applied status once, in seq order, and ignores resent and older ones', () => {
        registry.upsertPrincipal(device('d1'));
        for (const seq of [10, 11, 11, 9, 12, 10, 13]) registry.applyStatus('d1', status(seq, '1.0.0', { releaseId: 'r1', deviceTimeMs: 1000 + seq }), 5000);
        expect(registry.statusLog('d1').map((e) => e.seq)).toEqual([10, 11, 12, 13]);
        expect(registry.lastStatusSeq('d1')).toBe(13);
        expect(registry.statusLog('d1')[0]).toEqual({ seq: 10, receivedMs: 5000, deviceMs: 1010, state: 1, outcome: 2, releaseId: 'r1', installedVersion: '1.0.0', lastError: '' });
        expect(registry.statusLog('d1', 2).map((e) => e.seq)).toEqual([12, 13]);
        expect(registry.statusLog('nobody')).toEqual([]);
      });

      it('keeps the newest 1000 statuses of a device', () => {
        registry.upsertPrincipal(device('d1'));
        for (let seq = 1; seq <= 1100; seq++) registry.applyStatus('d1', status(seq), seq);
        const log = registry.statusLog('d1');
        expect(log).toHaveLength(1000);
        expect(log[0]?.seq).toBe(101);
        expect(log.at(-1)?.seq).toBe(1100);
      });

      it('keeps device state across a restart', async () => {
        registry.upsertPrincipal(device('d1'));
        registry.applyStatus('d1', status(3, '1.2.0'), 700);
        await restart();
        expect(registry.listDevices()[0]).toMatchObject({ deviceId: 'd1', installedVersion: '1.2.0', lastSeq: 3, lastSeenMs: 700 });
        expect(registry.applyStatus('d1', status(3), 800).applied).toBe(false);
      });
    });

    describe('releases', () => {
      it('returns a release as recorded, and undefined for an unknown one', () => {
        const recorded = release('a1', 'cam', 'stable', '1.0.0', { fw: 'aa', app: 'bb' });
        registry.insertRelease(recorded, []);
        expect(registry.getRelease('a1')).toEqual(recorded);
        expect(registry.getRelease('nope')).toBeUndefined();
        expect(registry.releaseProduct('a1')).toBe('cam');
        expect(registry.releaseProduct('nope')).toBeUndefined();
      });

      it('answers the latest announced release of each channel', () => {
        registry.insertRelease(release('a1', 'cam', 'stable', '1.0.0'), []);
        registry.markAnnounced('a1');
        registry.insertRelease(release('a2', 'cam', 'stable', '2.0.0'), []);
        registry.markAnnounced('a2');
        registry.insertRelease(release('b1', 'cam', 'beta', '3.0.0-rc.1'), []);
        registry.markAnnounced('b1');
        expect(registry.latestReleases().map((r) => r.releaseId)).toEqual(['b1', 'a2']);
        registry.markAnnounced('a1'); // re-announced: it is the channel's again
        expect(registry.latestReleases().map((r) => r.releaseId)).toEqual(['b1', 'a1']);
      });

      it('lists releases oldest first, of one product or of all', () => {
        registry.insertRelease(release('c1', 'cam', 'stable', '1.0.0'), []);
        registry.insertRelease(release('d1', 'door', 'stable', '1.0.0'), []);
        registry.insertRelease(release('c2', 'cam', 'beta', '2.0.0'), []);
        expect(registry.listReleases('cam').map((r) => r.releaseId)).toEqual(['c1', 'c2']);
        expect(registry.listReleases('other')).toEqual([]);
        expect(registry.listReleases().map((r) => r.releaseId).sort()).toEqual(['c1', 'c2', 'd1']);
      });

      it('finds the releases of one product, channel and version', () => {
        registry.insertRelease(release('v1', 'cam', 'stable', '1.0.0'), []);
        registry.insertRelease(release('v1b', 'cam', 'stable', '1.0.0', { fw: 'other' }), []);
        registry.insertRelease(release('v1beta', 'cam', 'beta', '1.0.0'), []);
        expect(registry.releasesOfVersion('cam', 'stable', '1.0.0').map((r) => r.releaseId)).toEqual(['v1', 'v1b']);
        expect(registry.releasesOfVersion('cam', 'stable', '9.9.9')).toEqual([]);
      });

      it('tells which blobs belong to a release', () => {
        const chunk = sha256(Buffer.from('x'));
        registry.insertRelease(release('a1', 'cam', 'stable', '1.0.0'), [chunk, chunk]);
        registry.insertRelease(release('a2', 'cam', 'stable', '2.0.0'), []);
        expect(registry.releaseHasBlob('a1', chunk)).toBe(true);
        expect(registry.releaseHasBlob('a2', chunk)).toBe(false);
        expect(registry.releaseHasBlob('nope', chunk)).toBe(false);
      });

      it('replaces the signed manifest of a release and keeps releases across a restart', async () => {
        const chunk = sha256(Buffer.from('y'));
        registry.insertRelease(release('a1', 'cam', 'stable', '1.0.0'), [chunk]);
        registry.markAnnounced('a1');
        registry.updateSignedManifest('a1', Buffer.from('re-signed'));
        await restart();
        expect(registry.getRelease('a1')?.signedManifest.equals(Buffer.from('re-signed'))).toBe(true);
        expect(registry.latestReleases().map((r) => r.releaseId)).toEqual(['a1']);
        expect(registry.releaseHasBlob('a1', chunk)).toBe(true);
      });
    });

    describe('fleet: labels, removal, yanking, rollouts', () => {
      const rollout = (id: string, state: Rollout['state'] = 'running'): Rollout => ({
        id, product: 'cam', channel: 'stable', version: '2.0.0', releaseId: 'rel-2', select: { region: 'eu' }, policy: { ...DEFAULT_POLICY, waves: [50, 100] }, state, wave: 0, createdAtMs: 1, updatedAtMs: 1,
      });

      it('merges labels (an empty value removes one), lists them with the devices, and refuses a bad key', () => {
        registry.upsertPrincipal(device('d1'));
        expect(registry.labels.update('d1', { region: 'eu', ring: 'canary' })).toEqual({ region: 'eu', ring: 'canary' });
        expect(registry.labels.update('d1', { ring: '' })).toEqual({ region: 'eu' });
        expect(registry.listDevices()[0]?.labels).toEqual({ region: 'eu' });
        expect(() => registry.labels.update('d1', { 'no spaces': 'x' })).toThrow(/label key/);
      });

      it('removes a device with its state and labels', () => {
        registry.upsertPrincipal(device('d1'));
        registry.labels.update('d1', { region: 'eu' });
        registry.applyStatus('d1', status(1));
        registry.removePrincipal('d1');
        expect(registry.findPrincipal('d1')).toBeUndefined();
        expect(registry.listDevices()).toEqual([]);
      });

      it('the current release of a channel is the last announced one not yanked; an unannounced one never is', () => {
        registry.insertRelease(release('r1', 'cam', 'stable', '1.0.0'), []);
        registry.markAnnounced('r1');
        registry.insertRelease(release('r2', 'cam', 'stable', '2.0.0'), []);
        expect(registry.currentRelease('cam', 'stable')?.releaseId).toBe('r1');
        expect(registry.latestReleases().map((r) => r.releaseId)).toEqual(['r1']);
        registry.markAnnounced('r2');
        expect(registry.currentRelease('cam', 'stable')?.releaseId).toBe('r2');
        registry.yankRelease('r2');
        expect(registry.currentRelease('cam', 'stable')?.releaseId).toBe('r1');
        registry.yankRelease('r1');
        expect(registry.currentRelease('cam', 'stable')).toBeUndefined();
      });

      it('saves rollout steps (rollout, changed targets, events) and reads them back after a restart', async () => {
        const targets: RolloutTarget[] = [{ deviceId: 'd1', wave: 0, phase: 'waiting' }, { deviceId: 'd2', wave: 1, phase: 'waiting' }];
        registry.rollouts.create(rollout('ro-1'), targets, { atMs: 1, kind: 'state', detail: 'started' });
        registry.rollouts.save({ ...rollout('ro-1'), wave: 1, waveSettledAtMs: 5, updatedAtMs: 6 }, [{ deviceId: 'd1', wave: 0, phase: 'failed', assignedAtMs: 2, finishedAtMs: 4, reason: 'OTA_E_HEALTH', acknowledged: true }], [
          { atMs: 4, kind: 'device', deviceId: 'd1', detail: 'failed' },
        ]);
        await restart();
        expect(registry.rollouts.get('ro-1')).toMatchObject({ wave: 1, waveSettledAtMs: 5, select: { region: 'eu' }, policy: { waves: [50, 100] } });
        expect(registry.rollouts.targets('ro-1')).toEqual([{ deviceId: 'd1', wave: 0, phase: 'failed', assignedAtMs: 2, finishedAtMs: 4, reason: 'OTA_E_HEALTH', acknowledged: true }, { deviceId: 'd2', wave: 1, phase: 'waiting' }]);
        expect(registry.rollouts.events('ro-1').map((e) => e.detail)).toEqual(['started', 'failed']);
        expect(registry.rollouts.activeOnChannel('cam', 'stable')?.id).toBe('ro-1');
        expect(registry.rollouts.failuresOfRelease('d1', 'rel-2')).toBe(1);
      });

      it('refuses a second active rollout on a channel, not one after the first ended', () => {
        registry.rollouts.create(rollout('ro-1'), [], { atMs: 1, kind: 'state', detail: 'started' });
        expect(() => registry.rollouts.create(rollout('ro-2'), [], { atMs: 2, kind: 'state', detail: 'started' })).toThrow(/OTA_E_ROLLOUT_ACTIVE|still running/);
        registry.rollouts.save(rollout('ro-1', 'aborted'), [], []);
        registry.rollouts.create(rollout('ro-2'), [], { atMs: 3, kind: 'state', detail: 'started' });
        expect(registry.rollouts.active().map((r) => r.id)).toEqual(['ro-2']);
        expect(registry.rollouts.list().map((r) => r.id)).toEqual(['ro-1', 'ro-2']);
      });

      it("reads a device's latest result for a release from its statuses", () => {
        registry.upsertPrincipal(device('d1'));
        expect(registry.rollouts.latestResult('d1', 'rel-2')).toBeUndefined();
        registry.applyStatus('d1', status(1, '1.0.0', { outcome: 1, releaseId: 'rel-2' }), 100);
        expect(registry.rollouts.latestResult('d1', 'rel-2')).toBeUndefined();
        registry.applyStatus('d1', status(2, '1.0.0', { outcome: 6, releaseId: 'rel-2', lastError: 'OTA_E_HEALTH: exit 1' }), 200);
        expect(registry.rollouts.latestResult('d1', 'rel-2')).toEqual({ ok: false, reason: 'OTA_E_HEALTH', atMs: 200 });
        registry.applyStatus('d1', status(3, '2.0.0', { outcome: 2, releaseId: 'rel-2' }), 300);
        expect(registry.rollouts.latestResult('d1', 'rel-2')).toEqual({ ok: true, reason: '', atMs: 300 });
      });
    });

    describe('delta patches', () => {
      const from = sha256(Buffer.from('old component'));
      const to = sha256(Buffer.from('new component'));
      const patchChunk = sha256(Buffer.from('patch chunk'));

      it('offers a recorded patch only under a release that holds its target component', () => {
        registry.insertRelease(release('new', 'cam', 'stable', '2.0.0', { fw: toHex(to) }), []);
        registry.insertRelease(release('unrelated', 'cam', 'stable', '3.0.0', { fw: 'ff' }), []);
        expect(registry.patches.known(from, to)).toBe(false);
        expect(registry.patches.offer('new', from, to)).toBeUndefined();
        const record = patch(from, to);
        registry.patches.insert(record, [patchChunk, record.indexDigest]);
        expect(registry.patches.known(from, to)).toBe(true);
        expect(registry.patches.offer('new', from, to)).toEqual(record);
        expect(registry.patches.offer('unrelated', from, to)).toBeUndefined();
        expect(registry.patches.offer('new', to, from)).toBeUndefined();
      });

      it('opens a patch blobs to the releases that hold its target', () => {
        registry.insertRelease(release('new', 'cam', 'stable', '2.0.0', { fw: toHex(to) }), []);
        registry.insertRelease(release('unrelated', 'cam', 'stable', '3.0.0', { fw: 'ff' }), []);
        registry.patches.insert(patch(from, to), [patchChunk]);
        expect(registry.releaseHasBlob('new', patchChunk)).toBe(true);
        expect(registry.releaseHasBlob('unrelated', patchChunk)).toBe(false);
      });

      it('records a pair found not worth a patch without offering it', () => {
        registry.insertRelease(release('new', 'cam', 'stable', '2.0.0', { fw: toHex(to) }), []);
        registry.patches.insert(patch(from, to, 0), []);
        expect(registry.patches.known(from, to)).toBe(true);
        expect(registry.patches.offer('new', from, to)).toBeUndefined();
        expect(registry.patches.blobsLeadingTo([to])).toEqual([]);
      });

      it('lists the blobs of patches leading to given components, each once', () => {
        const other = sha256(Buffer.from('another old component'));
        const second = sha256(Buffer.from('second patch chunk'));
        registry.patches.insert(patch(from, to), [patchChunk]);
        registry.patches.insert(patch(other, to), [patchChunk, second]);
        registry.patches.insert(patch(to, from), [sha256(Buffer.from('elsewhere'))]);
        expect(registry.patches.blobsLeadingTo([to]).map(toHex).sort()).toEqual([patchChunk, second].map(toHex).sort());
        expect(registry.patches.blobsLeadingTo([randomBytes(32)])).toEqual([]);
      });

      it('keeps patches across a restart', async () => {
        registry.insertRelease(release('new', 'cam', 'stable', '2.0.0', { fw: toHex(to) }), []);
        const record = patch(from, to);
        registry.patches.insert(record, [patchChunk]);
        await restart();
        expect(registry.patches.offer('new', from, to)).toEqual(record);
        expect(registry.releaseHasBlob('new', patchChunk)).toBe(true);
      });
    });
  });
}
