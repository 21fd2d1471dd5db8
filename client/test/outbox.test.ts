import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Outbox } from '../src/link/outbox.js';
import { buildStatus } from '../src/update/status.js';

describe('Outbox', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'otacast-outbox-'))));
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  const status = (message: string) => ({ ...buildStatus({ state: 'IDLE', installed: undefined }), message });

  it('numbers statuses strictly increasing and keeps them across restarts until acked', async () => {
    const outbox = await Outbox.open(dir);
    const a = await outbox.append(status('a'));
    const b = await outbox.append(status('b'));
    const c = await outbox.append(status('c'));
    expect(b.seq).toBe(a.seq + 1);
    expect(c.seq).toBe(b.seq + 1);

    const reopened = await Outbox.open(dir);
    expect(reopened.pending.map((s) => s.message)).toEqual(['a', 'b', 'c']);
    // Acks are cumulative.
    expect(await reopened.ack(b.seq)).toBe(2);
    expect(reopened.pending.map((s) => s.message)).toEqual(['c']);
    const d = await reopened.append(status('d'));
    expect(d.seq).toBe(c.seq + 1);

    const again = await Outbox.open(dir);
    expect(again.pending.map((s) => s.seq)).toEqual([c.seq, d.seq]);
    expect(await again.ack(c.seq - 1)).toBe(0);
  });

  it('waitEmpty resolves when the last status is acked, or false on timeout', async () => {
    const outbox = await Outbox.open(dir);
    const a = await outbox.append(status('a'));
    expect(await outbox.waitEmpty(20)).toBe(false);
    const waiting = outbox.waitEmpty(5_000);
    await outbox.ack(a.seq);
    expect(await waiting).toBe(true);
  });

  it('starts a new device at a clock-based seq, even over a corrupt file', async () => {
    await writeFile(join(dir, 'outbox.json'), '{broken');
    const before = Date.now();
    const outbox = await Outbox.open(dir);
    const a = await outbox.append(status('a'));
    expect(a.seq).toBeGreaterThanOrEqual(before);
  });

  it('keeps the newest statuses when the device has been offline for very long', async () => {
    const outbox = await Outbox.open(dir, { maxEntries: 3 });
    for (const m of ['1', '2', '3', '4', '5']) await outbox.append(status(m));
    expect(outbox.pending.map((s) => s.message)).toEqual(['3', '4', '5']);
  });
});
