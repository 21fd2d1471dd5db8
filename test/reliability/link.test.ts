import { describe, expect, it } from 'vitest';
import { blackholedLink, flakyLink } from './scenarios.js';
import { serverRestart } from './server-restart.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Bad links and a crashing server, with real processes: assertions on bytes and outcomes only. */
describe('reliability: links and server', () => {
  // Measured here 1.026–1.053× over 5 runs (docs/reliability.md); `npm run reliability` holds the
  // long run to ≤ 1.05×. A 2 MiB image loses a larger share to cut frames, hence the headroom.
  it('completes an update over a link that drops every 2 s (1% blackholed) with ≤ 1.10× the image on the wire', async () => {
    const result = await flakyLink({ imageBytes: 2 * MiB, bandwidth: 256 * KiB, dropEveryMs: 2_000, blackholeShare: 0.01, blackholeMs: 300 });
    expect(result.ok, result.error).toBe(true);
    expect(result.connections).toBeGreaterThan(1);
    expect(result.ratio).toBeLessThanOrEqual(1.1);
    // QoS 0 chunk data is not sent twice, but for a range the re-request timer asked again during a blackhole.
    expect(result.duplicateChunkBytes).toBeLessThanOrEqual(0.05 * result.imageBytes);
  });

  it('notices a link that stalls without closing by its keepalive, reconnects and finishes', async () => {
    const result = await blackholedLink({ imageBytes: 2 * MiB, bandwidth: 1 * MiB, keepaliveS: 2 });
    expect(result.ok).toBe(true);
    expect(result.keepaliveNoticed).toBe(true);
    expect(result.connections).toBeGreaterThan(1);
  });

  it('lets every device finish when the server is killed and restarted mid-update', async () => {
    const result = await serverRestart({ devices: 2, imageBytes: 2 * MiB, bandwidth: 1 * MiB });
    expect(result.errors).toEqual([]);
    expect(result.finished).toBe(2);
    expect(result.gaps).toBe(0);
    expect(result.installedListed).toBe(2);
    // Resumed, not started over.
    expect(result.ratio).toBeLessThanOrEqual(1.5);
  });
});
