// Node kinds and hrefs of Server Manager's nodes, below each server node (whose href the shell gives).
// The Server Manager node's kind is shared (NODE_KINDS.serverManager): Disk Management hangs under it.
import { NODE_KINDS } from '../../shell/registry';

export const NODE = { serverManager: NODE_KINDS.serverManager, roles: 'server-manager-roles', features: 'server-manager-features' } as const;
export type ServerManagerNodeKind = (typeof NODE)[keyof typeof NODE];

export const serverManagerHref = (serverHref: string) => `${serverHref}/server-manager`;
export const rolesHref = (serverHref: string) => `${serverManagerHref(serverHref)}/roles`;
export const featuresHref = (serverHref: string) => `${serverManagerHref(serverHref)}/features`;
