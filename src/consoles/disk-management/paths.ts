// Disk Management's nodes, under each server's Server Manager node (NODE_KINDS.serverManager,
// whose href the shell gives): Storage → Disk Management, as 2008 R2's Server Manager orders them.
export const STORAGE_NODE_KIND = 'server-manager-storage';
export const DISK_MANAGEMENT_NODE_KIND = 'disk-management';
/** A run of unallocated space on a disk (New Simple Volume acts on it); its key is the disk's. */
export const UNALLOCATED_ITEM_KIND = 'disk-unallocated';

export const storageHref = (serverManagerHref: string) => `${serverManagerHref}/storage`;
export const diskManagementHref = (serverManagerHref: string) => `${storageHref(serverManagerHref)}/disk-management`;
/** The Disk Management page of a server (src/consoles/servers: a server is /servers/<name>, Server Manager below it). */
export const serverDiskManagementHref = (host: string) => diskManagementHref(`/servers/${host}/server-manager`);
