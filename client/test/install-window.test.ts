import { describe, expect, it } from 'vitest';
import { createLogger, type OtaError } from '@otacast/shared';
import { formatInstallWindow, installWindowClock, isInsideWindow, msUntilOpen, parseInstallWindow, waitForInstallWindow } from '../src/update/install-window.js';

/** A local time today (the window is local time, and so are these dates). */
const at = (hh: number, mm: number, ss = 0) => new Date(2026, 5, 15, hh, mm, ss);
const logger = createLogger({ name: 'install-window-test', level: 'error' });

function usageError(text: string): string {
  try {
    parseInstallWindow(text);
    return 'parsed';
  } catch (err) {
    return (err as OtaError).code;
  }
}

describe('install window', () => {
  it('parses HH:MM-HH:MM and refuses anything else with OTA_E_USAGE', () => {
    expect(parseInstallWindow('02:00-04:30')).toEqual({ startMin: 120, endMin: 270 });
    expect(formatInstallWindow(parseInstallWindow('22:00-02:00'))).toBe('22:00-02:00');
    for (const bad of ['2:00-04:00', '02:00', '02:00-24:00', '02:60-03:00', '03:00-03:00', '02:00-03:00-04:00', 'now-later', '']) expect(usageError(bad), bad).toBe('OTA_E_USAGE');
  });

  it('is open from start (included) to end (excluded), wrapping midnight when end < start', () => {
    const day = parseInstallWindow('02:00-04:00');
    expect([at(1, 59, 59), at(2, 0), at(3, 59, 59), at(4, 0)].map((d) => isInsideWindow(day, d))).toEqual([false, true, true, false]);
    const night = parseInstallWindow('22:00-02:00');
    expect([at(21, 59), at(22, 0), at(23, 59), at(0, 0), at(1, 59), at(2, 0), at(12, 0)].map((d) => isInsideWindow(night, d))).toEqual([false, true, true, true, true, false, false]);
  });

  it('counts the time until the next opening, today or tomorrow', () => {
    const w = parseInstallWindow('02:00-04:00');
    expect(msUntilOpen(w, at(1, 59, 55))).toBe(5_000);
    expect(msUntilOpen(w, at(3, 0))).toBe(0);
    expect(msUntilOpen(w, at(4, 0))).toBe(22 * 3_600_000);
    expect(msUntilOpen(parseInstallWindow('22:00-02:00'), at(12, 0))).toBe(10 * 3_600_000);
  });

  it('waits, reporting at once and then periodically, until the window opens; an abort ends the wait', async () => {
    // A clock that runs, from a chosen local time.
    let base = at(1, 59, 59).getTime() + 900;
    let started = Date.now();
    const clock = () => new Date(base + Date.now() - started);
    let reports = 0;
    const w = parseInstallWindow('02:00-04:00');
    await waitForInstallWindow({ window: w, now: clock, report: async () => void reports++, logger, reportEveryMs: 60_000 });
    expect(reports).toBe(1); // 100 ms later the window is open: one report, then it returns
    base = at(1, 0).getTime();
    started = Date.now();
    const controller = new AbortController();
    const waiting = waitForInstallWindow({ window: w, now: clock, report: async () => void reports++, logger, reportEveryMs: 10, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 55));
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    expect(reports).toBeGreaterThanOrEqual(4);
    expect(await waitForInstallWindow({ window: w, now: () => at(3, 0), report: async () => void reports++, logger })).toBeUndefined();
  });

  it('takes a clock offset from the environment for tests, and the real clock otherwise', () => {
    const shifted = installWindowClock({ OTACAST_INSTALL_WINDOW_CLOCK_OFFSET_MS: '3600000' })().getTime() - Date.now();
    expect(shifted).toBeGreaterThanOrEqual(3_599_000);
    expect(Math.abs(installWindowClock({})().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
