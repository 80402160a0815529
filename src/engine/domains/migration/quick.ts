// Quick migration: the roles' quick move (cluster/roles/lifecycle.ts: saved on the owner, the disk
// and the role go to the target, restored there) is the one code path; this records it as a
// Migration with its three phases, from what the machine does (every change reaches `quickSeen`
// through vm-watch). The machine is offline the whole time: downtime = total, linear in memory
// (the state file is written and read at VM_STATE_FILE_BYTES_PER_S).
import type { Cluster, ClusterRole } from '../../../domain/cluster';
import { VM_STATE_FILE_BYTES_PER_S, stateFileTransferMs, type VirtualMachine } from '../../../domain/hyperv';
import type { Migration } from '../../../domain/migration';
import type { LabContext } from '../../context';
import { quickMove } from '../cluster/roles/lifecycle';
import { migrationEvent, endMigration, setStep } from './steps';
import { newMigration } from './record';
import { addMigration, updateMigration } from './state';

/** Records and starts the quick move of `role` (Running) from its owner to `destination`. */
export function startQuick(ctx: LabContext, cluster: Cluster, role: ClusterRole, vm: VirtualMachine, destination: string, bestPossibleNode: boolean): Migration {
  const migration = newMigration(ctx, cluster, role, vm, destination, bestPossibleNode, 'quick', null, VM_STATE_FILE_BYTES_PER_S);
  addMigration(ctx, migration);
  updateMigration(ctx, migration, () => {
    migration.state = 'Running';
    migration.startedMs = ctx.kernel.nowMs();
  });
  setStep(ctx, migration, 'save-state', vm.assignedMemoryBytes, stateFileTransferMs(vm.assignedMemoryBytes));
  migrationEvent(ctx, migration, migration.source, 'saving the virtual machine state.');
  quickMove(ctx, role, vm, destination);
  return migration;
}

/** A machine under quick migration changed: the next phase, the end, or its failure. */
export function quickSeen(ctx: LabContext, migration: Migration, vm: VirtualMachine): void {
  const role = ctx.state.cluster.roles.byVm.get(vm.id);
  const onDestination = vm.host === migration.destination;
  if (migration.phase === 'save-state' && (onDestination || vm.state === 'Saved')) {
    setStep(ctx, migration, 'move-disk', 0, 0);
    migrationEvent(ctx, migration, migration.source, 'moving disk ownership.');
  }
  if (migration.phase === 'move-disk' && onDestination && vm.state === 'Starting' && vm.transition) {
    setStep(ctx, migration, 'restore', vm.memoryBytes, vm.transition.dueMs - ctx.kernel.nowMs());
    migrationEvent(ctx, migration, migration.destination, 'restoring the virtual machine.');
    return;
  }
  if (migration.phase === 'restore' && onDestination && vm.state === 'Running') {
    const downtimeMs = ctx.kernel.nowMs() - (migration.startedMs ?? 0);
    updateMigration(ctx, migration, () => {
      migration.downtimeMs = downtimeMs;
      migration.clientsKeptConnection = downtimeMs < migration.tcpTimeoutMs;
    });
    return endMigration(ctx, migration, 'Completed');
  }
  // The move gave up (the target went away, the machine was turned off): the role says why.
  if (!role || (role.pending === null && role.state !== 'Online') || (role.pending === null && !onDestination))
    endMigration(ctx, migration, 'Failed', role?.lastError ?? `'${vm.name}' is ${vm.state} on ${vm.host}.`);
}
