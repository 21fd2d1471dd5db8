import type { Command } from 'commander';
import { publishRelease, type PublishProgress, type PublishResult } from '../sdk/publisher.js';
import { readReleaseFile, releaseSpecFromArgs, type ReleaseSpec } from '../sdk/release-spec.js';
import { addAdminOptions, cliLogger, parseInteger, parseName, parseVersion, printNote, printResult, usage, withApiClient, type AdminFlags } from './common.js';
import { checkBeforePublish } from './publish-checks.js';
import { formatBytes } from './format.js';
import { collect } from '@otacast/shared';

interface PublishFlags extends AdminFlags {
  key: string[];
  release?: string;
  product?: string;
  channel?: string;
  version?: string;
  hardware?: string[];
  expires?: string;
  rollback?: boolean;
  window: number;
  announce: boolean;
  force?: boolean;
}

async function specFrom(flags: PublishFlags, components: string[]): Promise<ReleaseSpec> {
  if (flags.release !== undefined) {
    const clashing = [
      flags.product !== undefined && '--product',
      flags.channel !== undefined && '--channel',
      flags.version !== undefined && '--version',
      flags.hardware !== undefined && '--hardware',
      flags.expires !== undefined && '--expires',
      flags.rollback !== undefined && '--rollback',
      components.length > 0 && 'NAME=PATH components',
    ].filter(Boolean);
    if (clashing.length > 0) throw usage(`--release describes the whole release; do not combine it with ${clashing.join(', ')}`);
    return readReleaseFile(flags.release);
  }
  if (flags.product === undefined) throw usage('--product is required (or --release FILE)');
  if (flags.version === undefined) throw usage('--version is required (or --release FILE)');
  if (components.length === 0) throw usage('give at least one component as NAME=PATH[:type] (or --release FILE)');
  for (const arg of components) {
    if (!/^[^=]+=.+/.test(arg)) throw usage(`component "${arg}" must be NAME=PATH[:type]`);
  }
  return releaseSpecFromArgs({
    product: flags.product,
    version: flags.version,
    components,
    ...(flags.channel === undefined ? {} : { channel: flags.channel }),
    ...(flags.hardware === undefined ? {} : { hardware: flags.hardware }),
    ...(flags.expires === undefined ? {} : { expires: flags.expires }),
    ...(flags.rollback === undefined ? {} : { rollback: flags.rollback }),
  });
}

/** A self-overwriting progress line, only when a person is watching. */
function progressPrinter(): ((p: PublishProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (p) => {
    const text =
      p.phase === 'indexing'
        ? `chunking ${p.component} (${p.index + 1}/${p.count})`
        : p.phase === 'uploading'
          ? `uploading ${p.uploadedBlobs}/${p.missingBlobs} blobs, ${formatBytes(p.uploadedBytes)} of ${formatBytes(p.missingBytes)}`
          : `committing ${p.releaseId}`;
    process.stderr.write(`\r\x1b[K${text}`);
    if (p.phase === 'committing') process.stderr.write('\r\x1b[K');
  };
}

/** The stable summary line on stderr; tests read "uploaded N of M blobs". */
export function summaryLine(spec: ReleaseSpec, r: PublishResult): string {
  const seconds = (r.elapsedMs / 1000).toFixed(2);
  const existing = r.existing ? ', already published' : '';
  return (
    `published ${spec.product} ${spec.version} on ${spec.channel}: ${r.components} components, ${r.chunks} chunks, ` +
    `uploaded ${r.uploadedBlobs} of ${r.totalBlobs} blobs (${r.uploadedBytes} of ${r.totalBytes} bytes) in ${seconds} s, release ${r.releaseId}${existing}`
  );
}

export function registerPublish(program: Command): void {
  addAdminOptions(
    program
      .command('publish')
      .description('chunk, sign and upload a release, then announce it on its channel; prints the release id')
      .argument('[components...]', 'NAME=PATH[:type][@DEST], type file|archive|image|command|agent (default: archive for .tar/.tar.gz/.tgz, else file); DEST: install path under the agent\'s --root')
      .requiredOption('--key <file>', 'ed25519 signing key (PKCS8 PEM, from otacast keygen); repeat it to sign with several keys (a keyring threshold)', collect)
      .option('--release <file>', 'release file (JSON) instead of --product/--version/components')
      .option('--product <product>', 'product', parseName('product'))
      .option('--channel <channel>', 'channel (default stable)', parseName('channel'))
      .option('--version <version>', 'release version (semver); also the default component version', parseVersion)
      .option('--hardware <id>', 'hardware id the release runs on (repeatable; default any)', collect)
      .option('--expires <when>', 'ISO date, or seconds after publication (default: never; 7 days with --rollback)')
      .option('--rollback', 'sign as a deliberate rollback to a lower version (expires after 7 days unless --expires says otherwise)')
      .option('--window <n>', 'uploads kept in flight', parseInteger(1, 256), 16)
      .option('--no-announce', 'store and sign only: the release reaches devices through a rollout (otacast rollout start)')
      .option('--force', 'publish despite a likely mistake (an archive that is not a tar, a version lower than the current one, a product no device runs)'),
  ).action(async (components: string[], flags: PublishFlags) => {
    const spec = await specFrom(flags, components);
    const onProgress = progressPrinter();
    // One connection for the checks and the upload: a second connect cost a CLI start-up round trip.
    const result = await withApiClient(flags, async (client) => {
      const warnings = await checkBeforePublish(spec, client, flags.force === true);
      for (const warning of warnings) printNote(`warning: ${warning.toLine()}`);
      return publishRelease({
        client,
        url: flags.url,
        token: '',
        key: flags.key.length === 1 ? (flags.key[0] as string) : flags.key,
        spec,
        logger: cliLogger(),
        window: flags.window,
        timeoutMs: flags.timeout * 1000,
        noAnnounce: !flags.announce,
        ...(onProgress === undefined ? {} : { onProgress }),
      });
    });
    printNote(summaryLine(spec, result));
    printResult(result.releaseId);
  });
}
