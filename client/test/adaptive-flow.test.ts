import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sha256, toHex } from '@otacast/shared';
import { BlobFetcher } from '../src/fetch/blob-fetcher.js';
import type { BlobRangeSpec } from '../src/fetch/chunk-link.js';
import { LinkListeners } from './fake-link.js';
import { DeliveryRate } from '../src/fetch/delivery-rate.js';
import { RequestSizer } from '../src/fetch/request-size.js';

/**
 * A chunk server behind a slow link, as the real one behaves: requests are
 * answered one range at a time, in order, each taking `serviceMs` (a queue
 * builds up in front of the link). `dropNext` loses the next requests sent.
 */
class SerialLink extends LinkListeners {
  readonly blobs = new Map<string, Buffer>();
  readonly ranges: BlobRangeSpec[] = [];
  dropNext = 0;
  private queue: BlobRangeSpec[] = [];
  private busy = false;

  /** Each range takes `serviceMs`, plus its length at `bytesPerMs` when given. */
  constructor(
    private readonly serviceMs: number,
    private readonly bytesPerMs?: number,
  ) {
    super();
  }

  add(size: number): { digest: Buffer; size: number } {
    const data = randomBytes(size);
    const digest = sha256(data);
    this.blobs.set(toHex(digest), data);
    return { digest, size };
  }

  sendRequest(_releaseId: string, ranges: readonly BlobRangeSpec[]): boolean {
    if (!this.connected) return false;
    this.ranges.push(...ranges);
    if (this.dropNext > 0) {
      this.dropNext--;
      return true;
    }
    this.queue.push(...ranges);
    if (!this.busy) this.serve();
    return true;
  }

  /** The link drops (whatever was queued is lost) and comes back after `ms`. */
  bounce(ms: number): void {
    this.connected = false;
    this.queue = [];
    setTimeout(() => this.setConnected(true), ms);
  }

  private serve(): void {
    const range = this.queue.shift();
    if (!range) {
      this.busy = false;
      return;
    }
    this.busy = true;
    setTimeout(() => {
      const blob = this.blobs.get(toHex(range.digest)) as Buffer;
      const data = Buffer.from(blob.subarray(range.offset, range.offset + range.length));
      if (this.connected) this.emit({ digest: range.digest, offset: range.offset, data, blobSize: blob.length, errorCode: '' });
      this.serve();
    }, this.serviceMs + (this.bytesPerMs ? range.length / this.bytesPerMs : 0));
  }

}

describe('adaptive flow control', () => {
  it('does not time out ranges queued behind others while data keeps arriving', async () => {
    // 60 ranges at 15 ms each: the last of a full window waits longer than the RTO (a timer
    // run from each send would fire), but data arrives every 15 ms.
    const link = new SerialLink(15);
    const blobs = Array.from({ length: 60 }, () => link.add(2000));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', rtt: { initialRtoMs: 250, minRtoMs: 250, maxRtoMs: 250 }, tickMs: 5 });
    await fetcher.fetch(blobs, async () => undefined);
    expect(fetcher.flow.stats.timeouts).toBe(0);
    expect(fetcher.flow.stats.retransmits).toBe(0);
    expect(link.ranges).toHaveLength(60);
  });

  it('asks again at once for a range a later answer shows was dropped, without waiting for the timer', async () => {
    const link = new SerialLink(2);
    const blobs = Array.from({ length: 40 }, () => link.add(1000));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', rtt: { initialRtoMs: 60_000, minRtoMs: 60_000 }, tickMs: 5, window: { initial: 8, min: 8, max: 8 }, maxRangesPerRequest: 2 });
    // The first request (2 ranges) is lost; the next one's answers reveal it (the timer would take a minute).
    link.dropNext = 1;
    await fetcher.fetch(blobs, async () => undefined);
    expect(fetcher.flow.stats.timeouts).toBe(0);
    expect(fetcher.flow.stats.retransmits).toBeGreaterThan(0);
  });

  it('caps the window near twice the bandwidth-delay product on a slow link', async () => {
    const link = new SerialLink(10);
    const blobs = Array.from({ length: 120 }, () => link.add(1000));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', rtt: { initialRtoMs: 5_000 }, rate: { intervalMs: 50 }, tickMs: 5 });
    await fetcher.fetch(blobs, async () => undefined);
    // One range per 10 ms and a round trip of about one service time: a few ranges fill the link.
    expect(fetcher.flow.windowSize).toBeLessThan(10);
    expect(fetcher.flow.window.size).toBeGreaterThan(16);
  });

  it('asks for parts of chunks once the link has dropped, and resumes a chunk from the part it holds', async () => {
    const link = new SerialLink(0, 16 * 1024);
    const blobs = Array.from({ length: 60 }, () => link.add(64 * 1024));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', rtt: { initialRtoMs: 5_000 }, rate: { intervalMs: 20 }, requestSize: { minBytes: 1024 }, tickMs: 5 });
    const done = fetcher.fetch(blobs, async () => undefined);
    const bounce = setInterval(() => link.bounce(5), 40);
    await done.finally(() => clearInterval(bounce));
    expect(fetcher.flow.sizer.linkLifetimeMs).toBeDefined();
    expect(link.ranges.some((r) => r.length < 64 * 1024 && r.offset === 0)).toBe(true);
    expect(link.ranges.some((r) => r.offset > 0)).toBe(true);
  });
});

