// vmCreate: New Virtual Machine's pages (Specify Name and Location, Assign Memory, Configure
// Networking, Connect Virtual Hard Disk, Installation Options), each checked as the wizard does,
// then the machine is created Off. Paths must be on a volume the server has: one of its drive
// letters, or under C:\ClusterStorage a Cluster Shared Volume of its cluster.
import { CSV_ROOT } from '../../../domain/cluster';
import {
  AUTOMATIC_START_ACTION_DEFAULT,
  defaultVhdFolder,
  DEFAULT_VM_PATH,
  joinPath,
  localPathProblem,
  normalizePath,
  NOT_CONNECTED,
  VHD_SIZE_DEFAULT_BYTES,
  vhdNameProblem,
  vhdSizeProblem,
  VM_MEMORY_DEFAULT_BYTES,
  vmNameProblem,
  type VirtualMachine,
  type VmHardDisk,
} from '../../../domain/hyperv';
import { accept, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command, Host } from '../../types';
import { clusterOfHost } from '../cluster/state';
import { memoryRefusal } from './memory';
import { conflict, hostOrRefusal, hyperVRefusal, invalid, isRefusal, type Refusal } from './refusals';
import { addVm, findVm } from './state';

type Create = Extract<Command, { type: 'vmCreate' }>;

/** A folder or file path the server can reach, or the refusal naming `field`. */
export function pathRefusal(state: LabState, host: Host, path: unknown, field: string): Refusal | undefined {
  const problem = localPathProblem(path);
  if (problem) return invalid('hyperv.invalid_path', field, problem);
  const normal = normalizePath(path as string);
  const drive = normal.charAt(0).toUpperCase();
  if (!host.volumes.some((volume) => volume.letter.toUpperCase() === drive)) return conflict('hyperv.no_such_volume', field, `${host.name} has no volume ${drive}:.`);
  const upper = normal.toUpperCase();
  const root = CSV_ROOT.toUpperCase();
  if (upper === root || upper.startsWith(`${root}\\`)) {
    const volume = upper.split('\\').slice(0, 3).join('\\');
    const csvs = clusterOfHost(state, host.id)?.disks.filter((disk) => disk.csvPath !== null).map((disk) => disk.csvPath!.toUpperCase()) ?? [];
    if (upper === root || !csvs.includes(volume)) return conflict('hyperv.no_such_volume', field, `${normal} is not on a Cluster Shared Volume of ${host.name}'s cluster${csvs.length ? '' : ' (it has none)'}.`);
  }
  return undefined;
}

function hardDiskOrRefusal(state: LabState, host: Host, command: Create, folder: string): VmHardDisk | Refusal {
  const request = command.hardDisk ?? { mode: 'create' };
  switch (request.mode) {
    case 'later':
      return { mode: 'later' };
    case 'existing': {
      const refusal = pathRefusal(state, host, request.path, 'hardDisk.path');
      if (refusal) return refusal;
      if (!/\.vhd$/i.test(request.path)) return invalid('hyperv.invalid_vhd', 'hardDisk.path', 'Choose a virtual hard disk file (.vhd).');
      return { mode: 'existing', path: normalizePath(request.path) };
    }
    case 'create': {
      const name = request.name ?? `${command.name}.vhd`;
      const nameProblem = vhdNameProblem(name);
      if (nameProblem) return invalid('hyperv.invalid_vhd', 'hardDisk.name', nameProblem);
      const location = request.location ?? folder;
      const refusal = pathRefusal(state, host, location, 'hardDisk.location');
      if (refusal) return refusal;
      const sizeBytes = request.sizeBytes ?? VHD_SIZE_DEFAULT_BYTES;
      const sizeProblem = vhdSizeProblem(sizeBytes);
      if (sizeProblem) return invalid('hyperv.invalid_vhd_size', 'hardDisk.sizeBytes', sizeProblem);
      return { mode: 'create', path: joinPath(normalizePath(location), name), sizeBytes };
    }
    default:
      return invalid('hyperv.invalid_vhd', 'hardDisk.mode', 'Connect Virtual Hard Disk is create, existing or later.');
  }
}

export function decideVmCreate(state: LabState, command: Create): Decision {
  const host = hostOrRefusal(state, command.host);
  if (isRefusal(host)) return host;
  const notReady = hyperVRefusal(state, host);
  if (notReady) return notReady;
  const nameProblem = vmNameProblem(command.name);
  if (nameProblem) return invalid('hyperv.invalid_name', 'name', nameProblem);
  if (findVm(state, host, command.name)) return conflict('hyperv.name_taken', 'name', `${host.name} already has a virtual machine named "${command.name}".`);
  let location = DEFAULT_VM_PATH;
  if (command.location !== undefined) {
    const refusal = pathRefusal(state, host, command.location, 'location');
    if (refusal) return refusal;
    location = normalizePath(command.location);
  }
  const memoryBytes = command.memoryBytes ?? VM_MEMORY_DEFAULT_BYTES;
  const memory = memoryRefusal(host, memoryBytes);
  if (memory) return memory;
  const networkConnection = command.networkConnection ?? NOT_CONNECTED;
  // Virtual Network Manager is not simulated yet: a server has no virtual network to connect to.
  if (networkConnection !== NOT_CONNECTED) return conflict('hyperv.no_such_network', 'networkConnection', `${host.name} has no virtual network named "${String(networkConnection)}"; choose ${NOT_CONNECTED}.`);
  // A new disk goes beside the machine when it is stored elsewhere (in a folder of its name), else in Hyper-V's default.
  const diskFolder = defaultVhdFolder(command.location, command.name);
  const hardDisk = hardDiskOrRefusal(state, host, command, diskFolder);
  if (isRefusal(hardDisk)) return hardDisk;
  const isoPath = command.isoPath ?? null;
  if (isoPath !== null) {
    const refusal = pathRefusal(state, host, isoPath, 'isoPath');
    if (refusal) return refusal;
    if (!/\.iso$/i.test(isoPath)) return invalid('hyperv.invalid_iso', 'isoPath', 'Choose an image file (.iso).');
  }
  const { name } = command;
  return accept((ctx) => {
    const nowMs = ctx.kernel.nowMs();
    const vm: VirtualMachine = {
      id: ctx.kernel.nextId('vm'),
      name,
      host: host.name,
      hostId: host.id,
      state: 'Off',
      transition: null,
      startedMs: null,
      createdMs: nowMs,
      memoryBytes,
      assignedMemoryBytes: 0,
      location,
      networkConnection,
      hardDisk,
      isoPath: isoPath === null ? null : normalizePath(isoPath),
      automaticStartAction: AUTOMATIC_START_ACTION_DEFAULT,
      runningWhenHostStopped: false,
      workload: { dirtyBytesPerS: 0, diskWriteBytesPerS: 0, wwsBytes: 0 },
    };
    addVm(ctx, vm);
  });
}
