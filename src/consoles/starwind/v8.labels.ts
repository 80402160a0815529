// The words of StarWind 8's own flow (issue 7): Add Device (advanced) for the image file, then
// Replication Manager → Add Replica. Sources: /work/notes/issue7-facts.md §3.1–3.2 and
// domain-facts Part A §1.1, §1.2, §1.4. What the stored pages confirm is marked CONFIRMED; page
// titles and labels no stored text gives are UNVERIFIED (StarWind 8's usual wording).

export const V8_ACTIONS = {
  /** CONFIRMED: "select Add Device (advanced) from the shortcut menu" (VSAN Help). */
  addDevice: 'Add Device (advanced)',
  /** CONFIRMED: "Right-click on the DS1 device and select Replication Manager" (resource-library/3). */
  replicationManager: 'Replication Manager',
} as const;

export const ADD_DEVICE = {
  title: 'Add Device Wizard',
  pages: {
    // UNVERIFIED titles: the Help lists the steps, not their page titles.
    deviceType: 'Device Type',
    diskType: 'Disk Type',
    location: 'Virtual Disk Location',
    options: 'Virtual Disk Options',
    cache: 'Device RAM Cache Parameters',
    target: 'Target Parameters',
    summary: 'Creation Page',
    completion: 'Completing the Add Device Wizard',
  },
  descriptions: {
    // CONFIRMED step texts where given (VSAN Help, "Heartbeat Failover Strategy").
    deviceType: 'Select Hard Disk Device as the type of a device to be created.',
    diskType: 'Choose how the hard disk is provided.',
    location: 'Specify a virtual disk location and create a new file if required.',
    options: 'Select virtual disk options.',
    cache: 'Define the caching policy and specify the cache size (in MB).',
    target: 'The device is attached to a new target. Its alias and name can be changed.',
    summary: 'Review the settings. Click Create to add the device.',
    completion: (name: string) => `The image file ${name} was created. Click Finish to close the wizard.`,
  },
  fields: {
    deviceType: 'Device type',
    diskType: 'Disk type',
    // UNVERIFIED: StarWind 8 shows Name and Location with a browse button; the lab keeps the path in one box.
    imagePath: 'Image file',
    createNew: 'Create new',
    size: 'Size',
    sizeUnit: 'Size unit',
    sectorSize: 'Sector size',
    cacheMode: 'Cache mode',
    cacheSizeMb: 'Cache size',
    targetAlias: 'Target Alias',
    targetName: 'Target Name',
  },
  deviceTypes: { hardDisk: 'Hard Disk Device', tape: 'Tape Device', optical: 'Optical Device' },
  // UNVERIFIED: the page after Hard Disk Device is not named in the stored excerpt.
  diskTypes: { virtual: 'Virtual disk', physical: 'Physical disk', ram: 'RAM disk' },
  submit: 'Create',
  browseTitle: 'Select Image File',
  /** CONFIRMED (knowledgebase.starwindsoftware.com "Changing and disabling L1 cache"): the device stands alone until it has a replica. */
  writeBackWarning:
    'It is not recommended to configure cache in Write-Back mode on Standalone devices in order to avoid possible data corruption upon power outage or incorrect service shutdown.',
} as const;

export const REPLICATION_MANAGER = {
  title: (device: string) => `Replication Manager for ${device}`,
  /** CONFIRMED: "Select the Add Replica button in the top menu". */
  addReplica: 'Add Replica',
  close: 'Close',
  columns: { server: 'Server', target: 'Target', device: 'Device', state: 'State', priority: 'Priority' },
  empty: 'This device has no replicas.',
  local: 'this device',
  twoWayOnly: 'This lab models two-way replication: the device already has its partner.',
} as const;

