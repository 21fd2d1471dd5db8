import type { Command } from 'commander';
import { FleetClient, type RolloutCommand, type RolloutSpec } from '../sdk/fleet.js';
import type { RolloutStatusJson } from '../sdk/rollout-status.js';
import { addAdminOptions, parseInteger, parseName, parseVersion, printResult, usage, withApiClient, type AdminFlags } from './common.js';
import { formatTable, formatTime } from './format.js';
import { parseSelector } from './labels.js';

interface StartFlags extends AdminFlags {
  product: string;
  version: string;
  channel: string;
  select?: Record<string, string>;
  waves?: number[];
  maxFailureRate?: number;
  minSample?: number;
  waveWait?: number;
  confirmAfter?: number;
  deviceTimeout?: number;
  maxConcurrent?: number;
  supersede?: boolean;
}

interface JsonFlags extends AdminFlags {
  json?: boolean;
}

function parseWaves(value: string): number[] {
  const waves = value.split(',').map((p) => Number(p.trim()));
  if (waves.some((w) => !Number.isFinite(w))) throw usage(`--waves "${value}" must be percentages, e.g. 10,50,100`);
  return waves;
}

function parseRate(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw usage(`--max-failure-rate "${value}" must be a number from 0 to 1`);
  return n;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw usage(`"${value}" must be a number of seconds ≥ 0`);
  return n;
}

/** Human view of a rollout: one summary line, the waves, then the reason it halted. */
function describe(r: RolloutStatusJson): string {
  const c = r.counts;
  const lines = [
    `rollout ${r.id}: ${r.product} ${r.version} on ${r.channel} — ${r.state}, wave ${r.wave} of ${r.waves.length}`,
    `devices: ${c.targeted} targeted, ${c.succeeded} succeeded, ${c.failed} failed, ${c.inProgress} in progress, ${c.pending} pending; failure rate ${r.failureRate.toFixed(2)} (halts above ${r.maxFailureRate})`,
    `waves: ${r.waves.map((w, i) => `${i + 1}: ${w.percent}% (${w.devices} devices)`).join(', ')}`,
  ];
  if (r.haltReason) lines.push(`halted: ${r.haltReason}`);
  const recent = r.history.slice(-10);
  if (recent.length > 0) lines.push('recent:', ...recent.map((e) => `  ${formatTime(e.atMs)} ${e.deviceId ? `${e.deviceId} ` : ''}${e.detail}`));
  return lines.join('\n');
}

export function registerRollout(program: Command): void {
  const rollout = program.command('rollout').description('staged rollouts of a stored release');
  addAdminOptions(
    rollout
      .command('start')
      .description('start a staged rollout; prints the rollout id (last line)')
      .requiredOption('--product <product>', 'product', parseName('product'))
      .requiredOption('--version <version>', 'the stored release to roll out', parseVersion)
      .option('--channel <channel>', 'channel', parseName('channel'), 'stable')
      .option('--select <key=value,...>', 'only devices whose labels match every pair', parseSelector)
      .option('--waves <percents>', 'cumulative percentages of the targets (default 10,50,100)', parseWaves)
      .option('--max-failure-rate <rate>', 'halt when failed / finished exceeds this (default 0.2)', parseRate)
      .option('--min-sample <n>', 'finished devices before the failure rate may halt (default 3)', parseInteger(1, 1_000_000))
      .option('--wave-wait <seconds>', 'wait after a wave finished before the next (default 0)', parseSeconds)
      .option('--confirm-after <seconds>', 'a device succeeds only if still on the version this long after installing', parseSeconds)
      .option('--device-timeout <seconds>', 'a device with no result this long after its assignment fails (default 3600)', parseSeconds)
      .option('--max-concurrent <n>', 'devices working on the release at once (default no cap)', parseInteger(1, 1_000_000))
      .option('--supersede', "abort the channel's active rollout instead of refusing"),
  ).action(async (flags: StartFlags) => {
    const spec: RolloutSpec = { product: flags.product, version: flags.version, channel: flags.channel, supersede: flags.supersede === true };
    if (flags.select) spec.select = flags.select;
    if (flags.waves) spec.waves = flags.waves;
    if (flags.maxFailureRate !== undefined) spec.maxFailureRate = flags.maxFailureRate;
    if (flags.minSample !== undefined) spec.minSample = flags.minSample;
    if (flags.waveWait !== undefined) spec.waveWaitS = flags.waveWait;
    if (flags.confirmAfter !== undefined) spec.confirmAfterS = flags.confirmAfter;
    if (flags.deviceTimeout !== undefined) spec.deviceTimeoutS = flags.deviceTimeout;
    if (flags.maxConcurrent !== undefined) spec.maxConcurrent = flags.maxConcurrent;
    const started = await withApiClient(flags, (client) => new FleetClient(client).startRollout(spec));
    process.stderr.write(`${describe(started)}\n`);
    printResult(started.id);
  });

  addAdminOptions(rollout.command('status').description("a rollout's state, waves, counts and halt reason").argument('<id>', 'rollout id').option('--json', 'print JSON')).action(
    async (id: string, flags: JsonFlags) => {
      const status = await withApiClient(flags, (client) => new FleetClient(client).rollout(id));
      printResult(flags.json ? JSON.stringify(status, null, 2) : describe(status));
    },
  );

  for (const command of ['pause', 'resume', 'abort'] as const satisfies readonly RolloutCommand[]) {
    const what = { pause: 'stop offering the release (devices already working finish)', resume: 'go on (after a halt: acknowledge the failures so far)', abort: 'end the rollout for good; open assignments are withdrawn' }[command];
    addAdminOptions(rollout.command(command).description(what).argument('<id>', 'rollout id')).action(async (id: string, flags: AdminFlags) => {
      const status = await withApiClient(flags, (client) => new FleetClient(client).rolloutCommand(id, command));
      printResult(`${status.id} ${status.state}`);
    });
  }

  addAdminOptions(program.command('rollouts').description('list rollouts').option('--product <product>', 'only this product', parseName('product')).option('--json', 'print a JSON array')).action(
    async (flags: JsonFlags & { product?: string }) => {
      const all = await withApiClient(flags, (client) => new FleetClient(client).listRollouts(flags.product ?? ''));
      if (flags.json) return printResult(JSON.stringify(all, null, 2));
      const rows = all.map((r) => [r.id, r.product, r.channel, r.version, r.state, `${r.wave}/${r.waves.length}`, `${r.counts.succeeded}/${r.counts.targeted}`, String(r.counts.failed), r.haltReason]);
      printResult(formatTable(['ROLLOUT', 'PRODUCT', 'CHANNEL', 'VERSION', 'STATE', 'WAVE', 'DONE', 'FAILED', 'HALT REASON'], rows));
    },
  );
}

export function registerRelease(program: Command): void {
  const release = program.command('release').description('manage stored releases');
  addAdminOptions(release.command('yank').description('no longer offer a release: its rollout is aborted, its channel goes back to the previous release').argument('<id>', 'release id')).action(
    async (id: string, flags: AdminFlags) => {
      const aborted = await withApiClient(flags, (client) => new FleetClient(client).yankRelease(id));
      printResult(aborted ? `yanked ${id}; aborted rollout ${aborted}` : `yanked ${id}`);
    },
  );
}
