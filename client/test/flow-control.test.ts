import { describe, expect, it } from 'vitest';
import { Backoff } from '../src/link/backoff.js';
import { CongestionWindow } from '../src/fetch/congestion-window.js';
import { RttEstimator } from '../src/fetch/rtt-estimator.js';

describe('RttEstimator (RFC 6298)', () => {
  it('uses the initial RTO until the first sample, then srtt + 4·rttvar', () => {
    const rtt = new RttEstimator({ initialRtoMs: 1000, minRtoMs: 10, maxRtoMs: 60_000 });
    expect(rtt.rtoMs).toBe(1000);
    rtt.sample(100);
    // srtt 100, rttvar 50 → 300
    expect(rtt.rtoMs).toBe(300);
    rtt.sample(100);
    // rttvar 0.75·50 + 0.25·0 = 37.5; srtt 100 → 250
    expect(rtt.rtoMs).toBe(250);
  });

  it('follows a slower link and converges when it is steady', () => {
    const rtt = new RttEstimator({ minRtoMs: 1 });
    for (let i = 0; i < 50; i++) rtt.sample(40);
    expect(rtt.rtoMs).toBeLessThan(60);
    for (let i = 0; i < 50; i++) rtt.sample(800);
    expect(rtt.smoothedRttMs).toBeGreaterThan(750);
    expect(rtt.rtoMs).toBeGreaterThan(800);
  });

  it('doubles on each timeout up to the clamp, and a new sample resets the backoff', () => {
    const rtt = new RttEstimator({ initialRtoMs: 1000, minRtoMs: 200, maxRtoMs: 5000 });
    rtt.sample(100);
    const base = rtt.rtoMs;
    rtt.timedOut();
    expect(rtt.rtoMs).toBe(base * 2);
    for (let i = 0; i < 10; i++) rtt.timedOut();
    expect(rtt.rtoMs).toBe(5000);
    rtt.sample(100);
    expect(rtt.rtoMs).toBeLessThan(base);
  });

  it('never goes below the minimum', () => {
    const rtt = new RttEstimator({ minRtoMs: 250 });
    for (let i = 0; i < 20; i++) rtt.sample(1);
    expect(rtt.rtoMs).toBe(250);
  });
});

describe('CongestionWindow', () => {
  it('starts at 16 and doubles per round (slow start) until the first loss', () => {
    const w = new CongestionWindow({ max: 64 });
    expect(w.size).toBe(16);
    for (let i = 0; i < 16; i++) w.delivered();
    expect(w.size).toBe(32);
    for (let i = 0; i < 32; i++) w.delivered();
    expect(w.size).toBe(64);
  });

  it('halves once per round on loss, then grows by one per clean round', () => {
    const w = new CongestionWindow({ initial: 32, min: 4, max: 64 });
    w.lost(1000, 100);
    expect(w.size).toBe(16);
    // More losses within the same round do not halve again.
    w.lost(1050, 100);
    expect(w.size).toBe(16);
    for (let i = 0; i < 16; i++) w.delivered();
    expect(w.size).toBe(17);
    w.lost(1200, 100);
    expect(w.size).toBe(8);
    w.lost(1400, 100);
    expect(w.size).toBe(4);
    w.lost(2000, 100);
    expect(w.size).toBe(4);
  });

  it('stays within its bounds: 8 to 64 ranges by default', () => {
    const w = new CongestionWindow();
    for (let i = 0; i < 10_000; i++) w.delivered();
    expect(w.size).toBe(64);
    for (let i = 0; i < 10; i++) w.lost(i * 10_000, 1);
    expect(w.size).toBe(8);
  });
});

describe('Backoff', () => {
  it('grows exponentially with jitter between half and the full ceiling, capped, and resets', () => {
    const low = new Backoff({ initialMs: 100, maxMs: 1000, random: () => 0 });
    expect([low.next(), low.next(), low.next(), low.next(), low.next()]).toEqual([50, 100, 200, 400, 500]);
    const high = new Backoff({ initialMs: 100, maxMs: 1000, random: () => 1 });
    expect([high.next(), high.next(), high.next(), high.next(), high.next()]).toEqual([100, 200, 400, 800, 1000]);
    high.reset();
    expect(high.next()).toBe(100);
  });
});
