import type { ComponentType } from '@otacast/shared';
import { ArchiveInstaller } from './archive-installer.js';
import { FileInstaller } from './file-installer.js';
import type { InstallerFactory } from './installer.js';

export type { Installer, InstallerContext, InstallerFactory } from './installer.js';
export { ArchiveInstaller } from './archive-installer.js';
export { FileInstaller } from './file-installer.js';

/** Installers by component type. `image` and `command` are not built yet: such releases are refused as incompatible. */
export type InstallerRegistry = Partial<Record<ComponentType, InstallerFactory>>;

export const defaultInstallers: InstallerRegistry = {
  file: (context) => new FileInstaller(context),
  archive: (context) => new ArchiveInstaller(context),
};
