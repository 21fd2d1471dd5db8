import { describe, expect, it } from 'vitest';
import { Aedes } from 'aedes';
import { guardEmitterRecursion } from '../src/mqtt/emitter-recursion-guard.js';

/** Aedes' emitter (not in its typings). */
const mqOf = (aedes: Aedes): unknown => (aedes as unknown as { mq: unknown }).mq;

/**
 * One slot held by a slow delivery while `count` messages nobody listens to
 * queue behind it, then the slot is released: mqemitter starts each queued
 * message from inside the completion of the previous one.
 */
async function drainQueue(guarded: boolean, count: number): Promise<{ delivered: number; order: number[] }> {
  const aedes = await Aedes.createBroker({ concurrency: 1 });
  if (guarded) guardEmitterRecursion(mqOf(aedes));
  let release: (() => void) | undefined;
  await new Promise<void>((resolve) => aedes.subscribe('hold', (_packet, cb) => (release = cb), resolve));
  const order: number[] = [];
  await new Promise<void>((resolve) => aedes.subscribe('last', (packet, cb) => (order.push(Number(String(packet.payload))), cb()), resolve));
  const publish = (topic: string, payload: string): void => aedes.publish({ cmd: 'publish', topic, payload: Buffer.from(payload), qos: 0, retain: false, dup: false }, () => undefined);
  let delivered = 0;
  publish('hold', '0');
  for (let i = 0; i < count; i++) aedes.publish({ cmd: 'publish', topic: 'nobody', payload: Buffer.alloc(0), qos: 0, retain: false, dup: false }, () => void delivered++);
  publish('last', '1');
  publish('last', '2');
  try {
    release?.();
    await new Promise((r) => setTimeout(r, 0));
    for (let waited = 0; order.length < 2 && waited < 30_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    return { delivered, order };
  } finally {
    await new Promise<void>((resolve) => aedes.close(() => resolve()));
  }
}

describe('emitter recursion guard', () => {
  it('drains a queue of 10,000 synchronously completing messages without overflowing the stack, in order', async () => {
    const { delivered, order } = await drainQueue(true, 10_000);
    expect(delivered).toBe(10_000);
    expect(order).toEqual([1, 2]);
  });

  it('is needed: without it the same queue overflows the stack', async () => {
    await expect(drainQueue(false, 10_000)).rejects.toThrow(/call stack/);
  });
});
