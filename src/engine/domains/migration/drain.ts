// Pause → Drain Roles (2012 and later): the node's online roles are live migrated off it, each to
// its best possible node counting what this drain already sends there (destination.ts); the
// migrations follow the queue's rules (queue.ts).
// Roles that cannot go anywhere stay (the node is paused all the same).
import type { Cluster, ClusterNode } from '../../../domain/cluster';
import type { LabContext } from '../../context';
import { rolesOwnedBy } from '../cluster/roles/state';
import { isRefusal } from '../cluster/refusals';
import { bestDestination, type Incoming } from './destination';
import { planMigration } from './preconditions';
import { startMigration } from './start';

export function drainNode(ctx: LabContext, cluster: Cluster, node: ClusterNode): void {
  const { state } = ctx;
  const roles = rolesOwnedBy(state, cluster.id, node.name).filter((role) => role.state === 'Online');
  const incoming: Incoming = new Map();
  for (const role of roles) {
    const vm = state.hyperv.vms.get(role.vmId);
    if (!vm || vm.state !== 'Running' || state.migration.openByVm.has(vm.id)) continue;
    const best = bestDestination(state, cluster, role, vm, node.name, incoming);
    if (!best) continue;
    const plan = planMigration(state, cluster.name, role.name, best.name, 'live');
    if (isRefusal(plan)) continue;
    startMigration(ctx, plan);
    const coming = incoming.get(best.name) ?? { vms: 0, bytes: 0 };
    incoming.set(best.name, { vms: coming.vms + 1, bytes: coming.bytes + vm.memoryBytes });
  }
}
