/**
 * The contract of the registry (broker/src/registry/registry-port.ts) as one
 * suite that every implementation runs — SQLite and PostgreSQL — the way
 * aedes-persistence exports abstract.js. Only public operations are used:
 * principals, releases, device statuses and delta patches; how and where an
 * implementation keeps them is its own test file's business.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sha256, toHex } from '@otacast/shared';
import { hashToken } from '../../src/auth/auth.js';
import type { PatchRecord } from '../../src/registry/patch-records.js';
import type { Registry, RegistryOptions, ReleaseRecord, StatusUpdate } from '../../src/registry/registry.js';
import { DEFAULT_POLICY, type Rollout, type RolloutTarget } from '../../src/rollouts/rollout-types.js';
import { registryAccessTests } from './registry-access-suite.js';
import { registryGcTests } from './registry-gc-suite.js';
import { registryReplayTests } from './registry-replay-suite.js';

/** The registry's public operations: what an implementation must offer. */
export type RegistryContract = Pick<Registry, keyof Registry>;

export interface RegistryUnderTest {
  registry: RegistryContract;
  /** Opens the registry again on the same data (a restart, or a second worker beside the first). */
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

/** The suite every registry implementation passes; `makeRegistry` opens a fresh, empty one (with `options`, e.g. a small audit bound). */
export function registrySuite(name: string, makeRegistry: (options?: RegistryOptions) => Promise<RegistryUnderTest>): void {
  describe(`Registry: ${name}`, () => {
    let subject: RegistryUnderTest;
    let registry: RegistryContract;
    beforeEach(async () => {
      subject = await makeRegistry();
      registry = subject.registry;
    });
    afterEach(async () => {
      await registry.close();
      await subject.cleanup();
    });

    async function restart(): Promise<void> {
      await registry.close();
      registry = await subject.reopen();
    }

    describe('principals', () => {
      it('finds a principal once upserted, and the upsert replaces role, token, product and channel', async () => {
        expect(await registry.findPrincipal('cam-1')).toBeUndefined();
        await registry.upsertPrincipal(device('cam-1'));
        expect(await registry.findPrincipal('cam-1')).toEqual(device('cam-1'));
        const rotated = { name: 'cam-1', role: 'publisher' as const, tokenSha256: hashToken('new'), product: 'other', channel: 'beta' };
        await registry.upsertPrincipal(rotated);
        expect(await registry.findPrincipal('cam-1')).toEqual(rotated);
      });

      it('keeps principals across a restart', async () => {
        await registry.upsertPrincipal({ name: 'admin', role: 'admin', tokenSha256: hashToken('t'), product: '', channel: '' });
        await restart();
        expect((await registry.findPrincipal('admin'))?.role).toBe('admin');
      });
    });

    registryAccessTests(() => registry, (options) => makeRegistry(options));
    registryGcTests(() => registry);
    registryReplayTests(() => registry, () => subject.reopen());

    describe('devices and statuses', () => {
      it('lists registered devices by name, with defaults before any status, and no other principals', async () => {
        await registry.upsertPrincipal(device('d2'));
        await registry.upsertPrincipal(device('d1', 'door', 'beta'));
        await registry.upsertPrincipal({ name: 'pub', role: 'publisher', tokenSha256: hashToken('p'), product: '', channel: '' });
        expect(await registry.listDevices()).toEqual([
          { deviceId: 'd1', product: 'door', channel: 'beta', installedVersion: '', state: 0, outcome: 0, targetVersion: '', lastError: '', lastSeenMs: 0, lastSeq: 0, components: {}, labels: {} },
          expect.objectContaining({ deviceId: 'd2', product: 'cam', channel: 'stable', lastSeq: 0 }),
        ]);
      });

      it('applies a device status only when its seq is newer, and records when it was last seen', async () => {
        await registry.upsertPrincipal(device('d1'));
        expect(await registry.applyStatus('d1', status(5, '1.0.0', { targetVersion: '2.0.0', lastError: 'OTA_E_TIMEOUT' }), 1000)).toEqual({ applied: true, lastSeq: 5, previousSeq: 0 });
        expect(await registry.applyStatus('d1', status(4, '0.1.0'), 2000)).toEqual({ applied: false, lastSeq: 5, previousSeq: 5 });
        expect(await registry.applyStatus('d1', status(5, '0.1.0'), 3000)).toEqual({ applied: false, lastSeq: 5, previousSeq: 5 });
        expect((await registry.listDevices())[0]).toMatchObject({
          installedVersion: '1.0.0',
          state: 1,
          outcome: 2,
          targetVersion: '2.0.0',
          lastError: 'OTA_E_TIMEOUT',
          lastSeq: 5,
          lastSeenMs: 3000,
          components: { fw: '1.0.0' },
        });
        expect(await registry.lastStatusSeq('d1')).toBe(5);
        expect(await registry.lastStatusSeq('nobody')).toBe(0);
        // The seq recorded before comes with the result (the status handler logs a jump from it).
        expect(await registry.applyStatus('d1', status(7, '1.0.0'), 4000)).toEqual({ applied: true, lastSeq: 7, previousSeq: 5 });
      });

      it('logs each applied status once, in seq order, and ignores resent and older ones', async () => {
        await registry.upsertPrincipal(device('d1'));
        for (const seq of [10, 11, 11, 9, 12, 10, 13]) await registry.applyStatus('d1', status(seq, '1.0.0', { releaseId: 'r1', deviceTimeMs: 1000 + seq }), 5000);
        expect((await registry.statusLog('d1')).map((e) => e.seq)).toEqual([10, 11, 12, 13]);
        expect(await registry.lastStatusSeq('d1')).toBe(13);
        expect((await registry.statusLog('d1'))[0]).toEqual({ seq: 10, receivedMs: 5000, deviceMs: 1010, state: 1, outcome: 2, releaseId: 'r1', installedVersion: '1.0.0', lastError: '' });
        expect((await registry.statusLog('d1', 2)).map((e) => e.seq)).toEqual([12, 13]);
        expect(await registry.statusLog('nobody')).toEqual([]);
      });

      it('keeps the newest 1000 statuses of a device', async () => {
        await registry.upsertPrincipal(device('d1'));
        for (let seq = 1; seq <= 1100; seq++) await registry.applyStatus('d1', status(seq), seq);
        const log = await registry.statusLog('d1');
        expect(log).toHaveLength(1000);
        expect(log[0]?.seq).toBe(101);
        expect(log.at(-1)?.seq).toBe(1100);
      });

      it('keeps device state across a restart', async () => {
        await registry.upsertPrincipal(device('d1'));
        await registry.applyStatus('d1', status(3, '1.2.0'), 700);
        await restart();
        expect((await registry.listDevices())[0]).toMatchObject({ deviceId: 'd1', installedVersion: '1.2.0', lastSeq: 3, lastSeenMs: 700 });
        expect((await registry.applyStatus('d1', status(3), 800)).applied).toBe(false);
      });
    });

    describe('releases', () => {
      it('returns a release as recorded, and undefined for an unknown one', async () => {
        const recorded = release('a1', 'cam', 'stable', '1.0.0', { fw: 'aa', app: 'bb' });
        await registry.insertRelease(recorded, []);
        expect(await registry.getRelease('a1')).toEqual(recorded);
        expect(await registry.getRelease('nope')).toBeUndefined();
        expect(await registry.releaseProduct('a1')).toBe('cam');
        expect(await registry.releaseProduct('nope')).toBeUndefined();
      });

      it('answers the latest announced release of each channel', async () => {
        await registry.insertRelease(release('a1', 'cam', 'stable', '1.0.0'), []);
        await registry.markAnnounced('a1');
        await registry.insertRelease(release('a2', 'cam', 'stable', '2.0.0'), []);
        await registry.markAnnounced('a2');
        await registry.insertRelease(release('b1', 'cam', 'beta', '3.0.0-rc.1'), []);
        await registry.markAnnounced('b1');
        expect((await registry.latestReleases()).map((r) => r.releaseId)).toEqual(['b1', 'a2']);
        await registry.markAnnounced('a1'); // re-announced: it is the channel's again
        expect((await registry.latestReleases()).map((r) => r.releaseId)).toEqual(['b1', 'a1']);
      });

      it('lists releases oldest first, of one product or of all', async () => {
        await registry.insertRelease(release('c1', 'cam', 'stable', '1.0.0'), []);
        await registry.insertRelease(release('d1', 'door', 'stable', '1.0.0'), []);
        await registry.insertRelease(release('c2', 'cam', 'beta', '2.0.0'), []);
        expect((await registry.listReleases('cam')).map((r) => r.releaseId)).toEqual(['c1', 'c2']);
        expect(await registry.listReleases('other')).toEqual([]);
        expect((await registry.listReleases()).map((r) => r.releaseId).sort()).toEqual(['c1', 'c2', 'd1']);
      });

      it('finds the releases of one product, channel and version', async () => {
        await registry.insertRelease(release('v1', 'cam', 'stable', '1.0.0'), []);
        await registry.insertRelease(release('v1b', 'cam', 'stable', '1.0.0', { fw: 'other' }), []);
        await registry.insertRelease(release('v1beta', 'cam', 'beta', '1.0.0'), []);
        expect((await registry.releasesOfVersion('cam', 'stable', '1.0.0')).map((r) => r.releaseId)).toEqual(['v1', 'v1b']);
        expect(await registry.releasesOfVersion('cam', 'stable', '9.9.9')).toEqual([]);
      });

      it('tells which blobs belong to a release', async () => {
        const chunk = sha256(Buffer.from('x'));
        await registry.insertRelease(release('a1', 'cam', 'stable', '1.0.0'), [chunk, chunk]);
        await registry.insertRelease(release('a2', 'cam', 'stable', '2.0.0'), []);
        expect(await registry.releaseHasBlob('a1', chunk)).toBe(true);
        expect(await registry.releaseHasBlob('a2', chunk)).toBe(false);
        expect(await registry.releaseHasBlob('nope', chunk)).toBe(false);
      });

      it('replaces the signed manifest of a release and keeps releases across a restart', async () => {
        const chunk = sha256(Buffer.from('y'));
        await registry.insertRelease(release('a1', 'cam', 'stable', '1.0.0'), [chunk]);
        await registry.markAnnounced('a1');
        await registry.updateSignedManifest('a1', Buffer.from('re-signed'));
        await restart();
        expect((await registry.getRelease('a1'))?.signedManifest.equals(Buffer.from('re-signed'))).toBe(true);
        expect((await registry.latestReleases()).map((r) => r.releaseId)).toEqual(['a1']);
        expect(await registry.releaseHasBlob('a1', chunk)).toBe(true);
      });
    });

    describe('fleet: labels, removal, yanking, rollouts', () => {
      const rollout = (id: string, state: Rollout['state'] = 'running'): Rollout => ({
        id, product: 'cam', channel: 'stable', version: '2.0.0', releaseId: 'rel-2', select: { region: 'eu' }, policy: { ...DEFAULT_POLICY, waves: [50, 100] }, state, wave: 0, createdAtMs: 1, updatedAtMs: 1,
      });

      it('merges labels (an empty value removes one), lists them with the devices, and refuses a bad key', async () => {
        await registry.upsertPrincipal(device('d1'));
        expect(await registry.labels.update('d1', { region: 'eu', ring: 'canary' })).toEqual({ region: 'eu', ring: 'canary' });
        expect(await registry.labels.update('d1', { ring: '' })).toEqual({ region: 'eu' });
        expect((await registry.listDevices())[0]?.labels).toEqual({ region: 'eu' });
        await expect(registry.labels.update('d1', { 'no spaces': 'x' })).rejects.toThrow(/label key/);
      });

      it('removes a device with its state and labels', async () => {
        await registry.upsertPrincipal(device('d1'));
        await registry.labels.update('d1', { region: 'eu' });
        await registry.applyStatus('d1', status(1));
        await registry.removePrincipal('d1');
        expect(await registry.findPrincipal('d1')).toBeUndefined();
        expect(await registry.listDevices()).toEqual([]);
      });

      it('the current release of a channel is the last announced one not yanked; an unannounced one never is', async () => {
        await registry.insertRelease(release('r1', 'cam', 'stable', '1.0.0'), []);
        await registry.markAnnounced('r1');
        await registry.insertRelease(release('r2', 'cam', 'stable', '2.0.0'), []);
        expect((await registry.currentRelease('cam', 'stable'))?.releaseId).toBe('r1');
        expect((await registry.latestReleases()).map((r) => r.releaseId)).toEqual(['r1']);
        await registry.markAnnounced('r2');
        expect((await registry.currentRelease('cam', 'stable'))?.releaseId).toBe('r2');
        expect(await registry.isYanked('r2')).toBe(false);
        await registry.yankRelease('r2');
        expect(await registry.isYanked('r2')).toBe(true);
        expect(await registry.isYanked('r1')).toBe(false);
        expect(await registry.isYanked('no-such-release')).toBe(false);
        expect((await registry.currentRelease('cam', 'stable'))?.releaseId).toBe('r1');
        await registry.yankRelease('r1');
        expect(await registry.currentRelease('cam', 'stable')).toBeUndefined();
      });

      it('saves rollout steps (rollout, changed targets, events) and reads them back after a restart', async () => {
        const targets: RolloutTarget[] = [{ deviceId: 'd1', wave: 0, phase: 'waiting' }, { deviceId: 'd2', wave: 1, phase: 'waiting' }];
        await registry.rollouts.create(rollout('ro-1'), targets, { atMs: 1, kind: 'state', detail: 'started' });
        await registry.rollouts.save({ ...rollout('ro-1'), wave: 1, waveSettledAtMs: 5, updatedAtMs: 6 }, [{ deviceId: 'd1', wave: 0, phase: 'failed', assignedAtMs: 2, finishedAtMs: 4, reason: 'OTA_E_HEALTH', acknowledged: true }], [
          { atMs: 4, kind: 'device', deviceId: 'd1', detail: 'failed' },
        ]);
        await restart();
        expect(await registry.rollouts.get('ro-1')).toMatchObject({ wave: 1, waveSettledAtMs: 5, select: { region: 'eu' }, policy: { waves: [50, 100] } });
        expect(await registry.rollouts.targets('ro-1')).toEqual([{ deviceId: 'd1', wave: 0, phase: 'failed', assignedAtMs: 2, finishedAtMs: 4, reason: 'OTA_E_HEALTH', acknowledged: true }, { deviceId: 'd2', wave: 1, phase: 'waiting' }]);
        expect((await registry.rollouts.events('ro-1')).map((e) => e.detail)).toEqual(['started', 'failed']);
        expect((await registry.rollouts.activeOnChannel('cam', 'stable'))?.id).toBe('ro-1');
        expect(await registry.rollouts.failuresOfRelease('d1', 'rel-2')).toBe(1);
      });

      it('refuses a second active rollout on a channel, not one after the first ended', async () => {
        await registry.rollouts.create(rollout('ro-1'), [], { atMs: 1, kind: 'state', detail: 'started' });
        await expect(registry.rollouts.create(rollout('ro-2'), [], { atMs: 2, kind: 'state', detail: 'started' })).rejects.toThrow(/OTA_E_ROLLOUT_ACTIVE|still running/);
        await registry.rollouts.save(rollout('ro-1', 'aborted'), [], []);
        await registry.rollouts.create(rollout('ro-2'), [], { atMs: 3, kind: 'state', detail: 'started' });
        expect((await registry.rollouts.active()).map((r) => r.id)).toEqual(['ro-2']);
        expect((await registry.rollouts.list()).map((r) => r.id)).toEqual(['ro-1', 'ro-2']);
      });

      it("reads a device's latest result for a release from its statuses", async () => {
        await registry.upsertPrincipal(device('d1'));
        expect(await registry.rollouts.latestResult('d1', 'rel-2')).toBeUndefined();
        await registry.applyStatus('d1', status(1, '1.0.0', { outcome: 1, releaseId: 'rel-2' }), 100);
        expect(await registry.rollouts.latestResult('d1', 'rel-2')).toBeUndefined();
        await registry.applyStatus('d1', status(2, '1.0.0', { outcome: 6, releaseId: 'rel-2', lastError: 'OTA_E_HEALTH: exit 1' }), 200);
        expect(await registry.rollouts.latestResult('d1', 'rel-2')).toEqual({ ok: false, reason: 'OTA_E_HEALTH', atMs: 200 });
        await registry.applyStatus('d1', status(3, '2.0.0', { outcome: 2, releaseId: 'rel-2' }), 300);
        expect(await registry.rollouts.latestResult('d1', 'rel-2')).toEqual({ ok: true, reason: '', atMs: 300 });
      });
    });

    describe('delta patches', () => {
      const from = sha256(Buffer.from('old component'));
      const to = sha256(Buffer.from('new component'));
      const patchChunk = sha256(Buffer.from('patch chunk'));

      it('offers a recorded patch only under a release that holds its target component', async () => {
        await registry.insertRelease(release('new', 'cam', 'stable', '2.0.0', { fw: toHex(to) }), []);
        await registry.insertRelease(release('unrelated', 'cam', 'stable', '3.0.0', { fw: 'ff' }), []);
        expect(await registry.patches.known(from, to)).toBe(false);
        expect(await registry.patches.offer('new', from, to)).toBeUndefined();
        const record = patch(from, to);
        await registry.patches.insert(record, [patchChunk, record.indexDigest]);
        expect(await registry.patches.known(from, to)).toBe(true);
        expect(await registry.patches.offer('new', from, to)).toEqual(record);
        expect(await registry.patches.offer('unrelated', from, to)).toBeUndefined();
        expect(await registry.patches.offer('new', to, from)).toBeUndefined();
      });

      it('opens a patch blobs to the releases that hold its target', async () => {
        await registry.insertRelease(release('new', 'cam', 'stable', '2.0.0', { fw: toHex(to) }), []);
        await registry.insertRelease(release('unrelated', 'cam', 'stable', '3.0.0', { fw: 'ff' }), []);
        await registry.patches.insert(patch(from, to), [patchChunk]);
        expect(await registry.releaseHasBlob('new', patchChunk)).toBe(true);
        expect(await registry.releaseHasBlob('unrelated', patchChunk)).toBe(false);
      });

      it('records a pair found not worth a patch without offering it', async () => {
        await registry.insertRelease(release('new', 'cam', 'stable', '2.0.0', { fw: toHex(to) }), []);
        await registry.patches.insert(patch(from, to, 0), []);
        expect(await registry.patches.known(from, to)).toBe(true);
        expect(await registry.patches.offer('new', from, to)).toBeUndefined();
        expect(await registry.patches.blobsLeadingTo([to])).toEqual([]);
      });

      it('lists the blobs of patches leading to given components, each once', async () => {
        const other = sha256(Buffer.from('another old component'));
        const second = sha256(Buffer.from('second patch chunk'));
        await registry.patches.insert(patch(from, to), [patchChunk]);
        await registry.patches.insert(patch(other, to), [patchChunk, second]);
        await registry.patches.insert(patch(to, from), [sha256(Buffer.from('elsewhere'))]);
        expect((await registry.patches.blobsLeadingTo([to])).map(toHex).sort()).toEqual([patchChunk, second].map(toHex).sort());
        expect(await registry.patches.blobsLeadingTo([randomBytes(32)])).toEqual([]);
      });

      it('keeps patches across a restart', async () => {
        await registry.insertRelease(release('new', 'cam', 'stable', '2.0.0', { fw: toHex(to) }), []);
        const record = patch(from, to);
        await registry.patches.insert(record, [patchChunk]);
        await restart();
        expect(await registry.patches.offer('new', from, to)).toEqual(record);
        expect(await registry.releaseHasBlob('new', patchChunk)).toBe(true);
      });
    });

    describe('two workers on one database', () => {
      let other: RegistryContract;
      beforeEach(async () => {
        other = await subject.reopen();
      });
      afterEach(async () => {
        await other.close();
      });

      it('a release committed twice at once is recorded once, with its blobs', async () => {
        const chunk = sha256(Buffer.from('chunk of r1'));
        const results = await Promise.all([registry.commitRelease(release('r1', 'cam', 'stable', '1.0.0'), [chunk]), other.commitRelease(release('r1', 'cam', 'stable', '1.0.0'), [chunk])]);
        expect(results.map((r) => r.existing).sort()).toEqual([false, true]);
        expect((await registry.listReleases()).map((r) => r.releaseId)).toEqual(['r1']);
        expect(await other.releaseHasBlob('r1', chunk)).toBe(true);
      });

      it('of one version committed at once with other content, exactly one is recorded and the other is refused', async () => {
        const settled = await Promise.allSettled([
          registry.commitRelease(release('v-a', 'cam', 'stable', '2.0.0', { fw: 'aa' }), []),
          other.commitRelease(release('v-b', 'cam', 'stable', '2.0.0', { fw: 'bb' }), []),
        ]);
        expect(settled.map((s) => s.status).sort()).toEqual(['fulfilled', 'rejected']);
        expect(String((settled.find((s) => s.status === 'rejected') as PromiseRejectedResult).reason)).toMatch(/OTA_E_VERSION_EXISTS|already published/);
        expect(await registry.releasesOfVersion('cam', 'stable', '2.0.0')).toHaveLength(1);
        // The same content under another release id (say, other signatures) is recorded beside it.
        const kept = (await registry.releasesOfVersion('cam', 'stable', '2.0.0'))[0];
        expect(await other.commitRelease(release('v-c', 'cam', 'stable', '2.0.0', kept?.componentDigests), [])).toEqual({ existing: true });
      });

      it('a status delivered to both workers at once is applied once, and the log keeps each seq once', async () => {
        await registry.upsertPrincipal(device('d1'));
        const seqs = Array.from({ length: 40 }, (_, i) => i + 1);
        // The device's outbox sends in seq order; each status reaches both workers at once (a resend racing the first delivery).
        for (const seq of seqs) {
          const results = await Promise.all([registry.applyStatus('d1', status(seq, `1.0.${seq}`), seq), other.applyStatus('d1', status(seq, `1.0.${seq}`), seq)]);
          expect(results.map((r) => r.applied).sort()).toEqual([false, true]);
          expect(results.map((r) => r.lastSeq)).toEqual([seq, seq]);
        }
        expect(await other.lastStatusSeq('d1')).toBe(40);
        expect((await registry.statusLog('d1')).map((e) => e.seq)).toEqual(seqs);
        expect((await registry.listDevices())[0]).toMatchObject({ installedVersion: '1.0.40', lastSeq: 40 });
      });

      it('a rollout lease is held by one worker at a time, renewed by its holder, and free once given up or expired', async () => {
        const taken = await Promise.all([registry.tryAcquireLease('rollout:ro-1', 'w1', 60_000), other.tryAcquireLease('rollout:ro-1', 'w2', 60_000)]);
        expect(taken.filter(Boolean)).toHaveLength(1);
        const [holder, waiter] = taken[0] ? (['w1', 'w2'] as const) : (['w2', 'w1'] as const);
        expect(await registry.tryAcquireLease('rollout:ro-1', holder, 60_000)).toBe(true);
        expect(await other.tryAcquireLease('rollout:ro-1', waiter, 60_000)).toBe(false);
        expect(await other.tryAcquireLease('rollout:ro-2', waiter, 60_000)).toBe(true);
        await other.releaseLease('rollout:ro-1', waiter); // not the holder: nothing changes
        expect(await registry.tryAcquireLease('rollout:ro-1', waiter, 60_000)).toBe(false);
        await registry.releaseLease('rollout:ro-1', holder);
        expect(await other.tryAcquireLease('rollout:ro-1', waiter, 1)).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(await registry.tryAcquireLease('rollout:ro-1', holder, 60_000)).toBe(true);
      });

      it('a patch build is claimed by one worker at a time, renewed by its holder, and free once given up or expired', async () => {
        const [from, to] = [sha256(Buffer.from('old fw')), sha256(Buffer.from('new fw'))];
        const taken = await Promise.all([registry.patches.claimBuild(from, to, 'w1', 60_000), other.patches.claimBuild(from, to, 'w2', 60_000)]);
        expect(taken.filter(Boolean)).toHaveLength(1);
        const [holder, waiter] = taken[0] ? (['w1', 'w2'] as const) : (['w2', 'w1'] as const);
        expect(await registry.patches.claimBuild(from, to, holder, 60_000)).toBe(true);
        expect(await other.patches.claimBuild(from, to, waiter, 60_000)).toBe(false);
        // Another pair, or the same one the other way round, is a build of its own.
        expect(await other.patches.claimBuild(to, from, waiter, 60_000)).toBe(true);
        await other.patches.releaseBuild(from, to, waiter); // not the holder: nothing changes
        expect(await registry.patches.claimBuild(from, to, waiter, 60_000)).toBe(false);
        await registry.patches.releaseBuild(from, to, holder);
        expect(await other.patches.claimBuild(from, to, waiter, 1)).toBe(true);
        await new Promise((resolve) => setTimeout(resolve, 20));
        // The waiter's claim expired (it died building): the pair can be claimed again.
        expect(await registry.patches.claimBuild(from, to, holder, 60_000)).toBe(true);
      });
    });
  });
}
