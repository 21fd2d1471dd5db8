import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sha256 } from '@otacast/shared';
import { BlobFetcher } from '../client/src/fetch/blob-fetcher.js';
import type { CastInfoReply } from '../client/src/fetch/chunk-link.js';
import { FakeLink } from '../client/test/fake-link.js';

/** FakeLink plus the broadcast half of ChunkLink: the test plays the cast. */
class CastLink extends FakeLink {
  private joined = 0;
  private readonly infoListeners = new Set<(info: CastInfoReply) => void>();

  joinCast(): () => void {
    this.joined++;
    let left = false;
    return () => {
      if (!left) this.joined--;
      left = true;
    };
  }

  onCastInfo(listener: (info: CastInfoReply) => void): () => void {
    this.infoListeners.add(listener);
    return () => this.infoListeners.delete(listener);
  }

  info(info: CastInfoReply): void {
    if (this.joined > 0) for (const listener of this.infoListeners) listener(info);
  }

  chunk(data: Buffer): void {
    if (this.joined > 0) this.emit({ digest: sha256(data), offset: 0, data, blobSize: data.length, errorCode: '', cast: true });
  }
}

interface PlayedCast {
  /** Set once the cast sent its last frame (CastInfo ended). */
  ended: boolean;
  stop(): void;
}

/**
 * Plays a cast of `frames` on the link, one every `everyMs`, with a CastInfo
 * every 250 ms as the server sends it (`sent` counts the frames so far,
 * `reaches(i)` false: frame i is dropped before this device, as the broker's
 * outbound guard drops frames to a slow listener).
 */
function playCast(link: CastLink, frames: readonly Buffer[], everyMs: number, reaches: (i: number) => boolean = () => true, sentBefore = 0): PlayedCast {
  const info = (sent: number, ended: boolean): CastInfoReply => ({ releaseId: 'r', blobCount: sentBefore + frames.length, totalBytes: 0, sent, rateBytesPerSecond: 1 << 20, ended });
  const played: PlayedCast = { ended: false, stop: () => clearInterval(timer) };
  link.info(info(sentBefore, false));
  let next = 0;
  let lastInfoMs = Date.now();
  const timer = setInterval(() => {
    const frame = frames[next];
    if (frame === undefined) {
      link.info(info(sentBefore + next, true));
      played.ended = true;
      return played.stop();
    }
    if (reaches(next)) link.chunk(frame);
    next++;
    if (Date.now() - lastInfoMs >= 250) {
      lastInfoMs = Date.now();
      link.info(info(sentBefore + next, false));
    }
  }, everyMs);
  return played;
}

const fast = { rtt: { initialRtoMs: 200, minRtoMs: 50, maxRtoMs: 1000 }, tickMs: 10 };

/**
 * A device parks the chunks it has not asked for yet while a cast of its
 * release runs (docs/protocol.md, "Broadcast"). It must never wait on the
 * cast longer than its own pulls would take: a cast that goes on without
 * bringing the parked chunks is left after a bound, not waited out.
 */
describe('cast: parked chunks fall back to pulls when the cast does not bring them', () => {
  let cast: PlayedCast | undefined;
  afterEach(() => cast?.stop());

  it('pulls, within a bound, what a cast that already passed it will not send (a device that joined late)', async () => {
    const link = new CastLink({ latencyMs: 20 });
    const wanted = Array.from({ length: 48 }, () => link.addBlob(1024));
    // The cast sent these 48 before the device listened; 400 blobs the device does not want follow (10 s).
    const rest = Array.from({ length: 400 }, () => randomBytes(1024));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast });
    const done = fetcher.fetch(wanted, async () => undefined, { cast: true });
    cast = playCast(link, rest, 25, () => true, wanted.length);
    await done;
    expect(cast.ended, 'the device waited for the whole cast').toBe(false);
    expect(fetcher.flow.stats.castBlobs).toBe(0);
  }, 30_000);

  it('pulls, within a bound, what a cast whose frames stop reaching this device does not bring, while it still announces itself', async () => {
    const link = new CastLink({ latencyMs: 20 });
    const wanted = Array.from({ length: 48 }, () => link.addBlob(1024));
    const others = Array.from({ length: 400 }, () => randomBytes(1024));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast });
    const done = fetcher.fetch(wanted, async () => undefined, { cast: true });
    // Its first frames arrive, then only its (small) announcements: a listener the broker has fallen behind for.
    cast = playCast(link, [...wanted.slice(16, 20).map((w) => w.data), ...others], 25, (i) => i < 4);
    await done;
    expect(cast.ended, 'the device waited for the whole cast').toBe(false);
    expect(fetcher.flow.stats.castBlobs).toBeGreaterThan(0);
  }, 30_000);

  it('takes from a cast that keeps bringing its chunks, and does not pull them', async () => {
    const link = new CastLink({ latencyMs: 20 });
    const wanted = Array.from({ length: 48 }, () => link.addBlob(1024));
    const fetcher = new BlobFetcher(link, { releaseId: 'r', ...fast });
    const done = fetcher.fetch(wanted, async () => undefined, { cast: true });
    cast = playCast(link, wanted.map((w) => w.data), 10);
    await done;
    const pulled = new Set(link.requests.flat().map((r) => r.digest.toString('hex')));
    // The first window went out before the cast was heard; everything parked after it came from the cast.
    expect(fetcher.flow.stats.castBlobs).toBeGreaterThanOrEqual(wanted.length - pulled.size);
    expect(pulled.size).toBeLessThan(wanted.length);
  }, 30_000);
});
