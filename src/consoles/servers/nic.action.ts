// Plug in / unplug a network cable: the lab's stand-in for a hand at the patch panel.
import { Cable, Unplug } from 'lucide-react';
import type { Host, Nic } from '../../api/types';
import type { ActionContext, ShellAction } from '../../shell/registry';

/** A NIC row's item key: "<server>/<connection name>". */
export function nicItemKey(host: string, nic: string): string {
  return `${host}/${nic}`;
}

function selectedNic(ctx: ActionContext): { host: Host; nic: Nic } | undefined {
  if (ctx.item?.kind !== 'nic') return undefined;
  const slash = ctx.item.key.indexOf('/');
  const host = ctx.lab.hosts[ctx.item.key.slice(0, slash)];
  const nic = host?.nics.find((candidate) => candidate.name === ctx.item?.key.slice(slash + 1));
  return host && nic ? { host, nic } : undefined;
}

function cableAction(linkUp: boolean): ShellAction {
  return {
    id: linkUp ? 'servers.nic.plug' : 'servers.nic.unplug',
    label: linkUp ? 'Plug In Cable' : 'Unplug Cable',
    icon: linkUp ? Cable : Unplug,
    section: 'item',
    predicate: (ctx) => selectedNic(ctx) !== undefined,
    isEnabled: (ctx) => selectedNic(ctx)?.nic.linkUp === !linkUp,
    async perform(ctx) {
      const target = selectedNic(ctx);
      if (!target || !ctx.api) return;
      await ctx.api.call('setNic', { params: { name: target.host.name, nic: target.nic.name }, body: { linkUp } });
    },
  };
}

export const nicActions: ShellAction[] = [cableAction(false), cableAction(true)];
