// Failover Cluster Manager over a cluster built through the API (e2e/cluster-lab.ts): the
// cluster's summary with its quorum line, Pause and Resume on Demo2, the iSCSI network's
// Properties → "Do not allow cluster network communication on this network" (the lab's advice on
// its page goes away), Enable Cluster Shared Volumes with its notice, then Add storage →
// C:\ClusterStorage\Volume1, Evict Demo2 (confirmed), and Cluster Events showing the engine's
// FailoverClustering events (1011) with their text. On the way, axe checks each view and dialog
// the flow shows (and the cluster's Properties, Services and applications, Storage and a node's
// page, which it opens for that) in both themes (e2e/axe.ts).
import type { Page } from '@playwright/test';
import type { LabEvent } from '../src/api/types';
import { look } from './axe';
import { CLUSTER, buildCluster, enableCsvAndAdd } from './cluster-lab';
import { expect, shotAtBothSizes, test, type Shell } from './fixtures';

const CLUSTER_HREF = `/failover-cluster/${CLUSTER.name}`;
const shot = (page: Page, name: string) => shotAtBothSizes(page, 'failover-cluster', name);
/** The accessibility check of a view in both themes, with its pictures under fcm-<theme>-<name>. */
const view = (page: Page, name: string, axe: string) => look(page, 'fcm-', name, { axe });

async function expand(shell: Shell, label: string, under: string): Promise<void> {
  const row = shell.treeRow(label, under);
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.dblclick();
  await expect(row).toHaveAttribute('aria-expanded', 'true');
}

