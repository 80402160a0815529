// Saved iscsi parts from older builds.
//   0 → 1: a lab saved before this domain gets every server's initiator as Windows installs it
//          (service stopped until first opened, the default name, no portals or sessions).
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

export const iscsiMigrations: readonly Migration[] = [{ from: 0, migrate: startingEntries }];
