// Hyper-V Manager's words as Windows Server 2008 R2 shows them (the snap-in, the New Virtual
// Machine Wizard, Settings). Sentences no captured source confirms are marked UNVERIFIED here, in
// one place; the lab's own additions (the Workload page) say they are the lab's.
import { formatMegabytes } from '../../domain/hyperv';

export const HYPERV = 'Hyper-V Manager';

export const OVERVIEW = {
  heading: 'Hyper-V Manager',
  intro: 'Hyper-V Manager lets you create and manage virtual machines on the servers that run Hyper-V.',
  serversTitle: 'Servers',
  noServers: 'No server of this lab runs Hyper-V yet.',
  // The way to get it, with Server Manager's own names (src/consoles/server-manager/labels.ts).
  howToAdd: 'To manage a server here, add the Hyper-V role to it: Server Manager → Roles → Add Roles → Hyper-V, then restart the server.',
  pending: (host: string) => `${host}: the Hyper-V role is installed and waits for a restart of the server.`,
  suitable: 'Only servers whose processors have hardware-assisted virtualization can run Hyper-V: in this lab, the cluster nodes.',
} as const;

export const SERVER = {
  list: 'Virtual Machines',
  empty: 'No virtual machines were found on this server.',
  columns: { name: 'Name', state: 'State', memory: 'Assigned Memory', uptime: 'Uptime' },
  resources: 'Resources for virtual machines',
  memory: 'Memory',
  logicalProcessors: 'Logical processors',
  reserve: 'Kept by the host (parent partition)',
  assigned: 'Assigned to virtual machines',
  available: 'Available for virtual machines',
  running: 'Running virtual machines',
  runningOf: (running: number, max: number) => `${running} of ${max}`,
  notInEffect: (host: string) => `The Hyper-V role is not in effect on ${host}: its virtual machines cannot be managed until it is.`,
  details: 'Summary',
  noSelection: 'Select a virtual machine to see its summary.',
  detail: { state: 'State', memory: 'Memory', assigned: 'Assigned memory', location: 'Location', vhd: 'Virtual hard disk', iso: 'Image file', network: 'Network', startAction: 'Automatic start action', created: 'Created', uptime: 'Uptime' },
  noVhd: 'None (attach a virtual hard disk later)',
} as const;

export const ACTIONS = {
  /** The Actions pane's New ▸ Virtual Machine… (the shell lists no submenus: the path is in the label). */
  newVm: 'New → Virtual Machine…',
  settings: 'Settings…',
  turnOff: 'Turn Off…',
  shutDown: 'Shut Down…',
  // UNVERIFIED: the confirmations' sentences (the titles are 2008 R2's).
  turnOffTitle: 'Turn Off Machine',
  turnOffMessage: (vm: string) => `If you turn off the virtual machine "${vm}", any unsaved data in it is lost. Do you want to turn it off?`,
  turnOffConfirm: 'Turn Off',
  shutDownTitle: 'Shut Down Machine',
  shutDownMessage: (vm: string) => `Hyper-V asks the operating system of "${vm}" to shut down. Do you want to shut it down?`,
  shutDownConfirm: 'Shut Down',
} as const;

export const WIZARD = {
  title: 'New Virtual Machine Wizard',
  before: 'Before You Begin',
  beforeText: [
    'This wizard helps you create a virtual machine. You can use virtual machines in place of physical computers for a variety of uses. You can use this wizard to configure the virtual machine now, and you can change the configuration later using Hyper-V Manager.',
    'Click Next to create a virtual machine with a custom configuration.',
  ],
  nameTitle: 'Specify Name and Location',
  nameDescription: 'Choose a name and location for this virtual machine.',
  name: 'Name',
  nameHint: 'The name is displayed in Hyper-V Manager. We recommend that you use a name that helps you easily identify this virtual machine, such as the name of the guest operating system or workload.',
  storeElsewhere: 'Store the virtual machine in a different location',
  location: 'Location',
  // UNVERIFIED: the title of the folder picker Location's Browse… opens.
  selectFolder: 'Select Folder',
  locationOff: 'The virtual machine is stored in the default folder configured for this server.',
  locationHint: (volumes: string, csvs: string) => `Folders ${volumes ? `on this server's volumes (${volumes})` : ''}${volumes && csvs ? ' or ' : ''}${csvs ? `on a Cluster Shared Volume (${csvs})` : ''}. If you plan to take snapshots of this virtual machine, select a location that has enough free space.`,
  memoryTitle: 'Assign Memory',
  memoryDescription: (maxBytes: number) => `Specify the amount of memory to allocate to this virtual machine. You can specify an amount from 8 MB through ${formatMegabytes(maxBytes)} MB. To improve performance, specify more than the minimum amount recommended for the operating system.`,
  memory: 'Memory',
  networkTitle: 'Configure Networking',
  networkDescription: 'Each new virtual machine includes a network adapter. You can configure the network adapter to use a virtual network, or it can remain disconnected.',
  connection: 'Connection',
  // The lab has no Virtual Network Manager yet: the engine accepts only Not Connected.
  noNetworks: 'This server has no virtual network yet (Virtual Network Manager is not part of this lab).',
  diskTitle: 'Connect Virtual Hard Disk',
  diskDescription: "A virtual machine requires storage so that you can install an operating system. You can specify the storage now or configure it later by modifying the virtual machine's properties.",
  diskMode: 'Virtual hard disk',
  diskModes: { create: 'Create a virtual hard disk', existing: 'Use an existing virtual hard disk', later: 'Attach a virtual hard disk later' },
  vhdName: 'Name',
  vhdLocation: 'Location',
  vhdSize: 'Size',
  vhdSizeHint: (maxGb: number) => `Maximum: ${maxGb} GB`,
  vhdPath: 'Location of the existing virtual hard disk',
  installTitle: 'Installation Options',
  installDescription: 'You can install an operating system now if you have access to the setup media, or you can install it later.',
  install: 'Operating system',
  installModes: { later: 'Install an operating system later', iso: 'Install an operating system from a boot CD/DVD-ROM: Image file (.iso)' },
  isoPath: 'Image file (.iso)',
  summaryStep: 'Summary',
  completingTitle: 'Completing the New Virtual Machine Wizard',
  completingDescription: 'You have successfully completed the New Virtual Machine Wizard. You are about to create the following virtual machine. To create the virtual machine and close the wizard, click Finish.',
  startAfter: 'Start the virtual machine after it is created',
  startRefused: 'The virtual machine was created but could not be started',
  osLater: 'Will be installed at a later time',
} as const;

export const SETTINGS = {
  title: (vm: string) => `Settings for ${vm}`,
  ok: 'OK',
  cancel: 'Cancel',
  apply: 'Apply',
  memoryGroup: 'Memory',
  memory: 'Startup RAM',
  memoryOff: (vm: string, state: string) => `The memory of "${vm}" can be changed only while it is Off; it is ${state}.`,
  startGroup: 'Automatic Start Action',
  startAction: 'What do you want this virtual machine to do when the physical computer starts?',
  workloadGroup: 'Workload (lab)',
  workloadHint: "The lab's model of the guest, not a Hyper-V setting: how fast it dirties memory and writes to disk (read by live migration and replication).",
  dirty: 'Memory dirtied',
  diskWrite: 'Disk writes',
  wws: 'Writable working set',
} as const;
