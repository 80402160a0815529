// Facts of Hyper-V (Windows Server 2008 R2 Hyper-V Manager) as the lab runs it: domain-facts.md
// Part A §2.4, Part B §3.4 and §7. One place for each default, range, label and duration the
// engine and the consoles use. Values no source confirmed are marked UNVERIFIED.
import type { OsVersion } from '../lab';
import { BYTES_PER_GIB, BYTES_PER_MIB } from '../units';

/**
 * The lab's choice, not a product fact: every cluster-node server (Demo1..DemoN) has this much
 * memory and this many logical processors, enough for the seed document's VM and a few more.
 * Servers of other roles run no Hyper-V and have none to give.
 */
export const CLUSTER_NODE_MEMORY_BYTES = 32 * BYTES_PER_GIB;
export const CLUSTER_NODE_LOGICAL_PROCESSORS = 8;

/**
 * UNVERIFIED: memory the parent partition (the host's own Windows) keeps for itself; virtual
 * machines get the rest. Microsoft's guidance of that era spoke of "about 2 GB"; not confirmed.
 */
export const PARENT_PARTITION_RESERVE_BYTES = 2 * BYTES_PER_GIB;

/** New Virtual Machine → Assign Memory: the default (the seed document's 512 MB). */
export const VM_MEMORY_DEFAULT_BYTES = 512 * BYTES_PER_MIB;
/** UNVERIFIED: the smallest memory Hyper-V 2008 R2 accepts (8 MB) and its granularity (2 MB). */
export const VM_MEMORY_MIN_BYTES = 8 * BYTES_PER_MIB;
export const VM_MEMORY_STEP_BYTES = 2 * BYTES_PER_MIB;
/** Per-VM memory maximum: 2008 R2 UNVERIFIED (64 GB); 2012 R2 and 2016 generation 1: 1 TB (facts §7). */
export const VM_MEMORY_MAX_BYTES: Record<OsVersion, number> = { '2008R2': 64 * BYTES_PER_GIB, '2012R2': 1024 * BYTES_PER_GIB, '2016': 1024 * BYTES_PER_GIB };

/**
 * The most memory one virtual machine may have on a server: the OS version's per-VM maximum, or
 * what the server has for virtual machines (its memory less the parent partition's reserve) in
 * whole steps, whichever is smaller.
 */
export function vmMemoryMaxBytes(osVersion: OsVersion, capacityBytes: number): number {
  return Math.min(VM_MEMORY_MAX_BYTES[osVersion], capacityBytes - (capacityBytes % VM_MEMORY_STEP_BYTES));
}

/** Running virtual machines per host and per cluster (facts Part B §7; the 2008 R2 numbers UNVERIFIED). */
export const RUNNING_VMS_PER_HOST_MAX: Record<OsVersion, number> = { '2008R2': 384, '2012R2': 1024, '2016': 1024 };
export const RUNNING_VMS_PER_CLUSTER_MAX: Record<OsVersion, number> = { '2008R2': 1000, '2012R2': 8000, '2016': 8000 };

/** Where Hyper-V keeps a virtual machine's configuration unless told otherwise (Hyper-V Settings default). */
export const DEFAULT_VM_PATH = 'C:\\ProgramData\\Microsoft\\Windows\\Hyper-V';
/** Where New Virtual Machine puts a new virtual hard disk by default. */
export const DEFAULT_VHD_PATH = 'C:\\Users\\Public\\Documents\\Hyper-V\\Virtual Hard Disks';
/** Connect Virtual Hard Disk: the default size of a new disk (127 GB) and the VHD format's largest (2040 GB, facts §7). */
export const VHD_SIZE_DEFAULT_BYTES = 127 * BYTES_PER_GIB;
export const VHD_SIZE_MIN_BYTES = 1 * BYTES_PER_GIB;
export const VHD_SIZE_MAX_BYTES = 2040 * BYTES_PER_GIB;
/** Configure Networking: the choice that leaves the adapter unconnected. */
export const NOT_CONNECTED = 'Not Connected';
/** UNVERIFIED: the longest virtual machine name Hyper-V Manager accepts. */
export const VM_NAME_CHARS_MAX = 100;

/**
 * Virtual machine states as Hyper-V Manager's list shows them. Paused-Critical: Hyper-V paused it
 * because its storage stopped answering (VM_CRITICAL_PAUSE_MS below).
 */
