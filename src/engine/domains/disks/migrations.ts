// Saved disks parts from older builds.
//   0 → 1: a lab saved before this domain gets every server's MPIO settings as Windows installs
//          them (iSCSI devices not claimed, nothing pending) and no disk records; its sessions
//          give their disks (Offline, new numbers) at the first session or host change.
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

export const disksMigrations: readonly Migration[] = [{ from: 0, migrate: startingEntries }];
