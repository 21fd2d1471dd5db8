import { chmod, copyFile, open } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exists, OtaError, writeFileAtomic } from '@otacast/shared';
import { ArchiveInstaller } from './archive-installer.js';
import { readMarker } from './fs-util.js';
import type { InstallerContext } from './installer.js';
import { runCommand } from './run-command.js';

export interface CommandConfig {
  /** Time an install or rollback command may take unless the component's `timeout` option says otherwise (`--command-timeout`). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 300_000;

/**
 * A component whose installation is a script it ships, e.g. `pip install
 * --no-index --find-links wheels/` of wheels delivered in the release: the
 * package-manager strategy with no package index on the device.
 *
 * The artifact (a tar, or a single script that becomes `install.sh`) is
 * unpacked like an archive into `ROOT/{name}/releases/{version}/`, so the
 * previous payload is kept. Activation runs the install command in the new
 * payload (option `command`, default `sh ./install.sh`), then points
 * `current` at it. Rollback runs the new payload's rollback command (option
 * `rollback_command`, default `sh ./rollback.sh` when shipped); without one it
 * runs the previous payload's install command again. Commands run through the
 * shell with a timeout (option `timeout` in seconds) and OTACAST_ACTION
 * (install|rollback), OTACAST_ROOT, OTACAST_COMPONENT, OTACAST_VERSION (the
 * version installed or undone), OTACAST_PAYLOAD (the directory the command
 * runs in) and OTACAST_PREVIOUS_PAYLOAD (the payload to return to on failure,
 * '' on a first install) set.
 * They may run again after a restart, so they must be idempotent.
 */
export class CommandInstaller extends ArchiveInstaller {
  private readonly timeoutMs: number;

  constructor(context: InstallerContext, config: CommandConfig = {}) {
    super(context);
    const option = context.component.options['timeout'];
    const seconds = option === undefined ? Number.NaN : Number(option);
    if (option !== undefined && !(seconds > 0)) throw new OtaError('OTA_E_INSTALL', `component ${context.component.name}: option timeout "${option}" is not a positive number of seconds`);
    this.timeoutMs = option !== undefined ? seconds * 1000 : (config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  override async activate(): Promise<void> {
    const staged = await readMarker(this.stagedMarker);
    if (staged === undefined) return super.activate(); // already switched in, or nothing prepared
    // Recorded before the command runs, so that a rollback undoes a command that ran only partly.
    if ((await readMarker(this.prevMarker)) === undefined) await writeFileAtomic(this.prevMarker, (await this.linkTarget()) ?? '');
    const prev = (await readMarker(this.prevMarker)) ?? '';
    const payload = join(this.releases, staged);
    await this.run('install', await this.installCommand(payload), payload, prev ? join(this.base, prev) : '');
    await super.activate();
  }

  override async rollback(): Promise<void> {
    const prev = await readMarker(this.prevMarker);
    if (prev !== undefined) {
      const staged = await readMarker(this.stagedMarker);
      const live = await this.linkTarget();
      const next = staged !== undefined ? join(this.releases, staged) : live !== undefined && live !== prev ? join(this.base, live) : undefined;
      const previous = prev ? join(this.base, prev) : '';
      const undo = next !== undefined ? await this.rollbackCommand(next) : undefined;
      if (next !== undefined && undo !== undefined) await this.run('rollback', undo, next, previous);
      else if (previous) await this.run('rollback', await this.installCommand(previous), previous, previous);
      else this.context.logger?.warn('nothing undoes this install command: ship a rollback.sh', { component: this.context.component.name });
    }
    await super.rollback();
  }

  /** A single script (not a tar) is the install command itself. */
  protected override async unpackInto(artifactPath: string, dir: string): Promise<void> {
    if (await isTarball(artifactPath)) return super.unpackInto(artifactPath, dir);
    const script = join(dir, 'install.sh');
    await copyFile(artifactPath, script);
    await chmod(script, 0o755);
  }

  private async installCommand(payload: string): Promise<string> {
    const option = this.context.component.options['command'];
    if (option !== undefined) return option;
    if (await exists(join(payload, 'install.sh'))) return 'sh ./install.sh';
    throw new OtaError('OTA_E_INSTALL', `component ${this.context.component.name} ships no install.sh and has no command option`);
  }

  private async rollbackCommand(payload: string): Promise<string | undefined> {
    const option = this.context.component.options['rollback_command'];
    if (option !== undefined) return option;
    return (await exists(join(payload, 'rollback.sh'))) ? 'sh ./rollback.sh' : undefined;
  }

  private run(action: 'install' | 'rollback', command: string, payload: string, previous: string): Promise<void> {
    const { component, root, logger } = this.context;
    return runCommand({
      command,
      cwd: payload,
      timeoutMs: this.timeoutMs,
      what: `${action} command of ${component.name}`,
      code: 'OTA_E_INSTALL',
      logger,
      env: {
        OTACAST_ACTION: action,
        OTACAST_ROOT: resolve(root),
        OTACAST_COMPONENT: component.name,
        OTACAST_VERSION: component.version,
        OTACAST_PAYLOAD: payload,
        OTACAST_PREVIOUS_PAYLOAD: previous,
      },
    });
  }
}

/** gzip, or a tar header ("ustar" at offset 257). */
async function isTarball(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(262);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return true;
    return bytesRead >= 262 && head.subarray(257, 262).toString('latin1') === 'ustar';
  } finally {
    await handle.close();
  }
}
