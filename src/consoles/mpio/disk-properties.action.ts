// "Properties" on a disk of any console's list (ITEM_KINDS.disk: Disk Management's disks), Alt+Enter
// too: opens the disk's Properties dialog, loaded when first opened.
import { createElement } from 'react';
import { Settings } from 'lucide-react';
import { ITEM_KINDS, parseDiskItemKey, type ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';

const DiskPropertiesDialog = lazyNamed(() => import('./disk-properties.dialog'), 'DiskPropertiesDialog');

export const diskPropertiesAction: ShellAction = {
  id: 'mpio.disk-properties',
  label: 'Properties',
  icon: Settings,
  section: 'item',
  verb: 'properties',
  predicate: (ctx) => ctx.item?.kind === ITEM_KINDS.disk && parseDiskItemKey(ctx.item.key) !== undefined,
  perform(ctx) {
    const at = ctx.item?.kind === ITEM_KINDS.disk ? parseDiskItemKey(ctx.item.key) : undefined;
    const api = ctx.api;
    if (!at || !api) return;
    ctx.openDialog((close) => createElement(DiskPropertiesDialog, { api, host: at.host, number: at.number, onClose: close }));
  },
};
