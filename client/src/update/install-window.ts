import { OtaError, WAITING_FOR_INSTALL_WINDOW, type Logger } from '@otacast/shared';

export { WAITING_FOR_INSTALL_WINDOW };

/** While waiting, the waiting status is sent again this often, so a restarted server learns it again. */
export const WAITING_REPORT_MS = 5 * 60_000;

/**
 * `--install-window HH:MM-HH:MM` in local time: activation (the switch) only
 * between start (included) and end (excluded). A window whose end is before
 * its start wraps midnight (22:00-02:00).
 */
export interface InstallWindow {
  /** Minutes after local midnight. */
  startMin: number;
  endMin: number;
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOf(text: string, flag: string): number {
  const match = HH_MM.exec(text.trim());
  if (!match) throw new OtaError('OTA_E_USAGE', `${flag} "${text}": each end is HH:MM, 00:00 to 23:59 (e.g. 02:00-04:00)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function parseInstallWindow(text: string, flag = '--install-window'): InstallWindow {
  const parts = text.split('-');
  if (parts.length !== 2) throw new OtaError('OTA_E_USAGE', `${flag} "${text}" must be HH:MM-HH:MM in local time (e.g. 02:00-04:00 or 22:00-02:00)`);
  const startMin = minutesOf(parts[0] ?? '', flag);
  const endMin = minutesOf(parts[1] ?? '', flag);
  if (startMin === endMin) throw new OtaError('OTA_E_USAGE', `${flag} "${text}" is empty: start and end are the same time`);
  return { startMin, endMin };
}

export function formatInstallWindow(w: InstallWindow): string {
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hhmm(w.startMin)}-${hhmm(w.endMin)}`;
}

export function isInsideWindow(w: InstallWindow, now: Date): boolean {
  const m = now.getHours() * 60 + now.getMinutes();
  return w.startMin < w.endMin ? m >= w.startMin && m < w.endMin : m >= w.startMin || m < w.endMin;
}

/** Milliseconds until the window opens in local time (0 inside it); through Date, so a DST change is counted right. */
export function msUntilOpen(w: InstallWindow, now: Date): number {
  if (isInsideWindow(w, now)) return 0;
  const open = new Date(now);
  open.setHours(Math.floor(w.startMin / 60), w.startMin % 60, 0, 0);
  if (open.getTime() <= now.getTime()) open.setDate(open.getDate() + 1);
  return open.getTime() - now.getTime();
}

/**
 * The install window's clock. OTACAST_INSTALL_WINDOW_CLOCK_OFFSET_MS shifts it
 * (tests only: they put a window a few seconds ahead without waiting for a
 * real minute boundary); nothing else reads it.
 */
export function installWindowClock(env: Readonly<Record<string, string | undefined>> = process.env): () => Date {
  const offset = Number(env['OTACAST_INSTALL_WINDOW_CLOCK_OFFSET_MS'] ?? 0);
  const shift = Number.isFinite(offset) ? offset : 0;
  return () => new Date(Date.now() + shift);
}

export interface WindowWait {
  window: InstallWindow;
  /** The clock (tests inject one). */
  now: () => Date;
  /** Sends the waiting status (the runner's report with WAITING_FOR_INSTALL_WINDOW). */
  report: () => Promise<void>;
  signal?: AbortSignal | undefined;
  logger: Logger;
  /** Default WAITING_REPORT_MS. */
  reportEveryMs?: number;
}

/**
 * Resolves once the window is open, reporting the wait at once and then every
 * `reportEveryMs`; rejects with the signal's reason when it aborts (a stop or
 * a cancelled assignment: nothing has been switched in yet).
 */
export async function waitForInstallWindow(wait: WindowWait): Promise<void> {
  let reported = false;
  for (;;) {
    wait.signal?.throwIfAborted();
    const ms = msUntilOpen(wait.window, wait.now());
    if (ms === 0) {
      if (reported) wait.logger.info('install window open', { window: formatInstallWindow(wait.window) });
      return;
    }
    if (!reported) wait.logger.info(WAITING_FOR_INSTALL_WINDOW, { window: formatInstallWindow(wait.window), opensInS: Math.round(ms / 1000) });
    reported = true;
    await wait.report();
    // The loop checks again on waking, so a timer that fires a little early costs one more turn, not an early install.
    await sleep(Math.min(ms + 1, wait.reportEveryMs ?? WAITING_REPORT_MS), wait.signal);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
