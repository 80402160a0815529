// "MPIO…" on a server's MPIO node: the MPIO Properties control panel (loaded when first opened).
// It exists once Multipath I/O is installed and in effect; before that the node says so instead.
import { createElement } from 'react';
import { Route } from 'lucide-react';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { OPEN_ACTION, PROPERTIES_TITLE, SUMMARY } from './labels';
import { MPIO_NODE_KIND } from './paths';

const MpioPropertiesDialog = lazyNamed(() => import('./properties.dialog'), 'MpioPropertiesDialog');

export const OPEN_MPIO_ACTION_ID = 'mpio.open';

const hostOf = (ctx: ActionContext) => (ctx.node?.kind === MPIO_NODE_KIND ? ctx.node.key : undefined);

export const openMpioAction: ShellAction = {
  id: OPEN_MPIO_ACTION_ID,
  label: OPEN_ACTION,
  icon: Route,
  section: 'node',
  toolbar: true,
  verb: 'properties',
  predicate: (ctx) => hostOf(ctx) !== undefined,
  async perform(ctx) {
    const host = hostOf(ctx);
    const api = ctx.api;
    if (!host || !api) return;
    const mpio = await api.call('getMpio', { params: { name: host } });
    if (!mpio.featureInstalled) {
      await ctx.showMessage({ title: PROPERTIES_TITLE, message: SUMMARY.notInstalled, tone: 'info' });
      return;
    }
    ctx.openDialog((close) => createElement(MpioPropertiesDialog, { api, host, onClose: close }));
  },
};

export const mpioActions: ShellAction[] = [openMpioAction];
