// The wording of MPIO (Windows Server 2008 R2: Administrative Tools → MPIO, the MPIO Properties
// control panel) and of a disk's Properties dialog. Sourced: the four tabs, "Add MPIO Support"
// with its device hardware ID, "Add support for iSCSI devices", DSM INF file with Install /
// Uninstall, Configuration Snapshot's file name and Capture (domain-facts Part A §4; the TechNet
// "Installing and Configuring MPIO" page), the MSDSM policy names (Part B §6), "Microsoft DSM".
// UNVERIFIED (no capture of the dialogs' text): the reboot prompt's words, the snapshot's default
// file name and the smaller labels, written as the closest documented wording.

export const MPIO = 'MPIO';
export const OPEN_ACTION = 'MPIO…';
export const PROPERTIES_TITLE = 'MPIO Properties';
export const OK = 'OK';
export const CANCEL = 'Cancel';
export const APPLY = 'Apply';

export const TABS = {
  devices: 'MPIO Devices',
  discover: 'Discover Multi-Paths',
  dsm: 'DSM Install',
  snapshot: 'Configuration Snapshot',
} as const;

export const DEVICES_TAB = {
  intro: 'To enable multipathing support for a device, click Add, enter the vendor and product ID, and click OK.',
  list: 'Devices',
  hardwareId: 'Device Hardware Id',
  add: 'Add',
  remove: 'Remove',
  empty: 'No device is claimed by the Microsoft DSM.',
  addTitle: 'Add MPIO Support',
  deviceHardwareId: 'Device Hardware ID:',
  /** The rule of hardware IDs (vendor ID padded to 8 characters, then the product ID). */
  help: 'The vendor ID in 8 characters (pad it with spaces), then the product ID (at most 16 characters).',
} as const;

export const DISCOVER_TAB = {
  spc3: 'SPC-3 compliant',
  iscsi: 'Add support for iSCSI devices',
  others: 'Others',
  add: 'Add',
  intro: 'MPIO finds the devices that can be claimed by their hardware IDs. Check the bus types to add to the Microsoft DSM.',
  alreadyClaimed: 'iSCSI devices are claimed by the Microsoft DSM.',
  nothingToAdd: 'Select "Add support for iSCSI devices" first.',
} as const;

export const REBOOT_PROMPT = {
  title: 'Reboot Required',
  /** UNVERIFIED wording (domain-facts: "A reboot is required" after MPIO changes; the dialog text was not captured). */
  message: 'A reboot is required to complete this operation. Do you want to reboot now?',
  yes: 'Yes',
  no: 'No',
} as const;

export const DSM_TAB = {
  intro: 'To install or remove a device-specific module (DSM), enter the path of its INF file and click Install or Uninstall.',
  infFile: 'DSM INF file:',
  install: 'Install',
  uninstall: 'Uninstall',
  installed: 'Installed DSMs',
  name: 'Name',
  status: 'Status',
  microsoftDsm: 'Microsoft DSM',
  isInstalled: 'Installed (with Multipath I/O)',
} as const;

export const SNAPSHOT_TAB = {
  intro: 'Capture the snapshot of the current MPIO configuration on this system: the devices, their paths and their load-balance policies.',
  fileName: 'Snapshot file name:',
  /** UNVERIFIED: the real dialog's default path was not captured; the lab's choice of a file in System32. */
  defaultFileName: 'C:\\Windows\\System32\\MPIO_Configuration.txt',
  openOnCapture: 'Open File upon capture',
  capture: 'Capture',
} as const;

export const SUMMARY = {
  feature: 'Multipath I/O',
  iscsi: 'iSCSI devices',
  devices: 'MPIO Devices',
  disks: 'Disks',
  notInstalled: 'Multipath I/O is not installed on this server. MPIO Properties exists after the Multipath I/O feature is installed (Server Manager → Features → Add Features) and the server restarted.',
  restartPending: 'Restart pending: the MPIO change takes effect when this server restarts.',
  diskProperties: 'Properties',
  diskList: 'Disks of this server',
} as const;

export const DISK = {
  title: (name: string) => `${name} Device Properties`,
  general: 'General',
  device: 'Device',
  systemDevice: 'System disk',
  multipathDevice: (paths: number) => `Multi-Path Disk Device (${paths} ${paths === 1 ? 'path' : 'paths'})`,
  singlePathDevice: 'SCSI Disk Device (one path)',
  mpio: 'MPIO',
  volumes: 'Volumes',
  name: 'Disk',
  type: 'Type',
  status: 'Status',
  capacity: 'Capacity',
  partitionStyle: 'Partition style',
  notInitialized: 'Not Initialized',
  basic: 'Basic',
  policy: 'Select the MPIO policy:',
  dsmName: 'DSM Name:',
  details: 'Details',
  paths: 'This device has the following paths:',
  pathId: 'Path Id',
  pathState: 'Path State',
  tpgId: 'TPG Id',
  tpgState: 'TPG State',
  weight: 'Weight',
  reads: 'Reads',
  writes: 'Writes',
  edit: 'Edit',
  notMultipath: 'This disk is one path of its LUN: MPIO does not claim iSCSI devices on this server yet (Discover Multi-Paths, then restart).',
  systemDisk: 'Disk 0 is the system disk; it has no MPIO paths.',
  volume: 'Volume',
  noVolumes: 'This disk has no volumes.',
  editTitle: 'MPIO Path Details',
  pathStateLabel: 'Path State',
  active: 'Active/Optimized',
  standby: 'Standby',
  weightLabel: 'Weight',
} as const;

/** What each policy does (domain-facts Part B §6), shown under the policy list as 2008 R2 does. */
export const POLICY_HELP: Record<string, string> = {
  'fail-over-only': 'Uses one active path; the others are standby and take over when it fails. The failed path becomes active again when it returns.',
  'round-robin': 'Uses all available paths in a balanced way.',
  'round-robin-with-subset': 'Round robin over the active paths; the standby paths are used only when every active path has failed.',
  'least-queue-depth': 'Sends each request to the path with the fewest outstanding requests.',
  'weighted-paths': 'Uses the path with the least weight: a large number means a low priority.',
  'least-blocks': 'Sends each request to the path with the fewest blocks outstanding.',
};
