// Pause → Drain Roles (2012 and later): the node's online roles are live migrated off it, each to
// the node with the fewest machines running or already on their way to it that has the memory
// (less what is on its way) and can run it; the migrations follow the queue's rules (queue.ts).
// Roles that cannot go anywhere stay (the node is paused all the same).
import type { Cluster, ClusterNode } from '../../../domain/cluster';
import type { LabContext } from '../../context';
import { hostingProblem } from '../cluster/roles/placement';
import { rolesOwnedBy } from '../cluster/roles/state';
import { isRefusal } from '../cluster/refusals';
import { vmMemoryCapacityBytes } from '../hyperv/resources';
import { hostLoad } from '../hyperv/state';
import { planMigration } from './preconditions';
import { startMigration } from './start';
import { reservedBytes } from './state';

export function drainNode(ctx: LabContext, cluster: Cluster, node: ClusterNode): void {
  const { state } = ctx;
  const roles = rolesOwnedBy(state, cluster.id, node.name).filter((role) => role.state === 'Online');
  const incoming = new Map<string, { vms: number; bytes: number }>();
  const targets = cluster.nodes.filter((each) => each !== node && each.state === 'Up');
  for (const role of roles) {
    const vm = state.hyperv.vms.get(role.vmId);
    if (!vm || vm.state !== 'Running' || state.migration.openByVm.has(vm.id)) continue;
    let best: ClusterNode | undefined;
    let bestCount = Infinity;
    for (const target of targets) {
      const host = state.network.hosts.get(target.hostId);
      const coming = incoming.get(target.name) ?? { vms: 0, bytes: 0 };
      const load = host ? hostLoad(state, host.id) : undefined;
      if (!host || !load) continue;
      const count = load.runningVms + coming.vms;
      if (count >= bestCount) continue;
      const free = vmMemoryCapacityBytes(host) - load.assignedMemoryBytes - reservedBytes(state, cluster.name, target.name) - coming.bytes;
      if (free < vm.memoryBytes || hostingProblem(state, target, vm, false) !== null) continue;
      best = target;
      bestCount = count;
    }
    if (!best) continue;
    const plan = planMigration(state, cluster.name, role.name, best.name, 'live');
    if (isRefusal(plan)) continue;
    startMigration(ctx, plan);
    const coming = incoming.get(best.name) ?? { vms: 0, bytes: 0 };
    incoming.set(best.name, { vms: coming.vms + 1, bytes: coming.bytes + vm.memoryBytes });
  }
}
