// Start, Shut Down, Turn Off, Restart: listed for a server (its tree node, or a row of the list),
// enabled per power state. The engine has the last word: a refusal shows as a message.
import { Play, Power, PowerOff, RotateCcw } from 'lucide-react';
import { POWER_ACTION_LABELS, type PowerAction } from '../../domain/power';
import type { Host } from '../../api/types';
import { NODE_KINDS, type ActionContext, type ConfirmOptions, type ShellAction } from '../../shell/registry';
import { fqdn } from './labels';

/** The server an action applies to: the selected row in the list, else the server's tree node. */
function targetHost(ctx: ActionContext, section: 'node' | 'item'): Host | undefined {
  const name = section === 'item' ? (ctx.item?.kind === NODE_KINDS.server ? ctx.item.key : undefined) : ctx.node?.kind === NODE_KINDS.server ? ctx.node.key : undefined;
  return name === undefined ? undefined : ctx.lab.hosts[name];
}

export function powerActionEnabled(action: PowerAction, host: Host): boolean {
  switch (action) {
    case 'on':
      return host.powerState === 'off';
    case 'shutdown':
    case 'restart':
      return host.powerState === 'on';
    case 'off':
      return host.powerState !== 'off';
  }
}

/** What a power change takes down with the server, listed before the administrator confirms. */
export function powerAffects(host: Host, action: PowerAction): string[] {
  const lines = [`${fqdn(host)} (${host.os}) ${action === 'restart' ? 'stops and starts again' : 'stops'}`];
  const connected = host.nics.filter((nic) => nic.linkUp);
  if (connected.length > 0) {
    lines.push(`Its network connections stop answering: ${connected.map((nic) => `${nic.name} ${nic.ip}`).join(', ')}`);
  }
  if (host.volumes.length > 0) {
    lines.push(`Its volumes go offline: ${host.volumes.map((volume) => `${volume.letter}:`).join(', ')}`);
  }
  if (host.features.length > 0) lines.push(`Its roles and features stop: ${host.features.join(', ')}`);
  if (action === 'off') lines.push('Unsaved data is lost; the next start records an unexpected shutdown (event 6008)');
  return lines;
}

function confirmation(action: PowerAction, host: Host): ConfirmOptions | null {
  switch (action) {
    case 'on':
      return null;
    case 'off':
      return {
        title: 'Turn Off Server',
        message: `Do you want to turn off ${host.name}? Turning off a server is like unplugging its power cord.`,
        affects: powerAffects(host, action),
        confirmLabel: 'Turn Off',
      };
    case 'shutdown':
      return {
        title: 'Shut Down Server',
        message: `Do you want to shut down ${host.name}? Windows stops its services and closes the event log.`,
        affects: powerAffects(host, action),
        confirmLabel: 'Shut Down',
      };
    case 'restart':
      return {
        title: 'Restart Server',
        message: `Do you want to restart ${host.name}?`,
        affects: powerAffects(host, action),
        confirmLabel: 'Restart',
      };
  }
}

const ICONS = { on: Play, off: PowerOff, shutdown: Power, restart: RotateCcw } as const;

function powerAction(action: PowerAction, section: 'node' | 'item'): ShellAction {
  return {
    id: `servers.power.${action}.${section}`,
    label: POWER_ACTION_LABELS[action],
    icon: ICONS[action],
    section,
    predicate: (ctx) => targetHost(ctx, section) !== undefined,
    isEnabled: (ctx) => {
      const host = targetHost(ctx, section);
      return host !== undefined && powerActionEnabled(action, host);
    },
    async perform(ctx) {
      const host = targetHost(ctx, section);
      if (!host || !ctx.api) return;
      const ask = confirmation(action, host);
      if (ask && !(await ctx.confirm(ask))) return;
      await ctx.api.call('powerHost', { params: { name: host.name }, body: { action } });
    },
  };
}

const ORDER: PowerAction[] = ['on', 'shutdown', 'off', 'restart'];

export const powerActions: ShellAction[] = [
  ...ORDER.map((action) => powerAction(action, 'node')),
  ...ORDER.map((action) => powerAction(action, 'item')),
];
