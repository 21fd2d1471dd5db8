import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { MqttClient } from 'mqtt';
import { encode, pb, topics } from '@otacast/shared';
import { randomFile, useFixture } from './support/fixture.js';
import { connectRaw } from './support/mqtt-device.js';
import { rolloutStatus, until } from './support/rollouts.js';

/**
 * A device removed (`otacast device remove`) or given a new token
 * (`device rotate-token`) in the middle of a rollout, against a real server
 * with devices reporting over real MQTT (docs/fleet.md): a removed device is
 * `removed` — not a failure, no longer counted as a target — and a rotated
 * one carries on with its new token and counts as it reports.
 */
describe('device removal and token rotation mid-rollout', () => {
  const ctx = useFixture();

  function report(client: MqttClient, id: string, seq: number, releaseId: string): Promise<unknown> {
    const status = { seq, timestampMs: Date.now(), state: pb.AgentState.AGENT_STATE_IDLE, outcome: pb.Outcome.OUTCOME_INSTALLED, releaseId, installedVersion: '2.0.0' };
    return client.publishAsync(topics.deviceStatus(id), encode(pb.DeviceStatus, status), { qos: 1 });
  }

  it('a removed device is "removed", not failed (no halt at --max-failure-rate 0); a rotated one succeeds with its new token; the rollout completes', async () => {
    const { fx, root } = ctx;
    const tokens = new Map<string, string>();
    for (const id of ['rm-1', 'rm-2', 'rm-3']) tokens.set(id, await fx.addDevice(id, 'rmp'));
    await randomFile(join(root, 'rmp.bin'), 4096);
    const releaseId = await fx.publish('rmp', '2.0.0', [`fw=${join(root, 'rmp.bin')}`], ['--no-announce']);
    const one = await connectRaw(fx.server.url, 'rm-1', tokens.get('rm-1') ?? '');
    let two = await connectRaw(fx.server.url, 'rm-2', tokens.get('rm-2') ?? '');
    try {
      // Any failure halts it: a removal counted as one would.
      const started = await fx.admin(['rollout', 'start', '--product', 'rmp', '--version', '2.0.0', '--waves', '100', '--min-sample', '1', '--max-failure-rate', '0']);
      expect(started.code, started.stderr).toBe(0);
      const id = started.lastLine;
      await until('every device assigned', async () => (await rolloutStatus(fx, id)).targets.every((t) => t.phase === 'assigned'), 15_000);

      expect((await fx.admin(['device', 'remove', 'rm-3'])).code).toBe(0);
      await until('rm-3 removed from the rollout', async () => (await rolloutStatus(fx, id)).targets.some((t) => t.deviceId === 'rm-3' && t.phase === 'removed'), 15_000);
      const afterRemoval = await rolloutStatus(fx, id);
      expect(afterRemoval.state).toBe('running');
      expect(afterRemoval.counts).toMatchObject({ targeted: 2, failed: 0 });
      expect(afterRemoval.targets.find((t) => t.deviceId === 'rm-3')).toMatchObject({ phase: 'removed', reason: 'removed' });
      expect(afterRemoval.history.some((h) => h.deviceId === 'rm-3' && h.detail === 'removed from the fleet: no longer a target')).toBe(true);

      // rm-2's token is rotated mid-rollout: dropped, it reconnects with the new one and reports.
      const closed = new Promise<void>((resolve) => two.once('close', () => resolve()));
      const rotated = await fx.admin(['device', 'rotate-token', 'rm-2']);
      expect(rotated.code, rotated.stderr).toBe(0);
      await closed;
      two.end(true);
      two = await connectRaw(fx.server.url, 'rm-2', rotated.lastLine);
      expect((await rolloutStatus(fx, id)).counts).toMatchObject({ targeted: 2, failed: 0 });

      await report(one, 'rm-1', 1, releaseId);
      await report(two, 'rm-2', 1, releaseId);
      await until('completion', async () => (await rolloutStatus(fx, id)).state === 'completed', 20_000);
      const done = await rolloutStatus(fx, id);
      expect(done.counts).toEqual({ targeted: 2, succeeded: 2, failed: 0, inProgress: 0, pending: 0 });
      expect(done.waves).toEqual([{ percent: 100, devices: 2 }]);
      expect(done.haltReason).toBe('');
    } finally {
      one.end(true);
      two.end(true);
    }
  });
});
