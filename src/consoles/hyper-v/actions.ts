// Hyper-V Manager's actions. On a server: New → Virtual Machine… (the wizard; Refresh is the
// shell's own). On a selected virtual machine (its row, or its context menu): Settings…, Start,
// Turn Off…, Shut Down…, Save, Pause, Resume, each enabled exactly in the states the engine
// accepts it (VM_ACTION_FROM); Turn Off and Shut Down ask first. A refusal is shown by the shell
// with the lab's words.
import { createElement } from 'react';
import { CirclePause, CirclePlay, CirclePlus, Power, PowerOff, Save, Settings } from 'lucide-react';
import { vmActionApplies, VM_ACTION_LABELS, type VirtualMachine, type VmAction } from '../../domain/hyperv';
import type { Host } from '../../domain/network';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { ACTIONS } from './labels';
import { csvPathsOf, hostNamed, vmNamed } from './model';
import { HYPERV_ACTION_IDS, HYPERV_NODE_KINDS } from './paths';

const NewVmWizard = lazyNamed(() => import('./new-vm.open'), 'NewVmWizard');
const VmSettingsDialog = lazyNamed(() => import('./settings.dialog'), 'VmSettingsDialog');

/** The selected item's kind: a row of a server's Virtual Machines (its key the machine's name). */
export const VM_ITEM_KIND = 'hyperv.vm';

/** The server a Hyper-V Manager server node stands for (its key is the computer name). */
export function nodeServer(ctx: ActionContext): Host | undefined {
  return ctx.node?.kind === HYPERV_NODE_KINDS.server ? hostNamed(ctx.lab.hosts, ctx.node.key) : undefined;
}

export function selectedVm(ctx: ActionContext): { host: Host; vm: VirtualMachine } | undefined {
  const host = nodeServer(ctx);
  if (!host || ctx.item?.kind !== VM_ITEM_KIND) return undefined;
  const vm = vmNamed(ctx.lab.virtualMachines, host.id, ctx.item.key);
  return vm ? { host, vm } : undefined;
}

export const newVmAction: ShellAction = {
  id: HYPERV_ACTION_IDS.newVm,
  label: ACTIONS.newVm,
  icon: CirclePlus,
  section: 'node',
  toolbar: true,
  predicate: (ctx) => nodeServer(ctx) !== undefined,
  // The Virtual Machine Management service runs only while the server does (the lab refuses otherwise).
  isEnabled: (ctx) => nodeServer(ctx)?.powerState === 'on',
  perform(ctx) {
    const host = nodeServer(ctx);
    const api = ctx.api;
    if (!host || !api) return;
    const csvPaths = csvPathsOf(ctx.lab.clusters, host);
    ctx.openDialog((close) => createElement(NewVmWizard, { api, host, csvPaths, showMessage: ctx.showMessage, onClose: close }));
  },
};

const settingsAction: ShellAction = {
  id: 'hyperv.vm.settings',
  label: ACTIONS.settings,
  icon: Settings,
  section: 'item',
  verb: 'properties',
  predicate: (ctx) => selectedVm(ctx) !== undefined,
  perform(ctx) {
    const target = selectedVm(ctx);
    const api = ctx.api;
    if (!target || !api) return;
    ctx.openDialog((close) => createElement(VmSettingsDialog, { api, host: target.host.name, vmId: target.vm.id, onClose: close }));
  },
};

const ORDER: readonly VmAction[] = ['start', 'turn-off', 'shut-down', 'save', 'pause', 'resume'];
const ICONS = { start: CirclePlay, 'turn-off': PowerOff, 'shut-down': Power, save: Save, pause: CirclePause, resume: CirclePlay } as const;
const LABELS: Record<VmAction, string> = { ...VM_ACTION_LABELS, 'turn-off': ACTIONS.turnOff, 'shut-down': ACTIONS.shutDown };

async function confirmed(ctx: ActionContext, action: VmAction, vm: VirtualMachine): Promise<boolean> {
  if (action === 'turn-off') return ctx.confirm({ title: ACTIONS.turnOffTitle, message: ACTIONS.turnOffMessage(vm.name), confirmLabel: ACTIONS.turnOffConfirm, tone: 'warning' });
  if (action === 'shut-down') return ctx.confirm({ title: ACTIONS.shutDownTitle, message: ACTIONS.shutDownMessage(vm.name), confirmLabel: ACTIONS.shutDownConfirm, tone: 'warning' });
  return true;
}

function vmAction(action: VmAction): ShellAction {
  return {
    id: `hyperv.vm.${action}`,
    label: LABELS[action],
    icon: ICONS[action],
    section: 'item',
    predicate: (ctx) => selectedVm(ctx) !== undefined,
    isEnabled: (ctx) => {
      const target = selectedVm(ctx);
      return target !== undefined && vmActionApplies(action, target.vm.state);
    },
    async perform(ctx) {
      const target = selectedVm(ctx);
      if (!target || !ctx.api) return;
      if (!(await confirmed(ctx, action, target.vm))) return;
      await ctx.api.call('vmAction', { params: { name: target.host.name, vm: target.vm.name }, body: { action } });
    },
  };
}

export const hypervActions: ShellAction[] = [newVmAction, settingsAction, ...ORDER.map(vmAction)];
