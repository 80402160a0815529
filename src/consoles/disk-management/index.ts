// Disk Management (Windows Server 2008 R2), one per server: Storage → Disk Management under each
// server's Server Manager node, the page (volumes and disks), and the disks' verbs. Properties
// on a disk is the MPIO folder's (the shared item kind ITEM_KINDS.disk).
import { createElement, lazy } from 'react';
import { Database, HardDrive } from 'lucide-react';
import { NODE_KINDS, type ConsoleDefinition } from '../../shell/registry';
import { diskManagementActions } from './disk.action';
import { DISK_MANAGEMENT, STORAGE } from './labels';
import { DISK_MANAGEMENT_NODE_KIND, diskManagementHref, STORAGE_NODE_KIND, storageHref } from './paths';

const DiskManagementView = lazy(() => import('./disk-management.view'));
const StorageView = lazy(() => import('./storage.view'));

export const diskManagementConsole: ConsoleDefinition = {
  id: 'disk-management',
  tree: () => [],
  contributions: [
    {
      // After Server Manager's own Roles and Features (2008 R2: … Configuration, Storage).
      under: NODE_KINDS.serverManager,
      nodes: (serverManager) => [
        {
          href: storageHref(serverManager.href),
          label: STORAGE,
          kind: STORAGE_NODE_KIND,
          key: serverManager.key,
          icon: Database,
          children: [{ href: diskManagementHref(serverManager.href), label: DISK_MANAGEMENT, kind: DISK_MANAGEMENT_NODE_KIND, key: serverManager.key, icon: HardDrive }],
        },
      ],
    },
  ],
  routes: [
    { path: 'servers/:name/server-manager/storage', element: createElement(StorageView) },
    { path: 'servers/:name/server-manager/storage/disk-management', element: createElement(DiskManagementView) },
  ],
  actions: diskManagementActions,
};
