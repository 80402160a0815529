// Saved disks parts from older builds.
//   0 → 1: a lab saved before this domain gets every server's MPIO settings as Windows installs
//          them (iSCSI devices not claimed, nothing pending) and no disk records; its sessions
//          give their disks (Offline, new numbers) at the first session or host change.
//   1 → 2: MPIO settings gain the hardware IDs added on MPIO Devices (none) and nothing pending.
import type { Migration, SnapshotJson } from '../../decision';
import { isRecord } from '../../params';
import { startingMpio } from './state';

function startingEntries(snapshot: SnapshotJson): void {
  const settings = [];
  for (const host of snapshot.entities.hosts ?? []) {
    if (!isRecord(host) || typeof host.id !== 'string' || typeof host.name !== 'string') continue;
    settings.push(startingMpio({ id: host.id, name: host.name }));
  }
  snapshot.entities.mpioSettings = settings;
  snapshot.entities.hostDisks = [];
}

function noAddedDeviceIds(snapshot: SnapshotJson): void {
  for (const settings of snapshot.entities.mpioSettings ?? []) {
    if (!isRecord(settings)) continue;
    settings.deviceIds ??= [];
    settings.pendingDeviceIds ??= null;
  }
}

export const disksMigrations: readonly Migration[] = [
  { from: 0, migrate: startingEntries },
  { from: 1, migrate: noAddedDeviceIds },
];