export const ADD_REPLICA = {
  title: 'Replication Manager: Add Replica',
  pages: {
    mode: 'Replication Mode',
    partner: 'Add Partner Node',
    failover: 'Failover Strategy',
    partnerDevice: 'Partner Device Setup',
    location: 'Partner Device Location',
    journal: 'Synchronization Journal Strategy',
    // UNVERIFIED: beyond the stored excerpt of the guide.
    network: 'Network Options for Replication',
    priority: 'Node Priority',
    initialization: 'Initialization',
    summary: 'Creation Page',
    completion: 'Completing Add Replica',
  },
  descriptions: {
    // CONFIRMED: "The replication should be configured using Synchronous “Two-Way” Replication mode".
    mode: 'Synchronous or active-active replication ensures real-time synchronization and load balancing of data between two or three cluster nodes. Each write operation requires confirmation from both storage nodes.',
    partner: 'Specify a partner Host name or IP address and Port Number.',
    failover: 'Strategies are selected during the creation of a Highly Available device and cannot be changed afterward.',
    partnerDevice: 'Select Create new Partner Device.',
    location: (size: string) => `Select a partner device Location. The partner device takes the size of this device (${size}).`,
    journal: 'RAM-based (default) synchronization journal is placed in RAM.',
    network: 'Specify the interfaces for Synchronization and Heartbeat Channels.',
    priority: 'The device with the lowest priority is marked not synchronized and blocked when the synchronization channel fails but a heartbeat answers.',
    initialization: 'How the partner device gets the data of this device before use.',
    summary: 'Review the settings. Click Create Replica to add the partner device.',
    completion: (alias: string) => `The replica of ${alias} was created. Its initial synchronization goes on in the lab. Click Finish to close the wizard.`,
  },
  fields: {
    replicationMode: 'Replication mode',
    partnerAddress: 'Host name or IP address',
    partnerPort: 'Port Number',
    // UNVERIFIED: the console fills these from the server's stored login; the lab asks for them.
    partnerLogin: 'User name',
    partnerPassword: 'Password',
    failoverStrategy: 'Failover Strategy',
    partnerDevice: 'Partner device',
    partnerImagePath: 'Image file',
    partnerTargetAlias: 'Target Alias',
    partnerTargetName: 'Target Name',
    journal: 'Journal',
    syncLocalIp: 'Synchronization channel',
    syncPartnerIp: 'Partner synchronization channel',
    heartbeatLocalIp: 'Heartbeat channel',
    heartbeatPartnerIp: 'Partner heartbeat channel',
    localPriority: 'Priority of this node',
    partnerPriority: 'Priority of the partner node',
    initMethod: 'Initialization',
  },
  modes: { twoWay: 'Synchronous “Two-Way” Replication', async: 'Asynchronous “One-Way” Replication' },
  partnerDevices: { createNew: 'Create new Partner Device', existing: 'Select existing Partner Device' },
  journals: { ram: 'RAM-based journal', disk: 'Disk-based journal' },
  failoverDescriptions: {
    // CONFIRMED (VSAN Help "Heartbeat Failover Strategy").
    heartbeat: 'If at least one heartbeat link is online, the device with the lowest priority is marked not synchronized and blocked until the synchronization channel resumes.',
    nodeMajority: 'A side without the majority of votes blocks itself; needs a witness for two nodes.',
  },
  // UNVERIFIED GUI labels; the values are StarWindX SyncFromFirst / NotSynchronize.
  initMethods: { fromExisting: 'Synchronize from existing Device', none: 'Do not synchronize' },
  initDescriptions: {
    fromExisting: (server: string, partner: string) => `The data of this device on ${server} is copied to the new partner device on ${partner}.`,
    none: 'The partner device is taken as identical without copying. Use only when it is.',
  },
  groups: { local: (server: string) => server, partner: (server: string) => `${server} (partner)` },
  submit: 'Create Replica',
  browseTitle: 'Select Image File',
  reportFile: (device: string) => `Add Replica ${device}.txt`,
  notSimulated: 'not simulated in this lab',
  messages: {
    partnerEmpty: "Enter the partner's host name or IP address.",
    partnerIsLocal: (server: string) => `The partner must be another server than ${server}.`,
    loginEmpty: 'Enter the user name for the partner server.',
  },
} as const;

/** An address choice with its network adapter. */
export const CHOICES = {
  address: (ip: string, nic: string) => `${ip} (${nic})`,
  unplugged: 'network cable unplugged',
} as const;
