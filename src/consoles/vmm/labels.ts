// Virtual Machine Manager's words as the System Center Virtual Machine Manager 2008 R2
// Administrator Console shows them (the Virtual Machines and Jobs views, the Migrate Virtual
// Machine Wizard). Words no captured source confirms are marked UNVERIFIED here, in one place.

export const VMM = 'Virtual Machine Manager';

export const TREE = {
  allHosts: 'All Hosts',
  jobs: 'Jobs',
} as const;

export const OVERVIEW = {
  heading: 'Virtual Machine Manager',
  intro: 'Virtual Machine Manager manages the virtual machines of every host in one place: their status, where they run, and the jobs that change them.',
  vmsTitle: 'Virtual Machines',
  vmsLine: (vms: number, hosts: number) => `${vms} virtual machines on ${hosts} hosts.`,
  jobsTitle: 'Jobs',
  jobsLine: (running: number, queued: number) => `${running} running, ${queued} queued.`,
  // The lab's own sentence: what this console does with the lab's engine.
  howToMigrate: 'To move a highly available virtual machine to another node of its cluster, select it under All Hosts and choose Migrate… The Jobs view follows the migration.',
} as const;

export const VMS = {
  list: 'Virtual Machines',
  empty: 'No virtual machines on the hosts of this host group.',
  columns: { name: 'Name', status: 'Status', jobStatus: 'Job Status', host: 'Host', cluster: 'Cluster', memory: 'Memory' },
  details: 'Details',
  noSelection: 'Select a virtual machine to see its details.',
  detail: { status: 'Status', host: 'Host', cluster: 'Cluster', memory: 'Memory', highlyAvailable: 'Highly available', role: 'Owner node (cluster)', job: 'Latest job' },
  yes: 'Yes',
  no: 'No',
  noGroup: (name: string) => `There is no host group or host named ${name} in this lab.`,
} as const;

/**
 * UNVERIFIED: VMM's Status for each Hyper-V state (VMM 2008 R2 writes "Stopped" for Off, "Saved
 * State" for Saved, "Under Migration" while a migration runs; the others are Hyper-V's words).
 */
export const VM_STATUS_LABELS = {
  Off: 'Stopped',
  Starting: 'Starting',
  Running: 'Running',
  Paused: 'Paused',
  Saving: 'Saving',
  Saved: 'Saved State',
  Stopping: 'Stopping',
  'Paused-Critical': 'Paused-Critical',
} as const;
export const UNDER_MIGRATION = 'Under Migration';

export const JOBS = {
  list: 'Jobs',
  empty: 'No jobs have run in this lab.',
  columns: { name: 'Name', status: 'Status', startTime: 'Start Time', endTime: 'End Time', resultName: 'Result Name', progress: 'Progress' },
  /** The job's name in VMM's Jobs view. */
  migrateName: 'Migrate virtual machine',
  details: 'Details',
  noSelection: 'Select a job to see its steps.',
  detail: {
    status: 'Status',
    vm: 'Virtual machine',
    from: 'Source host',
    to: 'Destination host',
    transfer: 'Transfer type',
  },
  progressOf: (name: string) => `Progress of ${name}`,
  running: (percent: number) => `Running (${percent} %)`,
} as const;

export const TRANSFER_TYPE_LABELS = { live: 'Live', quick: 'Quick' } as const;

export const ACTIONS = {
  migrate: 'Migrate…',
  cancelJob: 'Cancel',
  /** The shell's message when the lab refuses to read ratings. */
  ratingsFailed: 'Migrate Virtual Machine Wizard',
} as const;

export const WIZARD = {
  title: 'Migrate Virtual Machine Wizard',
  selectVmTitle: 'Select Virtual Machine',
  selectVmDescription: 'Select the virtual machine to migrate.',
  vm: 'Virtual machine',
  currentHost: 'Current host',
  cluster: 'Cluster',
  selectHostTitle: 'Select Host',
  selectHostDescription: 'Select a destination host for the virtual machine. Hosts are rated by how well they can run it; a host with zero stars cannot, and the Rating Explanation says why.',
  transferType: 'Transfer type',
  transferHint: 'Live: the virtual machine keeps running while its memory is copied over the network. Quick: it is saved, its disk moves, and it is restored on the destination (offline the whole time).',
  host: 'Destination host',
  columns: { rating: 'Rating', host: 'Host', transfer: 'Transfer Type', explanation: 'Rating Explanation' },
  chooseHost: 'Select a destination host.',
  noOtherNode: (cluster: string) => `${cluster} has no other node to migrate to.`,
  summaryTitle: 'Summary',
  summaryDescription: 'Review the migration. Click Move to start it; the Jobs view follows its progress.',
  move: 'Move',
  stars: (stars: number) => `${stars} of 5 stars`,
} as const;
