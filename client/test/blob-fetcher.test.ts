import { describe, expect, it } from 'vitest';
import { toHex } from '@otacast/shared';
import { BlobFetcher } from '../src/fetch/blob-fetcher.js';
import { FakeLink } from './fake-link.js';

function collect() {
  const got = new Map<string, Buffer>();
  const onBlob = async (blob: { digest: Buffer }, data: Buffer) => {
    expect(got.has(toHex(blob.digest))).toBe(false);
    got.set(toHex(blob.digest), data);
  };
  return { got, onBlob };
}

const fast = { rtt: { initialRtoMs: 50, minRtoMs: 20, maxRtoMs: 500 }, tickMs: 5 };

describe('BlobFetcher', () => {
  it('fetches every blob exactly once, verified, through a lossy link, within the window', async () => {
    const link = new FakeLink({ loss: 0.2, latencyMs: 2 });
    const blobs = Array.from({ length: 200 }, (_, i) => link.addBlob(1000 + i));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast, maxTimeoutsPerRange: 50 });
    const { got, onBlob } = collect();
    await fetcher.fetch(blobs, onBlob);
    expect(got.size).toBe(200);
    for (const blob of blobs) expect(got.get(toHex(blob.digest))?.equals(blob.data)).toBe(true);
    expect(fetcher.flow.stats.timeouts).toBeGreaterThan(0);
    expect(fetcher.flow.stats.retransmits).toBeGreaterThan(0);
    expect(link.maxInFlight).toBeLessThanOrEqual(64);
    expect(Math.max(...link.requests.map((r) => r.length))).toBeLessThanOrEqual(64);
  });

  it('starts with 16 ranges in flight and grows the window on a clean link', async () => {
    const link = new FakeLink({ latencyMs: 5 });
    const blobs = Array.from({ length: 300 }, () => link.addBlob(100));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast });
    expect((link.requests[0] ?? []).length).toBe(0);
    await fetcher.fetch(blobs, async () => undefined);
    expect(link.requests[0]?.length).toBe(16);
    expect(fetcher.flow.window.size).toBeGreaterThan(16);
    expect(fetcher.flow.stats.timeouts).toBe(0);
  });

  it('measures the round trip and sets its timeout from it', async () => {
    const link = new FakeLink({ latencyMs: 60 });
    const blobs = Array.from({ length: 40 }, () => link.addBlob(100));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', rtt: { initialRtoMs: 3000, minRtoMs: 10 }, tickMs: 5 });
    await fetcher.fetch(blobs, async () => undefined);
    expect(fetcher.flow.rtt.smoothedRttMs).toBeGreaterThan(50);
    expect(fetcher.flow.rtt.smoothedRttMs).toBeLessThan(400);
    expect(fetcher.flow.rtt.rtoMs).toBeLessThan(3000);
  });

  it('drops a corrupt blob, fetches it again and counts it', async () => {
    const link = new FakeLink();
    const blobs = Array.from({ length: 10 }, () => link.addBlob(5000));
    const victim = blobs[3] as { digest: Buffer };
    link.corrupt.set(toHex(victim.digest), 2);
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast });
    const { got, onBlob } = collect();
    await fetcher.fetch(blobs, onBlob);
    expect(got.size).toBe(10);
    expect(fetcher.flow.stats.corrupt).toBe(2);
  });

  it('gives up with OTA_E_DIGEST when a blob never arrives intact', async () => {
    const link = new FakeLink();
    const blob = link.addBlob(5000);
    link.corrupt.set(toHex(blob.digest), 1000);
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast, maxCorruptPerBlob: 3 });
    await expect(fetcher.fetch([blob], async () => undefined)).rejects.toMatchObject({ code: 'OTA_E_DIGEST' });
  });

  it('fails fast with the code of an error reply', async () => {
    const link = new FakeLink();
    const ok = link.addBlob(100);
    const missing = { digest: Buffer.alloc(32, 7), size: 100 };
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast });
    await expect(fetcher.fetch([ok, missing], async () => undefined)).rejects.toMatchObject({ code: 'OTA_E_NOT_FOUND' });
  });

  it('fetches a blob larger than 1 MiB as ranges of at most 1 MiB', async () => {
    const link = new FakeLink();
    const big = link.addBlob(2.5 * 1024 * 1024);
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast });
    const { got, onBlob } = collect();
    await fetcher.fetch([big], onBlob);
    expect(got.get(toHex(big.digest))?.equals(big.data)).toBe(true);
    const ranges = link.requests.flat();
    expect(ranges.map((r) => [r.offset, r.length])).toEqual([[0, 1048576], [1048576, 1048576], [2097152, 524288]]);
  });

  it('times out with OTA_E_TIMEOUT when nothing comes back while connected', async () => {
    const link = new FakeLink({ loss: 1 });
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast, maxTimeoutsPerRange: 3 });
    await expect(fetcher.fetch([link.addBlob(10)], async () => undefined)).rejects.toMatchObject({ code: 'OTA_E_TIMEOUT' });
  });

  it('waits while offline without counting timeouts, and asks again on reconnect', async () => {
    const link = new FakeLink({ latencyMs: 1 });
    link.connected = false;
    const blobs = Array.from({ length: 20 }, () => link.addBlob(100));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast, maxTimeoutsPerRange: 1 });
    const done = fetcher.fetch(blobs, async () => undefined);
    await new Promise((r) => setTimeout(r, 200));
    expect(link.requests).toHaveLength(0);
    link.setConnected(true);
    await done;
    expect(fetcher.flow.stats.timeouts).toBe(0);
  });

  it('holds a window slot until the blob is handed on, so slow storage slows the requests', async () => {
    const link = new FakeLink();
    const blobs = Array.from({ length: 40 }, () => link.addBlob(100));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast, window: { initial: 4, min: 4, max: 4 } });
    let concurrent = 0;
    await fetcher.fetch(blobs, async () => {
      concurrent++;
      expect(link.inFlight + concurrent).toBeLessThanOrEqual(4);
      await new Promise((r) => setTimeout(r, 2));
      concurrent--;
    });
    expect(link.maxInFlight).toBeLessThanOrEqual(4);
  });

  it('stops when aborted', async () => {
    const link = new FakeLink({ loss: 1 });
    const controller = new AbortController();
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast, signal: controller.signal, maxTimeoutsPerRange: 1000 });
    const done = fetcher.fetch([link.addBlob(10)], async () => undefined);
    controller.abort(new Error('stopped'));
    await expect(done).rejects.toThrow('stopped');
  });
});

describe('BlobFetcher with a lazy source', () => {
  it('pulls wants only as the window needs them and still fetches them all', async () => {
    const link = new FakeLink({ latencyMs: 2 });
    const blobs = Array.from({ length: 500 }, () => link.addBlob(200));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast });
    let pulled = 0;
    let pulledAtFirstRequest = -1;
    function* source() {
      for (const blob of blobs) {
        pulled++;
        yield blob;
      }
    }
    const { got, onBlob } = collect();
    await fetcher.fetch(source(), async (blob, data) => {
      if (pulledAtFirstRequest < 0) pulledAtFirstRequest = pulled;
      await onBlob(blob, data);
    });
    expect(got.size).toBe(500);
    expect(pulledAtFirstRequest).toBeLessThanOrEqual(2 * 64);
  });
});
