import { readFileSync } from 'node:fs';

/**
 * The otacast version the CLIs print for `--version`. The one-file agent
 * bundle has no package.json beside it, so scripts/pack-agent.mjs defines
 * __OTACAST_VERSION__ at build time; otherwise it is read from this
 * workspace's package.json (every workspace carries the release version).
 */
declare const __OTACAST_VERSION__: string | undefined;

let cached: string | undefined;

export function packageVersion(): string {
  if (typeof __OTACAST_VERSION__ === 'string') return __OTACAST_VERSION__;
  cached ??= (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  return cached;
}
