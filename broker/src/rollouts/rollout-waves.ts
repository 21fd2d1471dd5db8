import { createHash } from 'node:crypto';

/**
 * Wave membership. Targets are ordered by sha256(rollout id, device id): the
 * order is random-looking (a wave is not "the oldest devices") but the same
 * after a server restart and on every worker, with nothing to store.
 */
export function waveOrder(rolloutId: string, deviceIds: Iterable<string>): string[] {
  const keyed = [...deviceIds].map((id) => ({ id, key: createHash('sha256').update(rolloutId).update('\0').update(id).digest('hex') }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.id);
}

/** How many of `count` targets the cumulative wave percentages cover (ceil: a wave of a small fleet still has a device). */
export function waveSizes(count: number, waves: readonly number[]): number[] {
  return waves.map((percent, i) => (i === waves.length - 1 ? count : Math.min(count, Math.ceil((count * percent) / 100))));
}

/** Each target's wave index, from the deterministic order. */
export function assignWaves(rolloutId: string, deviceIds: Iterable<string>, waves: readonly number[]): Map<string, number> {
  const order = waveOrder(rolloutId, deviceIds);
  const sizes = waveSizes(order.length, waves);
  const result = new Map<string, number>();
  let wave = 0;
  order.forEach((id, rank) => {
    while (wave < sizes.length - 1 && rank >= (sizes[wave] ?? 0)) wave++;
    result.set(id, wave);
  });
  return result;
}

/** Checks a `--waves` list: cumulative percentages, strictly ascending, each 1..100, the last 100. Returns a message, or undefined when valid. */
export function wavesProblem(waves: readonly number[]): string | undefined {
  if (waves.length === 0) return 'at least one wave is needed';
  for (const [i, p] of waves.entries()) {
    if (!Number.isFinite(p) || p <= 0 || p > 100) return `wave ${i + 1} is ${p}%: each wave is a cumulative percentage from 1 to 100`;
    if (i > 0 && p <= (waves[i - 1] ?? 0)) return `waves must grow: ${waves[i - 1]}% then ${p}%`;
  }
  if (waves[waves.length - 1] !== 100) return `the last wave must be 100% (got ${waves[waves.length - 1]}%)`;
  return undefined;
}
