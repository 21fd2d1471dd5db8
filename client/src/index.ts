export { OtaClient, type OtaClientOptions, type OtaClientEvents, type StateChange } from './ota-client.js';
export type { UpdateResult } from './update/update-runner.js';
export type { DownloadProgress } from './assemble/downloader.js';
export type { InstalledRelease, InstalledComponent } from './install/installed.js';
export type { Outcome } from './update/state-store.js';
export { AGENT_STATES, AGENT_EVENTS, TRANSITIONS, nextState, type AgentState, type AgentEvent } from './update/state-machine.js';
export { commandHealthCheck, alwaysHealthy, type HealthCheck, type HealthContext } from './update/health-check.js';
export {
  defaultInstallers, createInstallers, FileInstaller, ArchiveInstaller, ImageInstaller, CommandInstaller, commandBootHook, noBootHook,
  type Installer, type InstallerContext, type InstallerFactory, type InstallerRegistry, type InstallersConfig,
  type ImageConfig, type CommandConfig, type BootHook, type BootHookContext, type BootAction, type Slot,
} from './install/index.js';
export { checkRelease, type CheckContext, type CheckResult } from './update/release-check.js';
