import { describe, expect, it } from 'vitest';
import type { OtaError } from '@otacast/shared';
import { DuplicateDevices } from '../src/devices/duplicate-devices.js';

const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined, child: () => quiet };

describe('DuplicateDevices', () => {
  it('one takeover is a device coming back; three within the window are two agents, told once per window', () => {
    const notices: [string, OtaError][] = [];
    const duplicates = new DuplicateDevices({ logger: quiet, notify: (id, error) => notices.push([id, error]), threshold: 3, windowMs: 60_000 });
    duplicates.takeover('cam-1', '10.0.0.5', '10.0.0.9', 0);
    duplicates.takeover('cam-1', '10.0.0.9', '10.0.0.5', 20_000);
    expect(notices).toEqual([]);
    duplicates.takeover('cam-1', '10.0.0.5', '10.0.0.9', 40_000);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.[1].code).toBe('OTA_E_DUPLICATE_DEVICE');
    expect(notices[0]?.[1].message).toMatch(/device id cam-1 is used by more than one agent \(3 takeovers in 1 min, from 10\.0\.0\.5, 10\.0\.0\.9\)/);
    duplicates.takeover('cam-1', '10.0.0.9', '10.0.0.5', 50_000);
    expect(notices).toHaveLength(1);
    // Takeovers spread wider than the window never add up.
    duplicates.takeover('cam-2', 'a', 'b', 0);
    duplicates.takeover('cam-2', 'b', 'a', 70_000);
    duplicates.takeover('cam-2', 'a', 'b', 140_000);
    expect(notices.filter(([id]) => id === 'cam-2')).toEqual([]);
  });
});
