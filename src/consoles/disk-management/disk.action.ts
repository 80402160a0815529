// A disk's verbs in Disk Management (its context menu and the Actions pane): Online, Offline,
// Initialize Disk on the disk; New Simple Volume... on its unallocated space. Properties is MPIO's
// (src/consoles/mpio, on the same shared item kind). The lab decides; a refusal is a message box.
import { createElement } from 'react';
import { CircleArrowUp, CircleArrowDown, HardDrive, SquarePlus } from 'lucide-react';
import type { ApiClient } from '../../api/client';
import { ITEM_KINDS, parseDiskItemKey, type ActionContext, type ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { ACTIONS } from './labels';
import { freeLetters } from './model';
import type { NewVolumeContext } from './new-volume.wizard';
import { UNALLOCATED_ITEM_KIND } from './paths';
import { hostRunning, mirrorDisk } from './use-disks';

const InitializeDiskDialog = lazyNamed(() => import('./initialize.dialog'), 'InitializeDiskDialog');
// The wizard (its definition, the wizard model and frame) loads when New Simple Volume first runs.
const NewVolumeWizard = lazyNamed(() => import('./new-volume.open'), 'NewVolumeWizard');

/** The disk a selected item stands for (a disk, or its unallocated space). */
export function selectedDisk(ctx: ActionContext, kind: string): { host: string; number: number } | undefined {
  return ctx.item?.kind === kind ? parseDiskItemKey(ctx.item.key) : undefined;
}

function diskAction(id: string, label: string, icon: ShellAction['icon'], shows: (ctx: ActionContext, at: { host: string; number: number }) => boolean, perform: (ctx: ActionContext, api: ApiClient, at: { host: string; number: number }) => Promise<void>): ShellAction {
  return {
    id: `disk-management.${id}`,
    label,
    icon,
    section: 'item',
    predicate: (ctx) => {
      const at = selectedDisk(ctx, ITEM_KINDS.disk);
      return at !== undefined && shows(ctx, at);
    },
    isEnabled: (ctx) => {
      const at = selectedDisk(ctx, ITEM_KINDS.disk);
      return at !== undefined && hostRunning(ctx.lab, at.host);
    },
    async perform(ctx) {
      const at = selectedDisk(ctx, ITEM_KINDS.disk);
      if (at && ctx.api) await perform(ctx, ctx.api, at);
    },
  };
}

const setOnline = (online: boolean) => async (_ctx: ActionContext, api: ApiClient, at: { host: string; number: number }) => {
  await api.call('setDisk', { params: { name: at.host, number: String(at.number) }, body: { online } });
};

export const onlineAction = diskAction('online', ACTIONS.online, CircleArrowUp, (ctx, at) => mirrorDisk(ctx.lab, at.host, at.number)?.state === 'Offline', setOnline(true));
export const offlineAction = diskAction('offline', ACTIONS.offline, CircleArrowDown, (ctx, at) => mirrorDisk(ctx.lab, at.host, at.number)?.state === 'Online', setOnline(false));
export const initializeAction = diskAction(
  'initialize',
  ACTIONS.initialize,
  HardDrive,
  (ctx, at) => {
    const disk = mirrorDisk(ctx.lab, at.host, at.number);
    return disk?.state === 'Online' && disk.partitionStyle === null;
  },
  async (ctx, api, at) => {
    // The dialog lists every disk that waits, with sizes the route derives.
    const { disks } = await api.call('listDisks', { params: { name: at.host } });
    ctx.openDialog((close) => createElement(InitializeDiskDialog, { api, host: at.host, disks, number: at.number, onClose: close }));
  },
);

export const newSimpleVolumeAction: ShellAction = {
  id: 'disk-management.new-simple-volume',
  label: ACTIONS.newSimpleVolume,
  icon: SquarePlus,
  section: 'item',
  predicate: (ctx) => selectedDisk(ctx, UNALLOCATED_ITEM_KIND) !== undefined,
  // Listed on any unallocated space, greyed until the disk is Online and initialized (as Disk Management greys it).
  isEnabled: (ctx) => {
    const at = selectedDisk(ctx, UNALLOCATED_ITEM_KIND);
    const disk = at && mirrorDisk(ctx.lab, at.host, at.number);
    return at !== undefined && hostRunning(ctx.lab, at.host) && disk?.state === 'Online' && disk.partitionStyle !== null;
  },
  async perform(ctx) {
    const at = selectedDisk(ctx, UNALLOCATED_ITEM_KIND);
    const api = ctx.api;
    if (!at || !api) return;
    const { disks } = await api.call('listDisks', { params: { name: at.host } });
    const disk = disks.find((each) => each.number === at.number);
    if (!disk) return;
    const context: NewVolumeContext = { host: at.host, disk, freeLetters: freeLetters(disks) };
    ctx.openDialog((close) => createElement(NewVolumeWizard, { api, context, onClose: close }));
  },
};

export const diskManagementActions: ShellAction[] = [onlineAction, offlineAction, initializeAction, newSimpleVolumeAction];
