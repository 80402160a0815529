// The StarWind Management Console's wording in one place, so a later version skin can change it.
// The seed document's words come first (StarWind 5: "Add Server", "Add Target", "Hard Disk",
// "Advanced Virtual", "High Availability device", "Create new", Primary / Secondary, the three
// initialization choices, the yellow warning triangle); where the document has none, the v8 wording
// of domain-facts Part A §1 (cache modes, sector size, failover strategy, "Mark as synchronized",
// event ids). Facts §9: the exact v5 GUI strings were not confirmed; these follow the document.
import type { CacheMode, FailoverStrategy, HaPriority, SyncState } from '../../api/types';

export const STARWIND_CONSOLE = 'StarWind Management Console';

export const ACTIONS = {
  addServer: 'Add Server',
  connect: 'Connect…',
  disconnect: 'Disconnect',
  removeServer: 'Remove Server',
  changeCredentials: 'Change Credentials…',
  addTarget: 'Add Target',
  synchronize: 'Synchronize',
  markSynchronized: 'Mark as synchronized',
  maintenance: 'Switch maintenance mode',
  removeDevice: 'Remove Device',
} as const;

export const ADD_SERVER = {
  title: 'Add Server',
  intro: 'Enter the name or address of a computer running StarWind. The console on SWS-DC connects to its management port.',
  host: 'Host name or IP address',
  port: 'Port',
  ok: 'OK',
  cancel: 'Cancel',
} as const;

export const LOGIN = {
  title: (server: string) => `Connect to ${server}`,
  prompt: (server: string) => `Enter an account and password for the StarWind service on ${server}.`,
  login: 'User name',
  password: 'Password',
  hint: 'The default account and password are root and starwind.',
  ok: 'OK',
  cancel: 'Cancel',
} as const;

export const CREDENTIALS = {
  title: (server: string) => `Change Credentials on ${server}`,
  intro: 'The new account replaces the one the StarWind service accepts for management connections.',
  current: 'Current account',
  login: 'User name',
  password: 'Password',
  fresh: 'New account',
  newLogin: 'New user name',
  newPassword: 'New password',
  confirm: 'Confirm new password',
  mismatch: 'The new passwords do not match.',
  emptyLogin: 'Enter a user name.',
  emptyPassword: 'Enter a password.',
  ok: 'OK',
  cancel: 'Cancel',
} as const;

export const DEFAULT_CREDENTIALS_WARNING = (server: string) =>
  `${server} still accepts the default account root / starwind. Anyone who can reach its management port can manage its storage: change the credentials.`;

export const SERVER_STATE = {
  connected: 'Connected',
  disconnected: 'Not connected',
  serviceStopped: 'StarWind service not running',
  noService: 'No StarWind service',
} as const;

export const SERVER_PAGE = {
  product: 'Product',
  host: 'Host',
  address: 'Address',
  port: 'Management port',
  iscsiPort: 'iSCSI port',
  state: 'State',
  login: 'Logged in as',
  targets: 'Targets',
  devices: 'Devices',
  notConnected: (server: string) => `Not connected. Expand ${server} or choose Connect… to log in; a prompt asks for an account and password.`,
  noTargets: 'There are no targets on this server. Choose Add Target to create one.',
  noDevices: 'There are no devices on this server. Add Target creates a device with its target.',
  noServers: 'No StarWind servers have been added. Choose Add Server and enter the server name.',
} as const;

export const TARGET_COLUMNS = { alias: 'Alias', iqn: 'Target name', device: 'Device', state: 'State', portals: 'Portals' } as const;
export const DEVICE_COLUMNS = { name: 'Name', type: 'Type', size: 'Size', image: 'Image file', state: 'State' } as const;
export const SERVER_COLUMNS = { name: 'Server', address: 'Address', port: 'Port', state: 'State', product: 'Product' } as const;

export const DEVICE_KIND_LABELS = { 'image-file': 'Image File', ha: 'High Availability' } as const;

