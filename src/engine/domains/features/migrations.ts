// Saved features parts from older builds.
//   0 → 1: a lab saved before this domain gets every server's starting roles and features (the
//          seed's: AD DS and DNS on the DC, none elsewhere), nothing pending.
import type { Migration, SnapshotJson } from '../../decision';
import { isRecord } from '../../params';
import { startingFeatures } from './state';

function startingEntries(snapshot: SnapshotJson): void {
  const servers = [];
  for (const host of snapshot.entities.hosts ?? []) {
    if (!isRecord(host) || typeof host.id !== 'string' || typeof host.name !== 'string' || typeof host.role !== 'string') continue;
    servers.push(startingFeatures({ id: host.id, name: host.name, role: host.role as never }));
  }
  snapshot.entities.serverFeatures = servers;
}

export const featuresMigrations: readonly Migration[] = [{ from: 0, migrate: startingEntries }];