test('Failover Cluster Manager: nodes Pause/Resume, the iSCSI network set to no cluster traffic, Cluster Shared Volumes, Cluster Events', async ({ page, lab, shell }) => {
  // Fourteen accessibility checks in two themes, about a second each; pictures take longer.
  test.setTimeout(process.env.E2E_SCREENS === '1' ? 240_000 : 90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/failover-cluster');
  await expect(page.getByRole('main').getByRole('region', { name: 'Failover Cluster Manager' })).toContainText('Management');
  await buildCluster(lab);
  await shot(page, 'overview');
  await view(page, 'overview', 'Failover Cluster Manager');

  // The cluster under the snap-in's node, named by its FQDN; its summary.
  await shell.tree.select(CLUSTER.fqdn, '/failover-cluster');
  await expect(page.getByTestId('quorum-line')).toHaveText('Node and Disk Majority (Cluster Disk 1)');
  await expect(page.getByRole('region', { name: `Summary of ${CLUSTER.name}` })).toContainText('Demo1');
  // Two node votes and the witness's: the lab's count of the votes.
  await expect(page.getByTestId('quorum-votes')).toContainText('3 of 3 votes (2 needed): has quorum');
  await shot(page, 'summary');
  await view(page, 'summary', 'cluster summary');
  await shell.actions.run('Properties');
  const clusterProperties = page.getByRole('dialog', { name: `${CLUSTER.name} Properties` });
  await expect(clusterProperties).toBeVisible();
  await view(page, 'cluster-properties', 'cluster Properties');
  await clusterProperties.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(clusterProperties).toBeHidden();
  await expand(shell, CLUSTER.fqdn, '/failover-cluster');
  for (const [label, name] of [
    ['Services and applications', 'services'],
    ['Storage', 'storage'],
  ] as const) {
    await shell.tree.select(label, CLUSTER_HREF);
    await view(page, name, `Failover Cluster Manager ${label}`);
  }

  // Nodes: Pause, then Resume, Demo2 (its row's actions).
  await shell.tree.select('Nodes', CLUSTER_HREF);
  const nodes = 'Nodes';
  const demo2 = shell.row(nodes, `${CLUSTER.name}/Demo2`);
  await expect(demo2).toContainText('Up');
  await view(page, 'nodes', 'Failover Cluster Manager Nodes');
  await demo2.click();
  await shell.actions.run('Pause', { section: 'Demo2' });
  await expect(demo2).toContainText('Paused');
  await expect(shell.actions.button('Pause', { section: 'Demo2' })).toBeDisabled();
  await shot(page, 'nodes-paused');
  // Resume from the row's context menu (the same actions as the pane's).
  await demo2.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Demo2 actions' });
  await expect(menu.getByRole('menuitem', { name: 'Pause' })).toBeDisabled();
  await menu.getByRole('menuitem', { name: 'Resume' }).click();
  await expect(demo2).toContainText('Up');
  // The node's own page under Nodes.
  await expand(shell, 'Nodes', CLUSTER_HREF);
  await shell.tree.select('Demo2', `${CLUSTER_HREF}/nodes`);
  await view(page, 'node', 'cluster node page');

  // Networks: the iSCSI network carries the lab's advice until it is set to no cluster communication.
  await shell.tree.select('Networks', CLUSTER_HREF);
  const iscsiRow = shell.grid('Networks').getByRole('row').filter({ hasText: '172.30.100.0/24' });
  const iscsiName = (await iscsiRow.getByRole('gridcell').first().innerText()).trim();
  await view(page, 'networks', 'Failover Cluster Manager Networks');
  await expand(shell, 'Networks', CLUSTER_HREF);
  await shell.tree.select(iscsiName, `${CLUSTER_HREF}/networks`);
  await expect(page.getByTestId('iscsi-network-note')).toBeVisible();
  await shot(page, 'iscsi-network');
  await view(page, 'network', 'cluster network page');
  await shell.actions.run('Properties');
  const properties = page.getByRole('dialog', { name: `${iscsiName} Properties` });
  await expect(properties).toBeVisible();
  await view(page, 'network-properties', 'cluster network Properties');
  await properties.getByRole('radio', { name: 'Do not allow cluster network communication on this network' }).check({ force: true });
  await shot(page, 'network-properties');
  await properties.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(properties).toBeHidden();
  await expect(page.getByTestId('network-use')).toHaveText('Disabled');
  await expect(page.getByTestId('iscsi-network-note')).toBeHidden();

  // Enable Cluster Shared Volumes (its notice first), then Add storage.
  await shell.tree.select(CLUSTER.fqdn, '/failover-cluster');
  await expect(shell.treeRow('Cluster Shared Volumes', CLUSTER_HREF)).toHaveCount(0);
  await enableCsvAndAdd(page, shell, 'Cluster Disk 2', {
    notice: async () => {
      await shot(page, 'enable-csv');
      await view(page, 'enable-csv', 'Enable Cluster Shared Volumes notice');
    },
    addStorage: () => shot(page, 'add-storage'),
  });
  await shot(page, 'shared-volumes');

  // Evict Demo2 (after its confirmation): the engine logs 1011 on the node that stays.
  await shell.tree.select('Nodes', CLUSTER_HREF);
  await shell.row(nodes, `${CLUSTER.name}/Demo2`).click();
  await shell.actions.run('Evict', { section: 'Demo2' });
  const confirm = page.getByRole('alertdialog', { name: 'Please confirm action' });
  await expect(confirm).toContainText('evict the node Demo2 from the cluster Cluster1');
  await confirm.getByRole('button', { name: 'Evict', exact: true }).click();
  await expect(shell.row(nodes, `${CLUSTER.name}/Demo2`)).toHaveCount(0);

  // Cluster Events: the engine's FailoverClustering events on the cluster's nodes.
  const all = await lab.api('GET', '/api/v1/events');
  if (!all.ok) throw new Error(all.problem.detail);
  const expected = (all.value as { events: LabEvent[] }).events.filter((event) => event.source === 'Microsoft-Windows-FailoverClustering' && event.host === 'Demo1');
  expect(expected.map((event) => event.eventId)).toContain(1011);
  await shell.tree.select('Cluster Events', CLUSTER_HREF);
  await expect(page.getByTestId('cluster-event-count')).toContainText(`Number of events: ${expected.length}`);
  const newest = expected[expected.length - 1]!;
  await shell.row('Cluster Events', String(newest.seq)).click();
  await expect(page.getByTestId('event-message')).toHaveText(newest.message);
  await shot(page, 'events');
  await view(page, 'events', 'Failover Cluster Manager Cluster Events');
});
