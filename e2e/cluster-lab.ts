// A two-node cluster built through the API for the Failover Cluster Manager specs: the quorum LUN
// (HA1, 1 GB) and the VM LUN (HA2, 8 GB) on both storage servers, Demo1 and Demo2 with Failover
// Clustering and Multipath I/O, made ready by the fixtures' prepareClusterNodes (the restarts, the
// MPIO claim, both targets of each LUN connected with multi-path, the disks Online), then Create
// Cluster (Cluster1, 192.168.100.50) run to its end. Each request is one the consoles' dialogs
// send; a refusal fails the spec with the lab's words.
import type { Page } from '@playwright/test';
import { addStarWindServers, apiOk as ok, createHa1, createHaDevice, expect, prepareClusterNodes, type Lab, type Shell } from './fixtures';

export const CLUSTER = { name: 'Cluster1', fqdn: 'Cluster1.SWS.com', address: '192.168.100.50', nodes: ['Demo1', 'Demo2'] } as const;

const NODE_FEATURES = ['Failover-Clustering', 'Multipath-IO'] as const;

/**
 * The whole lab up to a running Cluster1; the clock stays paused. `extraFeatures` go on every node
 * with the cluster's own (the Hyper-V spec adds Hyper-V, as the seed's node setup does).
 */
export async function buildCluster(lab: Lab, extraFeatures: readonly string[] = []): Promise<void> {
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await createHaDevice(lab, 'HA2', 8 * 1024 ** 3);
  await prepareClusterNodes(lab, Object.fromEntries(CLUSTER.nodes.map((node) => [node, [...NODE_FEATURES, ...extraFeatures]])), ['HA1', 'HA2']);
  await ok(lab, 'POST', '/api/v1/clusters', { name: CLUSTER.name, nodes: CLUSTER.nodes, address: CLUSTER.address, addStorage: true });
  // The Create Cluster job's steps take simulated seconds; a few minutes cover them.
  await lab.clock.advance(300_000);
}

/** What a spec looks at on the way through Enable Cluster Shared Volumes (axe checks, pictures). */
export interface CsvStops {
  notice?: () => Promise<void>;
  addStorage?: () => Promise<void>;
}

/**
 * Seed step 14 from the cluster's node: Enable Cluster Shared Volumes… (its notice read and
 * accepted), then Add storage with `disk`; ends when the volume shows as C:\ClusterStorage\Volume1.
 */
export async function enableCsvAndAdd(page: Page, shell: Shell, disk: string, stops: CsvStops = {}): Promise<void> {
  await shell.actions.run('Enable Cluster Shared Volumes…');
  const notice = page.getByRole('dialog', { name: 'Enable Cluster Shared Volumes' });
  await expect(notice).toContainText('Hyper-V role');
  await stops.notice?.();
  await notice.getByRole('checkbox', { name: 'I have read the above notice' }).check({ force: true });
  await notice.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(notice).toBeHidden();
  await expect(shell.resultsTitle).toHaveText('Cluster Shared Volumes');
  await shell.actions.run('Add storage');
  const add = page.getByRole('dialog', { name: 'Add Storage' });
  await add.locator(`[role="row"][data-key="${disk}"]`).getByRole('checkbox').check({ force: true });
  await stops.addStorage?.();
  await add.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(add).toBeHidden();
  await expect(shell.grid('Cluster Shared Volumes')).toContainText('C:\\ClusterStorage\\Volume1');
}
