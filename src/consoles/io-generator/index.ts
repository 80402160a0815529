// The I/O generator (issue 10, as administrators use DiskSpd): no node of its own, a verb on the
// disks other consoles list ("Test I/O…" on Disk Management's disk) and its dialog.
import type { ConsoleDefinition } from '../../shell/registry';
import { testIoAction } from './test-io.action';

export const ioGeneratorConsole: ConsoleDefinition = {
  id: 'io-generator',
  tree: () => [],
  routes: [],
  actions: [testIoAction],
};
