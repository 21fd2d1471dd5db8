import type { ComponentType } from '@otacast/shared';
import { AgentInstaller, type AgentConfig } from './agent-installer.js';
import { ArchiveInstaller } from './archive-installer.js';
import { CommandInstaller, type CommandConfig } from './command-installer.js';
import { FileInstaller } from './file-installer.js';
import { ImageInstaller, type ImageConfig } from './image-installer.js';
import type { InstallerFactory } from './installer.js';

export type { Installer, InstallerContext, InstallerFactory } from './installer.js';
export { ArchiveInstaller } from './archive-installer.js';
export { FileInstaller } from './file-installer.js';
export { ImageInstaller, type ImageConfig } from './image-installer.js';
export { CommandInstaller, type CommandConfig } from './command-installer.js';
export { AgentInstaller, type AgentConfig } from './agent-installer.js';
export { AGENT_BUNDLE_FILE, agentLayout, liveBundle, newAgentPending, switchBackAgent, type AgentLayout } from './agent-layout.js';
export { commandBootHook, noBootHook, type BootHook, type BootHookContext, type BootAction, type Slot } from './boot-hook.js';

/** Installers by component type; a release with a type missing here is refused as incompatible. */
export type InstallerRegistry = Partial<Record<ComponentType, InstallerFactory>>;

/** Device-side settings of the installers (agent flags), as opposed to the per-component manifest options. */
export type InstallersConfig = ImageConfig & CommandConfig & {
  /** Given only to an agent started by the launcher: without it, `agent` components are refused as incompatible. */
  agent?: AgentConfig;
};

export function createInstallers(config: InstallersConfig = {}): InstallerRegistry {
  return {
    file: (context) => new FileInstaller(context),
    archive: (context) => new ArchiveInstaller(context),
    image: (context) => new ImageInstaller(context, config),
    command: (context) => new CommandInstaller(context, config),
    agent: (context) => new AgentInstaller(context, config.agent),
  };
}

export const defaultInstallers: InstallerRegistry = createInstallers();
