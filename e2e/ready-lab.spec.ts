// File → New Lab… with the scenario seed-lab-ready: more nodes than the OS version clusters is
// refused in the dialog, naming the field and the limit; then a 4-node ready lab opens with the
// seed document done: Cluster1 with every node Up, its CSV Online, and VM1 running on Demo1.
import { look } from './axe';
import { expect, test } from './fixtures';

test('New Lab: the ready lab, refused beyond the version\'s cluster limit, then built', async ({ page, lab, shell, form }) => {
  await lab.open('/servers');
  await shell.menu('File', 'New Lab…');
  const dialog = page.getByRole('dialog', { name: 'New Lab' });
  await form.fill({ scenario: 'seed-lab-ready', clusterNodes: 17 }, dialog);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog.getByText('Cluster nodes must be at most 16 for scenario seed-lab-ready: a Windows Server 2008 R2 Enterprise failover cluster holds at most 16 nodes, not 17.')).toBeVisible();
  await look(page, '', 'new-lab-ready-refused', { axe: 'New Lab dialog with the ready scenario refused' });
  await form.fill({ clusterNodes: 4 }, dialog);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toBeHidden();
  await lab.clock.pause();

  await lab.open('/failover-cluster/Cluster1/nodes');
  const nodes = shell.grid('Nodes').locator('[role="row"][data-row-key]');
  await expect(nodes).toHaveCount(4);
  for (let node = 1; node <= 4; node++) await expect(nodes.filter({ hasText: `Demo${node}` })).toContainText('Up');
  await look(page, '', 'ready-lab-nodes');

  await lab.open('/failover-cluster/Cluster1/shared-volumes');
  await expect(page.locator('[role="row"][data-row-key]').filter({ hasText: 'Cluster Disk 2' })).toContainText('Online');
  await look(page, '', 'ready-lab-shared-volumes');
  // VM1 as Hyper-V reports it (Hyper-V Manager's view has its own spec).
  const vms = await lab.api('GET', '/api/v1/hosts/Demo1/vms');
  expect(vms.ok && (vms.value as { vms: { name: string; state: string }[] }).vms.map((vm) => [vm.name, vm.state])).toEqual([['VM1', 'Running']]);
});
