// A server's power or links changed (context.ts host-change listeners): each running live
// migration it is the source or destination of is checked. Its network must still join the two
// nodes and both servers run; otherwise it ends (Cancelled for a link, Failed for a server that
// stopped) and the destination's memory is released (the record leaves the busy and reserved
// indexes). The machine keeps running on the source unless the source itself went down.
import type { LabContext, HostChange } from '../../context';
import { clusterOfHost } from '../cluster/state';
import { canReachIp } from '../network/reachability';
import { nodeKey } from './state';
import { endMigration } from './steps';

export function onMigrationHostChanged(ctx: LabContext, change: HostChange): void {
  const { state } = ctx;
  const host = state.network.hosts.get(change.hostId);
  const cluster = host && clusterOfHost(state, host.id);
  const ids = host && cluster ? state.migration.busy.get(nodeKey(cluster.name, host.name)) : undefined;
  if (!host || !cluster || !ids || ids.size === 0) return;
  for (const id of [...ids].sort()) {
    const migration = state.migration.byId.get(id);
    if (migration?.state !== 'Running' || migration.type !== 'live') continue;
    const network = cluster.networks.find((each) => each.name === migration.network);
    const from = network?.interfaces.find((nic) => nic.node === migration.source)?.ip;
    const to = network?.interfaces.find((nic) => nic.node === migration.destination)?.ip;
    if (from !== undefined && to !== undefined && canReachIp(state, from, to)) continue;
    if (host.powerState !== 'on') endMigration(ctx, migration, 'Failed', `${host.name} stopped during the migration.`);
    else endMigration(ctx, migration, 'Cancelled', `The live-migration network ${String(migration.network)} between ${migration.source} and ${migration.destination} was lost (${host.name}).`);
  }
}
