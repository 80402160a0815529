// Saved iscsi parts from older builds.
//   0 → 1: a lab saved before this domain gets every server's initiator as Windows installs it
//          (service stopped until first opened, the default name, no portals or sessions).
//   1 → 2: the initiator keeps its RADIUS servers, its CHAP secret and its bound volumes: none
//          yet (before, the console held them only while its dialog was open).
import type { Migration, SnapshotJson } from '../../decision';
import { isRecord } from '../../params';
import { startingInitiator } from './state';

function startingEntries(snapshot: SnapshotJson): void {
  const initiators = [];
  for (const host of snapshot.entities.hosts ?? []) {
    if (!isRecord(host) || typeof host.id !== 'string' || typeof host.name !== 'string') continue;
    initiators.push(startingInitiator({ id: host.id, name: host.name, domain: typeof host.domain === 'string' ? host.domain : '' }));
  }
  snapshot.entities.iscsiInitiators = initiators;
}

function settingsEntries(snapshot: SnapshotJson): void {
  for (const initiator of snapshot.entities.iscsiInitiators ?? []) {
    if (!isRecord(initiator)) continue;
    initiator.radiusServers ??= [];
    initiator.chapSecret ??= null;
    initiator.boundVolumes ??= [];
  }
}

export const iscsiMigrations: readonly Migration[] = [
  { from: 0, migrate: startingEntries },
  { from: 1, migrate: settingsEntries },
];
