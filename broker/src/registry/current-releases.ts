import type { Registry } from './registry-port.js';

/**
 * Which of `releases` their channel announces now (a listing's `current`
 * mark): one currentRelease question per product/channel, not one per
 * release, since each is a database round trip on PostgreSQL.
 */
export async function currentReleaseIds(registry: Pick<Registry, 'currentRelease'>, releases: Iterable<{ product: string; channel: string }>): Promise<Set<string>> {
  const channels = new Map<string, { product: string; channel: string }>();
  for (const r of releases) channels.set(`${r.product}\n${r.channel}`, r);
  const current = await Promise.all([...channels.values()].map(async (c) => (await registry.currentRelease(c.product, c.channel))?.releaseId));
  return new Set(current.filter((id) => id !== undefined));
}
