import type { Logger } from '@otacast/shared';
import { runCommand } from './run-command.js';

export type Slot = 'a' | 'b';

/** Why the hook is called: boot the new slot next, mark it good, or go back to the old one. */
export type BootAction = 'switch' | 'commit' | 'rollback';

export interface BootHookContext {
  action: BootAction;
  /** The slot to boot from now on (for `commit`: the slot being marked good). */
  slot: Slot;
  /** Where that slot's image is (a file or a block device). */
  slotPath: string;
  component: string;
  version: string;
  root: string;
}

/**
 * Tells the boot loader which A/B slot to use (U-Boot `fw_setenv`,
 * `grub-editenv`, an EFI variable...). A hook: replace it freely. It is
 * called again when a step is repeated after a restart, so it must be
 * idempotent, which setting a variable is.
 */
export type BootHook = (context: BootHookContext) => Promise<void>;

/** No boot loader to tell: the slot recorded by the installer is the only switch (slots as files, tests). */
export const noBootHook: BootHook = () => Promise.resolve();

/**
 * `--boot-hook CMD`: runs CMD through the shell in the root directory with
 * OTACAST_SLOT (a|b), OTACAST_SLOT_PATH, OTACAST_BOOT_ACTION
 * (switch|commit|rollback), OTACAST_COMPONENT and OTACAST_VERSION set.
 * Non-zero exit or no exit within the timeout: OTA_E_INSTALL.
 */
export function commandBootHook(command: string, timeoutMs = 60_000, logger?: Logger): BootHook {
  return (context) =>
    runCommand({
      command,
      cwd: context.root,
      timeoutMs,
      what: `boot hook (${context.action} to slot ${context.slot})`,
      code: 'OTA_E_INSTALL',
      logger,
      env: {
        OTACAST_SLOT: context.slot,
        OTACAST_SLOT_PATH: context.slotPath,
        OTACAST_BOOT_ACTION: context.action,
        OTACAST_COMPONENT: context.component,
        OTACAST_VERSION: context.version,
      },
    });
}