describe('RequestSizer', () => {
  it('asks for whole chunks until the link has dropped', () => {
    const sizer = new RequestSizer(1024 * 1024);
    sizer.started(0);
    expect(sizer.bytes(256 * 1024)).toBe(1024 * 1024);
    sizer.connected(2_000);
    // sqrt(2 · 120 · 262144 · 2) ≈ 11.2 KiB: half of it lost per drop, headers per range.
    expect(sizer.bytes(256 * 1024)).toBeGreaterThan(10_000);
    expect(sizer.bytes(256 * 1024)).toBeLessThan(12_500);
    expect(sizer.bytes(10)).toBe(4096);
  });

  it('still asks for a whole chunk when its compressed size fits a range', () => {
    const sizer = new RequestSizer(1024 * 1024);
    sizer.started(0);
    sizer.connected(2_000);
    expect(sizer.lengthFor(64 * 1024, 0, 256 * 1024)).toBeLessThan(64 * 1024);
    for (let i = 0; i < 30; i++) sizer.observedWhole(64 * 1024, 8 * 1024);
    expect(sizer.lengthFor(64 * 1024, 0, 256 * 1024)).toBe(64 * 1024);
    // A chunk already partly held continues by parts (a part comes raw).
    expect(sizer.lengthFor(64 * 1024, 1000, 256 * 1024)).toBeLessThan(63 * 1024);
  });
});

describe('DeliveryRate', () => {
  it('gives no cap before it has measured, then about 2 × BDP in ranges, never below the floor', () => {
    const rate = new DeliveryRate({ intervalMs: 100 });
    expect(rate.rangeCap(2)).toBeUndefined();
    // 10 KiB every 10 ms (1 MiB/s) with a 40 ms round trip: BDP 40 KiB = 4 ranges.
    for (let t = 0; t <= 1_000; t += 10) rate.delivered(10 * 1024, t, 40);
    expect(rate.bytesPerSecond).toBeGreaterThan(900 * 1024);
    expect(rate.rangeCap(2)).toBe(2 * 4 + 2);
    expect(rate.rangeCap(16)).toBe(16);
  });

  it('does not believe round trips below its floor: a fast local link keeps a few ms of data in flight', () => {
    const rate = new DeliveryRate({ intervalMs: 100, rttFloorMs: 10 });
    // 64 KiB every ms (64 MiB/s) answered within a timer tick: 10 ms of it is 10 ranges.
    for (let t = 0; t <= 1_000; t++) rate.delivered(64 * 1024, t, 1);
    expect(rate.minRttMs).toBe(1);
    expect(rate.rangeCap(2)).toBe(2 * 10 + 2);
  });
});
