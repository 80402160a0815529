// The StarWind Management Console: its tree (servers added to the console; under a connected
// server its targets with their devices), routes and actions, registered with the shell.
import { createElement, lazy } from 'react';
import { Database, HardDrive, Server, ServerOff, Target } from 'lucide-react';
import type { StarWindTarget } from '../../api/types';
import type { ConsoleDefinition, ShellTreeNode, TreeSource } from '../../shell/registry';
import { addTargetAction } from './add-target.action';
import { deviceActions } from './device.action';
import { STARWIND_CONSOLE } from './labels';
import { consoleServers, deviceHref, serverHref, STARWIND_HREF, targetHref, targetsOf } from './model';
import { connectAction, serverActions } from './server.action';
import { SyncBadge } from './sync-badge';
import { v8Actions } from './v8.action';

const ConsoleView = lazy(() => import('./console.view'));
const ServerView = lazy(() => import('./server.view'));
const TargetView = lazy(() => import('./target.view'));
const DeviceView = lazy(() => import('./device.view'));

function targetNode(lab: TreeSource, host: string, target: StarWindTarget): ShellTreeNode {
  const devices = target.deviceIds.map((id) => lab.starwindDevices[id]).filter((device) => device !== undefined);
  const haId = devices.find((device) => device.haDeviceId)?.haDeviceId ?? null;
  return {
    href: targetHref(host, target.alias),
    label: target.alias,
    kind: 'starwind-target',
    key: target.id,
    icon: Target,
    decoration: haId ? createElement(SyncBadge, { haId }) : undefined,
    children: devices.map((device) => ({
      href: deviceHref(host, device.name),
      label: device.name,
      kind: 'starwind-device',
      key: device.id,
      icon: HardDrive,
      decoration: device.haDeviceId ? createElement(SyncBadge, { haId: device.haDeviceId }) : undefined,
    })),
  };
}

export const starwindConsole: ConsoleDefinition = {
  id: 'starwind',
  tree(lab) {
    const servers: ShellTreeNode[] = consoleServers(lab).map((server) => ({
      href: serverHref(server.host),
      label: server.address,
      kind: 'starwind-server',
      key: server.host,
      icon: server.connected ? Server : ServerOff,
      // Expanding a server that is not connected asks for an account and password (step 3).
      expandAction: server.connected ? undefined : connectAction.id,
      children: server.connected ? targetsOf(lab, server.host).map((target) => targetNode(lab, server.host, target)) : undefined,
    }));
    return [{ href: STARWIND_HREF, label: STARWIND_CONSOLE, kind: 'starwind', icon: Database, children: servers }];
  },
  routes: [
    { path: 'starwind', element: createElement(ConsoleView) },
    { path: 'starwind/:host', element: createElement(ServerView) },
    { path: 'starwind/:host/targets/:alias', element: createElement(TargetView) },
    { path: 'starwind/:host/devices/:name', element: createElement(DeviceView) },
  ],
  actions: [...serverActions, addTargetAction, ...deviceActions, ...v8Actions],
};
