import { mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { exists, fsyncDir, OtaError, sha256File, writeAt, writeFileAtomic, type ComponentSpec } from '@otacast/shared';
import { noBootHook, type BootAction, type BootHook, type Slot } from './boot-hook.js';
import { insideRoot, readMarker } from './fs-util.js';
import type { Installer, InstallerContext } from './installer.js';

export interface ImageConfig {
  /** Called to switch, commit and roll back (`--boot-hook`); default: none. */
  bootHook?: BootHook;
  /** Slot paths for components whose manifest options name none (`--slot-a`, `--slot-b`): relative to the root, or absolute. */
  slotA?: string;
  slotB?: string;
}

/** The slot a device boots from before it has any record: the factory image is in A. */
const FACTORY_SLOT: Slot = 'a';
const COPY_BYTES = 1 << 20;

/**
 * A/B image: the verified artifact is stream-copied into the inactive slot
 * (a file or a block device) and fsynced, the boot hook switches to it, and
 * the old slot stays untouched as the fallback. Slots come from the options
 * `slot_a` / `slot_b`, else the agent's `--slot-a` / `--slot-b`, else
 * `ROOT/{name}/slot-a.img` and `slot-b.img`. In `ROOT/{options.path ?? name}/`:
 *   `active`          the slot in use ('a' or 'b'; absent: the factory slot A, nothing installed by us)
 *   `.otacast-staged` the slot prepare wrote
 *   `.otacast-prev`   the active slot before activation ('' when there was no record)
 */
export class ImageInstaller implements Installer {
  readonly base: string;
  readonly slots: Readonly<Record<Slot, string>>;
  private readonly activeFile: string;
  private readonly stagedMarker: string;
  private readonly prevMarker: string;
  private readonly bootHook: BootHook;

  constructor(
    private readonly context: InstallerContext,
    config: ImageConfig = {},
  ) {
    const { component, root } = context;
    this.base = insideRoot(root, component.options['path'] ?? component.name, `component ${component.name} path`);
    const slot = (letter: Slot, configured: string | undefined): string => {
      const path = component.options[`slot_${letter}`] ?? configured;
      if (path === undefined) return join(this.base, `slot-${letter}.img`);
      return isAbsolute(path) ? path : insideRoot(root, path, `component ${component.name} slot ${letter}`);
    };
    this.slots = { a: slot('a', config.slotA), b: slot('b', config.slotB) };
    if (this.slots.a === this.slots.b) throw new OtaError('OTA_E_INSTALL', `component ${component.name}: slots A and B are the same path ${this.slots.a}`);
    this.activeFile = join(this.base, 'active');
    this.stagedMarker = join(this.base, '.otacast-staged');
    this.prevMarker = join(this.base, '.otacast-prev');
    this.bootHook = config.bootHook ?? noBootHook;
  }

  /** The slot recorded as active, undefined before the first install. */
  async activeSlot(): Promise<Slot | undefined> {
    return slotOf(await readMarker(this.activeFile), this.activeFile);
  }

  async prepare(artifactPath: string, component: ComponentSpec = this.context.component): Promise<void> {
    await mkdir(this.base, { recursive: true });
    const staged = slotOf(await readMarker(this.stagedMarker), this.stagedMarker);
    // activate() drops the staged marker last: this was switched in before a restart.
    if (staged === undefined && (await readMarker(this.prevMarker)) !== undefined) return;
    const active = await this.activeSlot();
    // A repeated prepare writes the slot it chose before, never the one in use.
    const target = staged ?? other(active ?? FACTORY_SLOT);
    if (target === active) return; // activation already recorded it
    await writeSlot(artifactPath, this.slots[target], component);
    await writeFileAtomic(this.stagedMarker, target);
  }

  async activate(): Promise<void> {
    const staged = slotOf(await readMarker(this.stagedMarker), this.stagedMarker);
    const prev = await readMarker(this.prevMarker);
    if (staged === undefined) {
      if (prev !== undefined) return; // already switched
      throw new OtaError('OTA_E_INSTALL', `${this.base}: no slot prepared to activate`);
    }
    const active = await this.activeSlot();
    if (prev === undefined) await writeFileAtomic(this.prevMarker, active ?? '');
    await this.hook('switch', staged);
    if (active !== staged) await writeFileAtomic(this.activeFile, staged);
    await rm(this.stagedMarker, { force: true });
    await fsyncDir(this.base);
  }

  async commit(): Promise<void> {
    await rm(this.stagedMarker, { force: true });
    if ((await readMarker(this.prevMarker)) === undefined) return; // committed already
    const active = await this.activeSlot();
    if (active !== undefined) await this.hook('commit', active);
    await rm(this.prevMarker, { force: true });
    await fsyncDir(this.base);
  }

  async rollback(): Promise<void> {
    const prev = await readMarker(this.prevMarker);
    if (prev !== undefined) {
      const back = slotOf(prev, this.prevMarker);
      // The boot loader may have been switched even if recording it did not happen: always switch back.
      await this.hook('rollback', back ?? FACTORY_SLOT);
      if (back === undefined) await rm(this.activeFile, { force: true });
      else if ((await this.activeSlot()) !== back) await writeFileAtomic(this.activeFile, back);
    }
    // A written but never activated slot is simply the inactive one again.
    await rm(this.stagedMarker, { force: true });
    await rm(this.prevMarker, { force: true });
    if (await exists(this.base)) await fsyncDir(this.base);
  }

  private hook(action: BootAction, slot: Slot): Promise<void> {
    const { component, root } = this.context;
    this.context.logger?.info('boot hook', { component: component.name, action, slot });
    return this.bootHook({ action, slot, slotPath: this.slots[slot], component: component.name, version: component.version, root });
  }
}

function other(slot: Slot): Slot {
  return slot === 'a' ? 'b' : 'a';
}

function slotOf(text: string | undefined, where: string): Slot | undefined {
  const value = text?.trim();
  if (value === undefined || value === '') return undefined;
  if (value === 'a' || value === 'b') return value;
  throw new OtaError('OTA_E_STATE', `${where} holds "${value.slice(0, 20)}", expected a or b`);
}

/**
 * Copies the artifact into the slot with bounded memory, fsyncs, then reads
 * the slot back and checks its sha256: flash that silently drops writes is
 * caught here, not at the next boot. A block device is written in place
 * (never truncated); a file slot is replaced.
 */
async function writeSlot(artifactPath: string, slotPath: string, component: ComponentSpec): Promise<void> {
  const info = await stat(slotPath).catch(() => undefined);
  const device = info?.isBlockDevice() ?? false;
  if (!device) await mkdir(dirname(slotPath), { recursive: true });
  const input = await open(artifactPath, 'r');
  const output = await open(slotPath, device ? 'r+' : 'w');
  const buffer = Buffer.allocUnsafe(COPY_BYTES);
  let position = 0;
  try {
    for (;;) {
      const { bytesRead } = await input.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) break;
      await writeAt(output, buffer, 0, bytesRead, position);
      position += bytesRead;
    }
    await output.sync();
  } finally {
    await input.close();
    await output.close();
  }
  if (position !== component.size) throw new OtaError('OTA_E_INSTALL', `${artifactPath} has ${position} bytes, the manifest says ${component.size}`);
  // Only the image's bytes: a block device is larger than the image in it.
  const digest = await sha256File(slotPath, { start: 0, end: component.size - 1 });
  if (!digest.equals(component.sha256)) throw new OtaError('OTA_E_INSTALL', `slot ${slotPath} does not read back what was written (sha256 mismatch)`);
}
