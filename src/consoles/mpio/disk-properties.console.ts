// The disk Properties verb as a console of its own, so any console listing disks (Disk Management)
// offers it without importing this folder. The MPIO console (MPIO Properties) joins it here.
import type { ConsoleDefinition } from '../../shell/registry';
import { diskPropertiesAction } from './disk-properties.action';

export const diskPropertiesConsole: ConsoleDefinition = {
  id: 'mpio-disk-properties',
  tree: () => [],
  routes: [],
  actions: [diskPropertiesAction],
};
