// "Test I/O…" on an Online disk of any console's list (ITEM_KINDS.disk: Disk Management's disks):
// opens the I/O generator's dialog (as administrators run DiskSpd against #PhysicalDrive), loaded
// when first opened. An Offline disk runs no I/O, so the verb is listed only for an Online one.
import { createElement } from 'react';
import { Gauge } from 'lucide-react';
import { ITEM_KINDS, parseDiskItemKey, type ActionContext, type ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { TEST_IO } from './labels';

const TestIoDialog = lazyNamed(() => import('./test-io.dialog'), 'TestIoDialog');

function selected(ctx: ActionContext): { host: string; number: number } | undefined {
  return ctx.item?.kind === ITEM_KINDS.disk ? parseDiskItemKey(ctx.item.key) : undefined;
}

/** The mirror's state of the disk: its host by name, the disk Windows sees now. */
function diskOnline(ctx: ActionContext, at: { host: string; number: number }): boolean {
  const host = Object.values(ctx.lab.hosts).find((each) => each.name === at.host);
  if (!host) return false;
  return Object.values(ctx.lab.hostDisks).some((disk) => disk.hostId === host.id && disk.number === at.number && disk.present && disk.state === 'Online');
}

export const testIoAction: ShellAction = {
  id: 'io-generator.test-io',
  label: TEST_IO,
  icon: Gauge,
  section: 'item',
  predicate: (ctx) => {
    const at = selected(ctx);
    return at !== undefined && diskOnline(ctx, at);
  },
  perform(ctx) {
    const at = selected(ctx);
    const api = ctx.api;
    if (!at || !api) return;
    ctx.openDialog((close) => createElement(TestIoDialog, { api, host: at.host, number: at.number, onClose: close }));
  },
};