export const SYNC_STATE_LABELS: Record<SyncState, string> = {
  synchronized: 'Synchronized',
  synchronizing: 'Synchronizing',
  'not-synchronized': 'Not synchronized',
};
export const synchronizingLabel = (percent: number) => `Synchronizing ${percent}%`;

export const PRIORITY_LABELS: Record<HaPriority, string> = { primary: 'Primary', secondary: 'Secondary' };
export const FAILOVER_LABELS: Record<FailoverStrategy, string> = { heartbeat: 'Heartbeat', 'node-majority': 'Node Majority' };
/** Which replica a split brain keeps (per device, set in advance; issue 7). */
export const SPLIT_BRAIN_LABELS = { priority: 'The higher priority (by priority)', 'most-recent-writes': 'The side with the most recent writes' } as const;
export const CACHE_MODE_LABELS: Record<CacheMode, string> = { 'write-back': 'Write-back', 'write-through': 'Write-through', none: 'No caching' };
export const SYNC_TYPE_LABELS = { initial: 'Initial', fast: 'Fast', full: 'Full' } as const;

export const DEVICE_VIEW = {
  device: 'Device',
  type: 'Type',
  size: 'Size',
  sectorSize: 'Sector size',
  cache: 'Cache',
  failover: 'Failover strategy',
  image: 'Image file',
  target: 'Target',
  iqn: 'Target name',
  partners: 'Partners',
  server: 'Server',
  priority: 'Priority',
  syncState: 'Synchronization',
  syncChannel: 'Synchronization channel',
  heartbeatChannel: 'Heartbeat channel',
  maintenance: 'Maintenance mode',
  initiators: 'Connected initiators',
  noInitiators: 'None',
  blocked: 'Blocked for reads and writes',
  blockedByMaintenance: 'Yes (maintenance mode)',
  lastSync: 'Last synchronization',
  noSync: 'None yet',
  autoSync: 'Automatic synchronization',
  on: 'On',
  off: 'Off',
  channelUp: 'Connected',
  channelDown: 'Not connected',
  noChannel: 'Empty',
  splitBrain: 'All synchronization and heartbeat channels are down: each side runs alone and their data may diverge (split-brain risk).',
  splitBrainPolicy: 'After a split brain, keep',
  splitBrainDiscarded: (blocks: number, loserHost: string) =>
    `A split brain was resolved: ${blocks.toLocaleString('en-US')} acknowledged block${blocks === 1 ? '' : 's'} (4 KiB each) written on ${loserHost} alone ${blocks === 1 ? 'was' : 'were'} discarded.`,
  timeLeft: (text: string) => `${text} left`,
  progress: 'Synchronization progress',
} as const;

export const REMOVE_DEVICE = {
  title: 'Remove Device',
  message: (name: string) => `Do you want to remove ${name}? The targets are deleted and initiators lose the disk; the image files stay on the servers' volumes.`,
  confirm: 'Remove',
  target: (server: string, alias: string, iqn: string) => `Target ${alias} on ${server} (${iqn})`,
  device: (server: string, name: string, path: string) => `Device ${name} on ${server} (${path})`,
  initiators: (server: string, list: string) => `Connected initiators on ${server} lose their sessions: ${list}`,
  noInitiators: 'No initiator is connected',
} as const;

export const REMOVE_SERVER = {
  title: 'Remove Server',
  message: (server: string) => `Do you want to remove ${server} from the console? Its targets and devices keep running on the server.`,
  confirm: 'Remove',
  affects: (server: string, targets: number) => `${server} is no longer listed here (${targets} target${targets === 1 ? '' : 's'} stay on it)`,
} as const;

export const MAINTENANCE = {
  onTitle: 'Switch maintenance mode on',
  offTitle: 'Switch maintenance mode off',
  onMessage: (name: string) => `Switch maintenance mode on for ${name}? Client connections are cut and both sides stay synchronized, so no resynchronization is needed after a planned shutdown.`,
  offMessage: (name: string) => `Switch maintenance mode off for ${name}? Clients can connect again.`,
  on: 'Switch On',
  off: 'Switch Off',
} as const;

