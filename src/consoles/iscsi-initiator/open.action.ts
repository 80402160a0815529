// "iSCSI Initiator…" on a server's iSCSI Initiator node: the first-open prompts when the service
// was never started, then the iSCSI Initiator Properties dialog (loaded when first opened).
import { createElement } from 'react';
import { Network } from 'lucide-react';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { lazyNamed } from '../../ui/lazy-named';
import { OPEN_ACTION } from './labels';
import { ISCSI_NODE_KIND } from './paths';

const InitiatorFlow = lazyNamed(() => import('./initiator-flow'), 'InitiatorFlow');

export const OPEN_ISCSI_ACTION_ID = 'iscsi.open';

const hostOf = (ctx: ActionContext) => (ctx.node?.kind === ISCSI_NODE_KIND ? ctx.node.key : undefined);

export const openIscsiAction: ShellAction = {
  id: OPEN_ISCSI_ACTION_ID,
  label: OPEN_ACTION,
  icon: Network,
  section: 'node',
  toolbar: true,
  verb: 'properties',
  predicate: (ctx) => hostOf(ctx) !== undefined,
  perform(ctx) {
    const host = hostOf(ctx);
    const api = ctx.api;
    if (!host || !api) return;
    ctx.openDialog((close) => createElement(InitiatorFlow, { api, host, onClose: close }));
  },
};

export const iscsiActions: ShellAction[] = [openIscsiAction];
