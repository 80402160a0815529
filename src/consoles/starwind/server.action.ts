// Add Server, Connect…, Disconnect, Change Credentials…, Remove Server: listed for the StarWind
// console's nodes. The lab has the last word: a refusal shows as a message.
import { createElement } from 'react';
import { KeyRound, LogIn, LogOut, ServerCog, Trash2 } from 'lucide-react';
import type { StarWindConsoleServer } from '../../api/types';
import type { ActionContext, ShellAction } from '../../shell/registry';
import { AddServerDialog } from './add-server.dialog';
import { CredentialsDialog } from './credentials.dialog';
import { ACTIONS, REMOVE_SERVER } from './labels';
import { LoginDialog } from './login.dialog';
import { serverHref, STARWIND_HREF, targetsOf } from './model';

export const STARWIND_KINDS = ['starwind', 'starwind-server', 'starwind-target', 'starwind-device'] as const;

export function isStarWindNode(ctx: ActionContext): boolean {
  return (STARWIND_KINDS as readonly string[]).includes(ctx.node?.kind ?? '');
}

/** The console server a node belongs to: the server itself, or the server of a target or device. */
export function nodeServer(ctx: ActionContext): StarWindConsoleServer | undefined {
  const node = ctx.node;
  if (!node?.key) return undefined;
  switch (node.kind) {
    case 'starwind-server':
      return ctx.lab.starwindConsoleServers[node.key];
    case 'starwind-target': {
      const host = ctx.lab.starwindTargets[node.key]?.host;
      return host ? ctx.lab.starwindConsoleServers[host] : undefined;
    }
    case 'starwind-device': {
      const host = ctx.lab.starwindDevices[node.key]?.host;
      return host ? ctx.lab.starwindConsoleServers[host] : undefined;
    }
    default:
      return undefined;
  }
}

const serverNode = (ctx: ActionContext) => (ctx.node?.kind === 'starwind-server' && ctx.node.key ? ctx.lab.starwindConsoleServers[ctx.node.key] : undefined);

export const addServerAction: ShellAction = {
  id: 'starwind.add-server',
  label: ACTIONS.addServer,
  icon: ServerCog,
  section: 'node',
  toolbar: true,
  predicate: isStarWindNode,
  perform(ctx) {
    const api = ctx.api;
    if (!api) return;
    ctx.openDialog((close) => createElement(AddServerDialog, { api, onClose: close, onAdded: (host: string) => ctx.navigate(serverHref(host)) }));
  },
};

export const connectAction: ShellAction = {
  id: 'starwind.connect',
  label: ACTIONS.connect,
  icon: LogIn,
  section: 'node',
  predicate: (ctx) => serverNode(ctx) !== undefined,
  isEnabled: (ctx) => serverNode(ctx)?.connected === false,
  perform(ctx) {
    const server = serverNode(ctx);
    const api = ctx.api;
    if (!server || !api || server.connected) return;
    ctx.openDialog((close) => createElement(LoginDialog, { api, host: server.host, label: server.address, onClose: close }));
  },
};

export const disconnectAction: ShellAction = {
  id: 'starwind.disconnect',
  label: ACTIONS.disconnect,
  icon: LogOut,
  section: 'node',
  predicate: (ctx) => serverNode(ctx) !== undefined,
  isEnabled: (ctx) => serverNode(ctx)?.connected === true,
  async perform(ctx) {
    const server = serverNode(ctx);
    if (!server || !ctx.api) return;
    await ctx.api.call('disconnectStarWindServer', { params: { host: server.host } });
  },
};

export const changeCredentialsAction: ShellAction = {
  id: 'starwind.change-credentials',
  label: ACTIONS.changeCredentials,
  icon: KeyRound,
  section: 'node',
  predicate: (ctx) => serverNode(ctx) !== undefined,
  isEnabled: (ctx) => serverNode(ctx)?.connected === true,
  perform(ctx) {
    const server = serverNode(ctx);
    const api = ctx.api;
    if (!server || !api) return;
    ctx.openDialog((close) => createElement(CredentialsDialog, { api, host: server.host, label: server.address, currentLogin: server.login, onClose: close }));
  },
};

export const removeServerAction: ShellAction = {
  id: 'starwind.remove-server',
  label: ACTIONS.removeServer,
  icon: Trash2,
  section: 'node',
  verb: 'delete',
  predicate: (ctx) => serverNode(ctx) !== undefined,
  async perform(ctx) {
    const server = serverNode(ctx);
    if (!server || !ctx.api) return;
    const ok = await ctx.confirm({
      title: REMOVE_SERVER.title,
      message: REMOVE_SERVER.message(server.address),
      affects: [REMOVE_SERVER.affects(server.address, targetsOf(ctx.lab, server.host).length)],
      confirmLabel: REMOVE_SERVER.confirm,
    });
    if (!ok) return;
    await ctx.api.call('removeStarWindServer', { params: { host: server.host } });
    ctx.navigate(STARWIND_HREF);
  },
};

export const serverActions: ShellAction[] = [addServerAction, connectAction, disconnectAction, changeCredentialsAction, removeServerAction];
