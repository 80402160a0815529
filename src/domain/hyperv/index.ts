// The hyperv domain's descriptor: Hyper-V on each server (its memory and logical processors for
// virtual machines) and the virtual machines Hyper-V Manager creates, with their state, settings
// and workload. Facts: facts.ts; name and path rules: names.ts.
import type { CsvAccess } from '../cluster/facts';
import { defineDomain } from '../descriptor';
import type { AutomaticStartAction, VmAction, VmState } from './facts';

export * from './facts';
export * from './names';

export const VIRTUAL_MACHINES_COLLECTION = 'virtualMachines';

/** How fast the guest dirties memory and writes to disk: what live migration and replication will read. */
export interface VmWorkload {
  dirtyBytesPerS: number;
  diskWriteBytesPerS: number;
  /** Writable working set: the memory it keeps rewriting. */
  wwsBytes: number;
}

/** Connect Virtual Hard Disk: a new disk, an existing one, or none yet. */
export type VmHardDisk = { mode: 'create'; path: string; sizeBytes: number } | { mode: 'existing'; path: string } | { mode: 'later' };

/** A change in progress: what ends it and when. */
export interface VmTransition {
  action: VmAction;
  startedMs: number;
  dueMs: number;
}

export interface VirtualMachine {
  /** "vm-0001": deterministic, stable when a later slice moves the VM to another host. */
  id: string;
  name: string;
  /** The server running it (its computer name) and that host's id. */
  host: string;
  hostId: string;
  state: VmState;
  transition: VmTransition | null;
  /** When it last became Running; null while it is not running. Uptime is counted from it. */
  startedMs: number | null;
  createdMs: number;
  /** Startup RAM as configured. */
  memoryBytes: number;
  /** What it holds on the host now (its memory while it runs, 0 while Off or Saved). */
  assignedMemoryBytes: number;
  /** The folder of its configuration (DEFAULT_VM_PATH or the location typed in the wizard). */
  location: string;
  /** The virtual network its adapter is connected to, or NOT_CONNECTED. */
  networkConnection: string;
  hardDisk: VmHardDisk;
  /** The ISO image to install from, or null (install an operating system later). */
  isoPath: string | null;
  automaticStartAction: AutomaticStartAction;
  /** It was running when its host stopped: StartIfRunning starts it at the next boot. */
  runningWhenHostStopped: boolean;
  workload: VmWorkload;
  /**
   * Its disk writes when its virtual hard disk is on a Cluster Shared Volume (absent otherwise):
   * a rate over intervals, settled when it starts or stops writing (engine hyperv/io-flow.ts).
   */
  io?: VmIo;
}

/** A virtual machine's write account on its volume. */
export interface VmIo {
  /** The volume (C:\ClusterStorage\VolumeN) and its LUN. */
  volume: string;
  lun: string;
  /** It is Running on the volume: one of its node's writers there (a rate of 0 still waits on a lost volume). */
  writing: boolean;
  /** Bytes written up to the moment it last started or stopped writing. */
  writtenBytes: number;
  /** Its rate while it writes (its workload's diskWriteBytesPerS), 0 while it does not. */
  rateBytesPerS: number;
  /** Its node's write clock for the volume (ms of flowing I/O) when it last started writing. */
  flowMark: number;
  /** When it last started writing (its I/O counts as queued from then when the volume is lost). */
  sinceMs: number;
}

/** What Hyper-V Manager could show of a virtual machine's disk I/O now. */
export interface VmDiskIoView {
  volume: string;
  /** How its node reaches the volume now (null while the node is not a running member). */
  access: CsvAccess | null;
  writtenBytes: number;
  /** One write's service time on the path in use (the I/O model), µs; null while I/O is queued or idle. */
  latencyUs: number | null;
  /** Its writes are queued: the volume is lost on its node. */
  stalled: boolean;
}

/** The server's share for virtual machines (GET /hosts/{host}/vms). */
export interface HyperVHostView {
  host: string;
  hyperV: boolean;
  memoryBytes: number;
  logicalProcessors: number;
  reserveBytes: number;
  /** Memory held by its virtual machines now. */
  assignedMemoryBytes: number;
  /** Memory a virtual machine could still get: total − reserve − assigned. */
  availableMemoryBytes: number;
  runningVms: number;
  runningVmsMax: number;
}

export interface VmView extends VirtualMachine {
  /** 0 unless running; counted from startedMs. */
  uptimeMs: number;
  /** Its disk I/O when its virtual hard disk is on a Cluster Shared Volume. */
  diskIo?: VmDiskIoView;
}

export interface VmCreateRequest {
  name: string;
  /** Store the virtual machine in a different location: the folder, or absent for the default. */
  location?: string;
  memoryBytes?: number;
  networkConnection?: string;
  hardDisk?: { mode: 'create'; name?: string; location?: string; sizeBytes?: number } | { mode: 'existing'; path: string } | { mode: 'later' };
  isoPath?: string | null;
}

export interface VmSettings {
  memoryBytes?: number;
  automaticStartAction?: AutomaticStartAction;
  workload?: Partial<VmWorkload>;
}

export type HyperVCommand =
  | ({ type: 'vmCreate'; host: string } & VmCreateRequest)
  | { type: 'vmAction'; host: string; vm: string; action: VmAction }
  | ({ type: 'vmSetSettings'; host: string; vm: string } & VmSettings);

export type HyperVQuery = { type: 'hostVms'; host: string } | { type: 'vm'; host: string; vm: string };

export interface HyperVQueryAnswers {
  hostVms: { host: string; resources: HyperVHostView; vms: VmView[] };
  vm: VmView;
}

export const hypervDescriptor = defineDomain<{
  entities: { virtualMachines: VirtualMachine };
  command: HyperVCommand;
  query: HyperVQuery;
  answers: HyperVQueryAnswers;
}>()({
  name: 'hyperv',
  collections: [VIRTUAL_MACHINES_COLLECTION],
  schemaVersion: 1,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).hypervSchemas,
});
