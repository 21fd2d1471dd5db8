import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's chromium, driven by playwright-core (no browser download): the
 * browser tests need it. In CI (`CI=true`, .ci/run installs it) a missing
 * chromium is a failure; elsewhere the tests skip, loudly.
 */
export const CHROMIUM = process.env['OTACAST_CHROMIUM'] ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  const found = existsSync(CHROMIUM);
  if (!found && process.env['CI'] !== 'true') {
    console.warn(`\n*** SKIPPING the dashboard browser tests: no chromium at ${CHROMIUM} (apt-get install -y chromium). In CI this is a failure. ***\n`);
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}
