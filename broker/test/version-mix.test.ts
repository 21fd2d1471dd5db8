import { describe, expect, it } from 'vitest';
import { versionMix, versionMixChart } from '../src/dashboard/version-mix.js';

const HOUR = 3600_000;

describe('version mix over time', () => {
  it('counts, at each sample time, the devices on each version from their status log', () => {
    const t0 = 1_000 * HOUR;
    const devices = [
      // Updated from 1.0.0 to 1.1.0 half way.
      { installedVersion: '1.1.0', log: [{ receivedMs: t0 + 12 * HOUR, installedVersion: '1.1.0' }, { receivedMs: t0, installedVersion: '1.0.0' }] },
      // Stayed on 1.0.0; its last status is older than the window.
      { installedVersion: '1.0.0', log: [{ receivedMs: t0 - 5 * HOUR, installedVersion: '1.0.0' }] },
      // Reported only at the end: counts from its first status on.
      { installedVersion: '1.1.0', log: [{ receivedMs: t0 + 23 * HOUR, installedVersion: '1.1.0' }] },
      // Never reported a version: not drawn.
      { installedVersion: '', log: [] },
    ];
    const mix = versionMix(devices, t0, t0 + 24 * HOUR, 5);
    expect(mix.times).toEqual([t0, t0 + 6 * HOUR, t0 + 12 * HOUR, t0 + 18 * HOUR, t0 + 24 * HOUR]);
    expect(mix.series).toEqual([
      { version: '1.1.0', counts: [0, 0, 1, 1, 2] },
      { version: '1.0.0', counts: [2, 2, 1, 1, 1] },
    ]);
  });

  it('draws one rect per version and time with a title, and says so when nothing reported', () => {
    const mix = { times: [0, HOUR], series: [{ version: '2.0.0', counts: [1, 3] }, { version: '1.0.0', counts: [2, 0] }] };
    const svg = versionMixChart(mix).text;
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toMatch(/<title>01:00 UTC: 3 on 2\.0\.0<\/title>/);
    expect(svg).toMatch(/2\.0\.0 \(3\)/);
    expect(versionMixChart({ times: [0], series: [] }).text).toMatch(/No device has reported a version yet/);
  });
});
