import type { ComponentSpec, Logger } from '@otacast/shared';

/**
 * Puts one component in place. An instance is bound to one component of one
 * release, so a restarted agent can build it again from the saved manifest and
 * call commit() or rollback() without having run prepare() in this process:
 * every step reads what it needs from disk and is safe to repeat.
 *
 * - prepare: stage the verified artifact beside the live one (nothing live changes).
 * - activate: switch the staged version in atomically, keeping the old one.
 * - commit: the new version is healthy; drop what rollback would need.
 * - rollback: put the old version back (a no-op when nothing was activated).
 */
export interface Installer {
  prepare(artifactPath: string, component: ComponentSpec): Promise<void>;
  activate(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** Optional: the installer's own health criterion, asked before the health check; throws (coded) to roll back. */
  healthy?(): Promise<void>;
  /** Optional: true when what is now live takes effect only once the agent restarts (the agent installer). */
  restartNeeded?(): Promise<boolean>;
}

export interface InstallerContext {
  /** Directory every installed path lives under (`--root`). */
  root: string;
  component: ComponentSpec;
  logger?: Logger;
}

export type InstallerFactory = (context: InstallerContext) => Installer;
