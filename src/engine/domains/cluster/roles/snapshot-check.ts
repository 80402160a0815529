// Semantic checks of the roles in a snapshot: each role once, its id "<cluster>/<NAME>", of a known
// cluster, of a known machine (one role per machine) that runs on the role's owner node, a node
// of that cluster; Pending exactly while a change is pending; and each role timer a known role's
// (a restart timer only while a restart is pending).
import { isRecord, show } from '../../../params';
import type { DomainCheckInput } from '../../../snapshot-problems';
import { FAILBACK_TIMER_KIND, ROLE_TIMER_KIND } from './lifecycle';

export function checkRolesSnapshot({ snapshot, timers, problems }: DomainCheckInput): void {
  const clusters = new Map<string, Record<string, unknown>>();
  for (const cluster of snapshot.entities.clusters ?? []) if (isRecord(cluster) && typeof cluster.id === 'string') clusters.set(cluster.id, cluster);
  const vmHost = new Map<string, unknown>();
  for (const vm of snapshot.entities.virtualMachines ?? []) if (isRecord(vm) && typeof vm.id === 'string') vmHost.set(vm.id, vm.host);
  const ids = new Set<string>();
  const vms = new Set<string>();
  const restarting = new Set<string>();
  (snapshot.entities.clusterRoles ?? []).forEach((role: unknown, index) => {
    const at = `entities.clusterRoles[${index}]`;
    if (!isRecord(role) || typeof role.id !== 'string' || typeof role.name !== 'string' || typeof role.cluster !== 'string' || typeof role.vmId !== 'string') {
      return problems.add(at, `${at}: a role needs its id, name, cluster and virtual machine.`);
    }
    const where = `clusterRoles[${index}] (${role.id})`;
    if (ids.has(role.id)) problems.add(at, `${where}: the role is there twice.`);
    ids.add(role.id);
    if (role.id !== `${role.cluster}/${role.name.toUpperCase()}`) problems.add(`${at}.id`, `${where}: a role's id is its cluster's id, "/", and its name upper-cased.`);
    const cluster = clusters.get(role.cluster);
    if (!cluster) problems.add(`${at}.cluster`, `${where}: the lab has no cluster ${show(role.cluster)}.`);
    if (vms.has(role.vmId)) problems.add(`${at}.vmId`, `${where}: virtual machine ${show(role.vmId)} is the machine of two roles.`);
    vms.add(role.vmId);
    if (!vmHost.has(role.vmId)) problems.add(`${at}.vmId`, `${where}: the lab has no virtual machine ${show(role.vmId)}.`);
    else if (role.ownerNode !== null && vmHost.get(role.vmId) !== role.ownerNode) problems.add(`${at}.ownerNode`, `${where}: its machine is on ${show(vmHost.get(role.vmId))}, not on its owner ${show(role.ownerNode)}.`);
    const nodes = Array.isArray(cluster?.nodes) ? cluster.nodes.filter(isRecord).map((node) => node.name) : [];
    if (cluster && role.ownerNode !== null && !nodes.includes(role.ownerNode)) problems.add(`${at}.ownerNode`, `${where}: ${show(role.ownerNode)} is not a node of its cluster.`);
    const pending = isRecord(role.pending) ? role.pending : null;
    if ((role.state === 'Pending') !== (pending !== null)) problems.add(`${at}.pending`, `${where}: a role is Pending exactly while a change of it is pending.`);
    if (pending?.action === 'restart') restarting.add(role.id);
  });
  for (const { timer, path } of timers) {
    if (timer.kind !== ROLE_TIMER_KIND && timer.kind !== FAILBACK_TIMER_KIND) continue;
    const data = isRecord(timer.data) ? timer.data : {};
    const id = data.role;
    if (typeof id !== 'string' || !ids.has(id)) problems.add(path, `${path}: the ${String(timer.kind)} timer refers to ${show(id)}, which is not a role.`);
    else if (timer.kind === ROLE_TIMER_KIND && data.step === 'restart' && !restarting.has(id)) problems.add(path, `${path}: a restart timer of role ${id}, which is not restarting.`);
  }
}