export const VM_STATES = ['Off', 'Starting', 'Running', 'Paused', 'Saving', 'Saved', 'Stopping', 'Paused-Critical'] as const;
export type VmState = (typeof VM_STATES)[number];
/** States in which the virtual machine holds its memory on the host. */
export const VM_MEMORY_HOLDING_STATES: readonly VmState[] = ['Starting', 'Running', 'Paused', 'Saving', 'Stopping', 'Paused-Critical'];

export const VM_ACTIONS = ['start', 'turn-off', 'shut-down', 'save', 'pause', 'resume'] as const;
export type VmAction = (typeof VM_ACTIONS)[number];
export const VM_ACTION_LABELS: Record<VmAction, string> = { start: 'Start', 'turn-off': 'Turn Off', 'shut-down': 'Shut Down', save: 'Save', pause: 'Pause', resume: 'Resume' };

/** The states each action applies to: the engine refuses it in any other, and the console greys it there. */
export const VM_ACTION_FROM: Record<VmAction, readonly VmState[]> = {
  start: ['Off', 'Saved'],
  'turn-off': ['Starting', 'Running', 'Paused', 'Stopping', 'Paused-Critical'],
  'shut-down': ['Running'],
  save: ['Running', 'Paused'],
  pause: ['Running'],
  resume: ['Paused'],
};

export function vmActionApplies(action: VmAction, state: VmState): boolean {
  return VM_ACTION_FROM[action].includes(state);
}

/** Uptime as the list shows it: counted from when the machine last became Running; 0 while it is not running. */
export function vmUptimeMs(startedMs: number | null, nowMs: number): number {
  return startedMs === null ? 0 : nowMs - startedMs;
}

/**
 * Settings → Automatic Start Action. The default is Hyper-V's for a new virtual machine; a highly
 * available one needs Nothing (facts Part A §2.4), which the cluster's role slice will set.
 */
export const AUTOMATIC_START_ACTIONS = ['Nothing', 'StartIfRunning', 'AlwaysStart'] as const;
export type AutomaticStartAction = (typeof AUTOMATIC_START_ACTIONS)[number];
export const AUTOMATIC_START_ACTION_LABELS: Record<AutomaticStartAction, string> = {
  Nothing: 'Nothing',
  StartIfRunning: 'Automatically start if it was running when the service stopped',
  AlwaysStart: 'Always start this virtual machine automatically',
};
export const AUTOMATIC_START_ACTION_DEFAULT: AutomaticStartAction = 'StartIfRunning';

/** UNVERIFIED: from Start to Running when starting from Off (the worker process and firmware). */
export const VM_START_MS = 2_000;
/** UNVERIFIED: Shut Down asks the guest through integration services; it is Off after this. */
export const VM_SHUTDOWN_MS = 15_000;
/**
 * Save writes the memory to the state file and a start from Saved reads it back, each at this
 * rate: facts Part B §3.4 derives ~140 MB/s from "2 GB ≈ 30 s" for save plus restore.
 */
export const VM_STATE_FILE_BYTES_PER_S = 140 * BYTES_PER_MIB;

/** How long a save or a restore of `memoryBytes` takes (whole ms, at least 1). */
export function stateFileTransferMs(memoryBytes: number): number {
  return Math.max(1, Math.ceil((memoryBytes * 1000) / VM_STATE_FILE_BYTES_PER_S));
}

/**
 * UNVERIFIED: how long a running virtual machine's disk writes may stay queued (its volume lost
 * on its node) before Hyper-V pauses it as Paused-Critical. No source found gives 2008 R2's
 * figure; the lab takes one minute, the SCSI disk timeout Windows guests commonly use (60 s).
 */
export const VM_CRITICAL_PAUSE_MS = 60_000;
/**
 * UNVERIFIED: Hyper-V resumes a Paused-Critical machine by itself once its storage answers again
 * (as 2012 R2 and later do after a CSV comes back); whether 2008 R2 did is not confirmed.
 */
export const VM_RESUMES_WHEN_STORAGE_RETURNS = true;
/**
 * The lab's choice: the size of one guest disk write, for the latency Hyper-V Manager shows
 * (the I/O model's service time of one write of this size on the path in use). 64 KiB.
 */
export const VM_IO_BLOCK_BYTES = 64 * 1024;