export const MARK_SYNCHRONIZED = {
  title: 'Mark as synchronized',
  message: (server: string, name: string) =>
    `Mark ${name} on ${server} as synchronized? Its data becomes the reference; the partner then needs a full synchronization from it.`,
  confirm: 'Mark as synchronized',
} as const;

// ---------------------------------------------------------------------------------------------
// The Add Target wizard (document steps 5 to 15)

export const WIZARD = {
  title: 'Add Target Wizard',
  pages: {
    alias: 'Target Alias',
    targetType: 'Target Type',
    deviceKind: 'Device Type',
    basicType: 'Basic Virtual Device',
    advancedType: 'Advanced Virtual Device',
    partner: 'Partner Server',
    partnerTarget: 'Partner Target',
    image: 'Image File',
    cache: 'Cache Parameters',
    interfaces: 'Synchronization and Priority',
    initialization: 'Initialization',
    summary: 'Summary',
    completion: 'Completing the Add Target Wizard',
  },
  descriptions: {
    alias: 'Enter an alias for the target. The name should be easy to remember and describe its purpose. The Target Name is entered automatically, but it can be changed.',
    targetType: 'Specify the type of the target. A High Availability device uses the Hard Disk type.',
    deviceKind: 'Choose how the hard disk is provided. Advanced Virtual is used for Mirror devices, Snapshot and CDP devices, and High Availability devices.',
    basicType: 'Choose the basic virtual device.',
    advancedType: 'Choose the advanced virtual device.',
    partner: (server: string) =>
      `Specify the other storage server of the High Availability pair. The user name and password are for the partner server, not for ${server}.`,
    partnerTarget: 'The target on the partner server. Use the name of the first target with a suffix that shows they belong together, e.g. HA1Partner.',
    image: 'Using the Browse button, select the drive and folder of the image file on each server and enable Create new for a new file. Using the same name and location on both servers makes the device easier to manage.',
    imageBasic: 'Select the drive and folder of the image file and enable Create new for a new file.',
    cache: 'The RAM cache of the device.',
    interfaces: 'The target names and ports are provided automatically. The interface needs to be manually set: choose the network interface and address each server uses to reach the other and to synchronize the image file. One server is the primary, the other the secondary.',
    initialization: 'How the two images are brought to the same content before use. Afterwards the devices synchronize changes between them.',
    summary: 'Review the choices. Click Next to create the target, or Back to change them. This page is worth saving for documentation.',
    completion: (alias: string) => `The target ${alias} was created. Click Finish to close the wizard.`,
  },
  /** Save as text on the last page offers this file name. */
  reportFile: (alias: string) => `Add Target ${alias}.txt`,
  jobStates: { running: 'in progress', succeeded: 'completed', failed: 'failed', cancelled: 'cancelled' },
  fields: {
    targetAlias: 'Target Alias',
    targetName: 'Target Name',
    targetType: 'Target type',
    deviceKind: 'Device type',
    basicType: 'Basic virtual device',
    advancedType: 'Advanced virtual device',
    partnerAddress: 'Host name or IP address',
    partnerPort: 'Port',
    partnerLogin: 'User name',
    partnerPassword: 'Password',
    partnerTargetAlias: 'Target Alias',
    partnerTargetName: 'Target Name',
    imagePath: 'Image file',
    createNew: 'Create new',
    size: 'Size',
    sizeUnit: 'Size unit',
    sectorSize: 'Sector size',
    cacheMode: 'Cache mode',
    cacheSizeMb: 'Cache size',
    localTarget: 'Target',
    partnerTargetInfo: 'Partner target',
    syncLocalIp: 'Synchronization interface',
    syncPartnerIp: 'Partner synchronization interface',
    localPriority: 'Priority',
    partnerPriority: 'Partner priority',
    initMethod: 'Initialization method',
  },
  groups: {
    server: (server: string) => `${server}`,
    partner: (server: string) => `${server} (partner)`,
  },
  targetTypes: { hardDisk: 'Hard Disk', optical: 'Optical Drive', tape: 'Tape Drive' },
  deviceKinds: { physical: 'Physical', basic: 'Basic Virtual', advanced: 'Advanced Virtual' },
  deviceKindDescriptions: {
    physical: 'A disk of the server passed through as it is.',
    basic: 'An image file or a RAM disk.',
    advanced: 'Mirror, Snapshot and CDP, and High Availability devices.',
  },
  basicTypes: { imageFile: 'Image File device', ramDisk: 'RAM Disk device' },
  advancedTypes: { mirror: 'Mirror (RAID-1) device', snapshot: 'Snapshot and CDP device', ha: 'High Availability device' },
  notSimulated: 'not simulated in this lab',
  /** Why a version 8 lab's Add Target offers no HA device: StarWind 8 adds the partner to a device. */
  haInV8: 'In StarWind 8, add a replica to a device: Add Device (advanced), then Replication Manager → Add Replica',
  sectorSizes: { 512: '512', 4096: '4096 (May be incompatible with some clients!)' },
  sizeUnits: { MB: 'MB', GB: 'GB' },
  initMethods: {
    clear: 'Clear virtual disks and synchronize',
    fromLocal: (server: string) => `Synchronize from existing device on ${server}`,
    fromPartner: (server: string) => `Synchronize from existing device on ${server}`,
    none: 'Do not synchronize',
  },
  initDescriptions: {
    clear: 'Both images are cleared, then synchronized in full.',
    fromLocal: (from: string, to: string) => `The image on ${from} is copied to ${to}.`,
    fromPartner: (from: string, to: string) => `The image on ${from} is copied to ${to}.`,
    none: 'Both images are taken as identical. Use only when they are.',
  },
  browseTitle: 'Select Image File',
  imageOn: (path: string, server: string) => `${path} on ${server}`,
  volumeLabel: (letter: string, label: string) => (label ? `${letter}: ${label}` : `${letter}:`),
  freeSpace: (free: string) => `${free} free`,
  channel: (ip: string, nic: string) => `${ip} (${nic})`,
  targetInfo: (alias: string, iqn: string, port: number) => `${alias}: ${iqn}, port ${port}`,
  otherPriority: (priority: string) => `${priority} (the partner takes the other priority)`,
  // Field messages the wizard checks itself before asking the server.
  messages: {
    aliasTaken: (alias: string, server: string) => `A target with the alias ${alias} already exists on ${server}.`,
    nameTaken: (name: string) => `The target name ${name} is already in use.`,
    sameNames: 'The partner target needs its own target name: each side of a High Availability device has a different IQN.',
    partnerEmpty: "Enter the partner server's host name or IP address.",
    partnerIsLocal: (server: string) => `The partner must be another server than ${server}.`,
    partnerUnknown: (address: string) => `No server named or addressed ${address} is known on the network.`,
    loginEmpty: 'Enter the user name for the partner server.',
    portRange: 'Port must be a number from 1 to 65535.',
    sizeZero: 'The size must be greater than zero.',
    sizeTooLarge: (volume: string, server: string, free: string) => `The size is larger than the free space of ${volume}: on ${server} (${free}).`,
    cacheSize: 'The cache size must be at least 1 MB.',
    chooseInterface: (server: string) => `Set the interface ${server} uses to synchronize with its partner.`,
  },
} as const;

/** Completes the document's "estimated time left". */
export const TIME_LEFT = (text: string) => `about ${text} left`;

/** The StarWind service's state as the server list words it. */
export function serverStateLabel(connected: boolean, service: { running: boolean } | null | undefined): string {
  if (!service) return SERVER_STATE.noService;
  if (!service.running) return SERVER_STATE.serviceStopped;
  return connected ? SERVER_STATE.connected : SERVER_STATE.disconnected;
}
