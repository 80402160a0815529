// Virtual Machine Manager's actions. On a selected virtual machine (a row of the Virtual Machines
// view, or its context menu): Migrate…, enabled for a highly available machine (a role of its
// cluster) with no migration queued or running; it opens the Migrate Virtual Machine Wizard and,
// once the lab accepts the move, shows Jobs. On a selected job: Cancel, while it is queued or
// running (the machine stays on its source). A refusal is shown with the lab's words.
import { createElement } from 'react';
import { CircleX, MoveRight } from 'lucide-react';
import type { Cluster, ClusterRole } from '../../domain/cluster';
import type { VirtualMachine } from '../../domain/hyperv';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { ACTIONS } from './labels';
import { isActive } from './model';
import { VMM_ACTION_IDS, VMM_JOBS_HREF, VMM_NODE_KINDS, VMM_VM_VIEW_KINDS } from './paths';

const MigrateWizard = lazyNamed(() => import('./migrate.open'), 'MigrateWizard');

/** The selected item's kinds: a row of the Virtual Machines view (its key the machine's id), a row of Jobs (the migration's id). */
export const VMM_VM_ITEM_KIND = 'vmm.vm';
export const VMM_JOB_ITEM_KIND = 'vmm.job';

export interface SelectedVm {
  vm: VirtualMachine;
  role: ClusterRole | undefined;
  cluster: Cluster | undefined;
  migrating: boolean;
}

export function selectedVm(ctx: ActionContext): SelectedVm | undefined {
  if (!ctx.node || !VMM_VM_VIEW_KINDS.includes(ctx.node.kind) || ctx.item?.kind !== VMM_VM_ITEM_KIND) return undefined;
  const vm = ctx.lab.virtualMachines[ctx.item.key];
  if (!vm) return undefined;
  const role = Object.values(ctx.lab.clusterRoles).find((each) => each.vmId === vm.id);
  const cluster = role ? ctx.lab.clusters[role.cluster] : undefined;
  const migrating = Object.values(ctx.lab.migrations).some((migration) => migration.vmId === vm.id && isActive(migration));
  return { vm, role, cluster, migrating };
}

export const migrateAction: ShellAction = {
  id: VMM_ACTION_IDS.migrate,
  label: ACTIONS.migrate,
  icon: MoveRight,
  section: 'item',
  toolbar: true,
  predicate: (ctx) => selectedVm(ctx) !== undefined,
  isEnabled: (ctx) => {
    const selected = selectedVm(ctx);
    return selected?.role !== undefined && selected.cluster !== undefined && !selected.migrating;
  },
  perform(ctx) {
    const selected = selectedVm(ctx);
    const api = ctx.api;
    if (!selected?.role || !selected.cluster || !api) return;
    const { cluster, role } = selected;
    ctx.openDialog((close) => createElement(MigrateWizard, { api, cluster: cluster.name, role: role.name, onMoved: () => ctx.navigate(VMM_JOBS_HREF), onClose: close }));
  },
};

const selectedJob = (ctx: ActionContext) => (ctx.node?.kind === VMM_NODE_KINDS.jobs && ctx.item?.kind === VMM_JOB_ITEM_KIND ? ctx.lab.migrations[ctx.item.key] : undefined);

export const cancelJobAction: ShellAction = {
  id: VMM_ACTION_IDS.cancelJob,
  label: ACTIONS.cancelJob,
  icon: CircleX,
  section: 'item',
  predicate: (ctx) => selectedJob(ctx) !== undefined,
  isEnabled: (ctx) => isActive(selectedJob(ctx)),
  async perform(ctx) {
    const job = selectedJob(ctx);
    if (!job || !ctx.api) return;
    await ctx.api.call('cancelMigration', { params: { id: job.id } });
  },
};

export const vmmActions: ShellAction[] = [migrateAction, cancelJobAction];
