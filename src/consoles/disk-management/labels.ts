// Disk Management's words (Windows Server 2008 R2, Server Manager → Storage → Disk Management).
// The seed names the node and the right-click ("right click on Disk 1 in the Disk Management
// console and click on Properties"); domain-facts Part A §5 gives the states (Offline through the
// SAN policy OfflineShared, Unknown / Not Initialized, MBR or GPT, GPT above 2 TB). The dialog and
// wizard texts are the 2008 R2 ones as remembered (UNVERIFIED: no captured screenshot in the facts).
export const STORAGE = 'Storage';
export const DISK_MANAGEMENT = 'Disk Management';

export const VOLUME_COLUMNS = {
  volume: 'Volume',
  layout: 'Layout',
  type: 'Type',
  fileSystem: 'File System',
  status: 'Status',
  capacity: 'Capacity',
  free: 'Free Space',
  percentFree: '% Free',
} as const;

export const WORDS = {
  basic: 'Basic',
  unknown: 'Unknown',
  online: 'Online',
  offline: 'Offline',
  notInitialized: 'Not Initialized',
  unallocated: 'Unallocated',
  simple: 'Simple',
  healthyPrimary: 'Healthy (Primary Partition)',
  healthySystem: 'Healthy (System, Boot, Page File, Active, Crash Dump, Primary Partition)',
  /** VDS offline reason Policy (domain-facts Part A §5: OfflineShared keeps shared-bus disks offline). */
  offlineByPolicy: 'The disk is offline because of policy set by an administrator',
  volumesList: 'Volumes',
  disksList: 'Disks',
  noVolumes: 'There are no volumes on this server.',
  hostOff: (host: string) => `${host} is not running; Disk Management shows its disks while it runs.`,
} as const;

export const ACTIONS = {
  online: 'Online',
  offline: 'Offline',
  initialize: 'Initialize Disk',
  properties: 'Properties',
  newSimpleVolume: 'New Simple Volume...',
} as const;

export const INITIALIZE = {
  title: 'Initialize Disk',
  intro: 'You must initialize a disk before Logical Disk Manager can access it.',
  disks: 'Select disks:',
  style: 'Use the following partition style for the selected disks:',
  mbr: 'MBR (Master Boot Record)',
  gpt: 'GPT (GUID Partition Table)',
  note: 'Note: The GPT partition style is not recognized by all previous versions of Windows. It is recommended for disks larger than 2TB, or disks used on Itanium-based computers.',
  none: 'No disk here waits for initialization: a disk must be Online and Not Initialized.',
  ok: 'OK',
  cancel: 'Cancel',
} as const;

export const NEW_VOLUME = {
  title: 'New Simple Volume Wizard',
  welcomeTitle: 'Welcome to the New Simple Volume Wizard',
  welcome: ['This wizard helps you create a simple volume on a disk.', 'A simple volume can only be on a single disk.', 'To continue, click Next.'],
  sizeTitle: 'Specify Volume Size',
  sizeDescription: 'Choose a volume size that is between the maximum and minimum sizes.',
  maximum: 'Maximum disk space in MB:',
  minimum: 'Minimum disk space in MB:',
  size: 'Simple volume size in MB:',
  letterTitle: 'Assign Drive Letter or Path',
  letterDescription: 'For easier access, you can assign a drive letter or drive path to your partition.',
  assign: 'Assign the following drive letter:',
  noLetter: 'Do not assign a drive letter or drive path',
  letterChoice: 'Drive letter or path',
  driveLetter: 'Drive letter',
  formatTitle: 'Format Partition',
  formatDescription: 'To store data on this partition, you must format it first. Choose whether you want to format this volume, and if so, what settings you want to use.',
  formatGroup: 'Format this volume with the following settings:',
  fileSystem: 'File system:',
  allocation: 'Allocation unit size:',
  allocationDefault: 'Default',
  label: 'Volume label:',
  quick: 'Perform a quick format',
  completingTitle: 'Completing the New Simple Volume Wizard',
  completing: 'You have successfully completed the New Simple Volume Wizard. You selected the following settings. To close this wizard, click Finish.',
  finish: 'Finish',
  defaultLabel: 'New Volume',
  /** The smallest simple volume the 2008 R2 wizard offers. */
  minimumMb: 8,
} as const;

export const PROPERTIES_OPEN_ERROR = 'Disk Properties';
