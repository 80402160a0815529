// The iSCSI Initiator's wording (Windows Server 2008 R2). Sourced: the tab list, Quick Connect,
// Favorite Targets, target states and port 3260 (domain-facts Part A §3, §9.5); the first-open
// prompts follow the seed paper ("Click Yes if prompted to start the iSCSI service. Click Yes if
// prompted to unblock the Microsoft iSCSI service for Windows Firewall.").
// UNVERIFIED: the exact text of both first-open prompts (domain-facts has no capture of them), and
// the smaller labels marked below, written as the closest documented wording.

export const ISCSI_INITIATOR = 'iSCSI Initiator';
export const OPEN_ACTION = 'iSCSI Initiator…';
export const PROPERTIES_TITLE = 'iSCSI Initiator Properties';

export const FIRST_OPEN = {
  serviceTitle: 'Microsoft iSCSI',
  /** UNVERIFIED wording (from the task brief; no capture in domain-facts). */
  service:
    'The Microsoft iSCSI service is not running. The service is required to be started for iSCSI to function correctly. To start the service now and have the service start automatically each time the computer restarts, click the Yes button.',
  firewallTitle: 'Microsoft iSCSI',
  /** UNVERIFIED wording: the seed paper names the prompt ("unblock the Microsoft iSCSI service for Windows Firewall"), not its text. */
  firewall: 'The Microsoft iSCSI service is blocked by Windows Firewall. To unblock the Microsoft iSCSI service for Windows Firewall, click the Yes button.',
  yes: 'Yes',
  no: 'No',
} as const;

export const TABS = {
  targets: 'Targets',
  discovery: 'Discovery',
  favorites: 'Favorite Targets',
  volumes: 'Volumes and Devices',
  radius: 'RADIUS',
  configuration: 'Configuration',
} as const;

export const TARGETS_TAB = {
  quickConnect: 'Quick Connect',
  quickConnectIntro: 'To discover and log on to a target using a basic connection, type the IP address or DNS name of the target and then click Quick Connect.',
  target: 'Target:',
  discovered: 'Discovered targets',
  name: 'Name',
  status: 'Status',
  refresh: 'Refresh',
  connect: 'Connect',
  disconnect: 'Disconnect',
  properties: 'Properties...',
  devices: 'Devices...',
} as const;

/** Targets → Devices…: the target's devices (a disk per session) and their SCSI addresses. */
export const DEVICES = {
  title: 'Devices',
  list: 'Devices',
  name: 'Name',
  address: 'Address',
  /** UNVERIFIED label: the volumes of the selected device. */
  volumes: 'Volume path names:',
  none: 'This target has no devices: it is not connected, or its LUN is not a disk of this server yet.',
} as const;

export const CONNECT = {
  title: 'Connect To Target',
  targetName: 'Target name:',
  favorite: 'Add this connection to the list of Favorite Targets.',
  favoriteNote: 'This will make the system automatically attempt to restore the connection every time this computer restarts.',
  multipath: 'Enable multi-path',
  advanced: 'Advanced...',
} as const;

export const ADVANCED = {
  title: 'Advanced Settings',
  localAdapter: 'Local adapter:',
  initiatorIp: 'Initiator IP:',
  targetPortal: 'Target portal IP:',
  defaultChoice: 'Default',
  adapter: 'Microsoft iSCSI Initiator',
  chap: 'Enable CHAP log on',
  name: 'Name:',
  secret: 'Target secret:',
} as const;

export const DISCOVERY_TAB = {
  portals: 'Target portals',
  intro: 'The system will look for Targets on following portals:',
  address: 'Address',
  port: 'Port',
  adapter: 'Adapter',
  ip: 'IP address',
  discover: 'Discover Portal...',
  remove: 'Remove',
  refresh: 'Refresh',
} as const;

export const DISCOVER_PORTAL = {
  title: 'Discover Target Portal',
  intro: 'Enter the IP address or DNS name and port number of the portal you want to add.',
  address: 'IP address or DNS name:',
  port: 'Port: (Default is 3260.)',
  advanced: 'Advanced...',
} as const;

export const FAVORITES_TAB = {
  intro: 'If a connection to a favorite target fails, the system will automatically attempt to reconnect each time the computer restarts.',
  list: 'Favorite targets',
  name: 'Name',
  portal: 'Target portal',
  multipath: 'Multi-path',
} as const;

// Volume List, Auto Configure, Add..., Remove, Clear: the 2008 R2 tab's controls (the search tool
// found no capture of the tab; the operations are the initiator API's SetupPersistentIScsiDevices,
// AddPersistentIscsiDevice, RemovePersistentIscsiDevice and ClearPersistentIScsiDevices).
export const VOLUMES_TAB = {
  intro: 'If a program or service uses a particular volume or device, add that volume or device to the list below, or click Auto Configure to have the iSCSI initiator service automatically configure all available devices.',
  list: 'Volume List',
  listLabel: 'Volume List:',
  device: 'Volume/mount point/device',
  autoConfigure: 'Auto Configure',
  add: 'Add...',
  remove: 'Remove',
  clear: 'Clear',
  none: 'No volumes or devices are bound.',
  /** The lab's own list (the real tab shows only the Volume List): what Auto Configure would bind. */
  devices: 'Devices of connected targets',
  devicesNone: 'No target is connected, or its LUN is not a disk of this server yet.',
  diskColumn: 'Disk',
  volumesColumn: 'Volumes',
  /** UNVERIFIED wording of the Add dialog. */
  addTitle: 'Add Volume Or Device',
  addIntro: 'Enter a drive letter, mount point or device.',
  addField: 'Volume/mount point/device:',
} as const;

export const RADIUS_TAB = {
  list: 'RADIUS servers',
  address: 'Address',
  port: 'Port',
  none: 'There are no RADIUS servers.',
  add: 'Add...',
  remove: 'Remove',
  addTitle: 'Add RADIUS Server',
  serverAddress: 'RADIUS server name or IP address:',
  portField: 'Port:',
  secret: 'RADIUS shared secret:',
} as const;

export const CONFIGURATION_TAB = {
  intro: 'Configuration settings here are global and will affect any future connections made with the initiator.',
  initiatorName: 'Initiator Name:',
  change: 'Change...',
  chap: 'CHAP...',
  changeTitle: 'iSCSI Initiator Name',
  newName: 'New initiator name:',
  chapTitle: 'iSCSI Initiator Mutual CHAP Secret',
  chapIntro: 'The iSCSI initiator mutual CHAP secret is used to authenticate the target. Type a secret of 12 to 16 characters.',
  initiatorSecret: 'Initiator CHAP secret:',
  /** The lab's wording: the secret is kept (sealed) and never shown again. */
  secretSet: 'An initiator CHAP secret is set.',
  secretNotSet: 'No initiator CHAP secret is set.',
} as const;

export const SESSIONS = {
  title: 'Properties',
  sessions: 'Sessions',
  identifier: 'Identifier',
  state: 'State',
  connections: 'Connections',
  initiator: 'Source portal',
  portal: 'Target portal',
  none: 'There are no sessions to this target.',
} as const;

export const SUMMARY = {
  name: 'Initiator Name',
  service: 'Service',
  targets: 'Targets',
  sessions: 'Sessions',
  running: 'Running',
  stoppedNotStarted: 'Stopped (not started yet: open the iSCSI Initiator and answer Yes)',
  stoppedHostOff: 'Stopped (the server is off)',
} as const;

export const OK = 'OK';
export const CANCEL = 'Cancel';
export const APPLY = 'Apply';
