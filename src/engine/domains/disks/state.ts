// The disks slice: one MpioSettings entity per Windows server (keyed by the host's id) and the
// HostDisk entities of every server (keyed "<hostId>:<lun>[:<path>]", so a disk keeps its number
// and state across a reconnect or a restart).
import { DISKS_COLLECTION, MPIO_COLLECTION, type HostDisk, type MpioSettings } from '../../../domain/disks';
import type { LabContext } from '../../context';
import type { LabState } from '../../state';
import type { Host } from '../../types';
import { findHost } from '../network/hosts';

export interface DisksState {
  mpio: Map<string, MpioSettings>;
  disks: Map<string, HostDisk>;
}

declare module '../../state' {
  interface LabState {
    disks: DisksState;
  }
}

export function loadDisksState(entities: { mpioSettings?: MpioSettings[]; hostDisks?: HostDisk[] }): DisksState {
  return {
    mpio: new Map((entities.mpioSettings ?? []).map((settings) => [settings.id, settings])),
    disks: new Map((entities.hostDisks ?? []).map((disk) => [disk.id, disk])),
  };
}

/** A server as Windows installs it: MPIO does not claim iSCSI devices. */
export function startingMpio(host: Pick<Host, 'id' | 'name'>): MpioSettings {
  return { id: host.id, host: host.name, iscsiClaimed: false, claimPending: false, deviceIds: [], pendingDeviceIds: null };
}

export function startDisks(ctx: LabContext): void {
  for (const host of ctx.state.network.hosts.values()) ctx.state.disks.mpio.set(host.id, startingMpio(host));
}

export function touchMpio(ctx: LabContext, settings: MpioSettings): void {
  ctx.kernel.markDirty(MPIO_COLLECTION, settings.id);
}

export function touchDisk(ctx: LabContext, disk: HostDisk): void {
  ctx.kernel.markDirty(DISKS_COLLECTION, disk.id);
}

export function removeDisk(ctx: LabContext, disk: HostDisk): void {
  ctx.state.disks.disks.delete(disk.id);
  ctx.kernel.markRemoved(DISKS_COLLECTION, disk.id);
}

/** A host's disks in number order. */
export function disksOf(state: LabState, hostId: string): HostDisk[] {
  return [...state.disks.disks.values()].filter((disk) => disk.hostId === hostId).sort((a, b) => a.number - b.number);
}

export function findMpio(state: LabState, name: string): { host: Host; settings: MpioSettings } | undefined {
  const host = findHost(state, name);
  const settings = host && state.disks.mpio.get(host.id);
  return host && settings ? { host, settings } : undefined;
}
