// The consoles of this build, in tree order. A new console registers here and nowhere else.
import { diskManagementConsole } from '../consoles/disk-management';
import { eventViewerConsole } from '../consoles/event-viewer';
import { failoverClusterConsole } from '../consoles/failover-cluster';
import { hypervConsole } from '../consoles/hyper-v';
import { ioGeneratorConsole } from '../consoles/io-generator';
import { iscsiInitiatorConsole } from '../consoles/iscsi-initiator';
import { mpioConsole } from '../consoles/mpio';
import { networksConsole } from '../consoles/networks';
import { powershellConsole } from '../consoles/powershell';
import { serverManagerConsole } from '../consoles/server-manager';
import { serversConsole } from '../consoles/servers';
import { starwindConsole } from '../consoles/starwind';
import { vmmConsole } from '../consoles/vmm';
import type { ConsoleDefinition } from '../shell/registry';

export const CONSOLES: readonly ConsoleDefinition[] = [
  serversConsole, serverManagerConsole, diskManagementConsole, iscsiInitiatorConsole, mpioConsole, networksConsole, starwindConsole, failoverClusterConsole, hypervConsole, vmmConsole, powershellConsole, eventViewerConsole, ioGeneratorConsole,
];
