// Hyper-V Manager over Cluster1 built through the API (e2e/cluster-lab.ts) with Hyper-V on both
// nodes and the VM LUN in Cluster Shared Volumes: the seed's step "create a virtual machine on one
// node, with every file of it on the shared storage" through the New Virtual Machine Wizard on
// Demo1 (a bad name refused at once, Location C:\ClusterStorage\Volume1, the disk beside it), then
// Start (Running with its uptime), Save, Start from Saved, Turn Off (confirmed) and Settings →
// memory. axe checks the list and each wizard page in both themes (e2e/axe.ts); E2E_SCREENS=1
// takes their pictures.
import type { Page } from '@playwright/test';
import { look } from './axe';
import { CLUSTER, buildCluster } from './cluster-lab';
import { apiOk, expect, test } from './fixtures';

const view = (page: Page, name: string, axe: string) => look(page, 'hyperv-', name, { axe });
const VM = 'VM1';
const CSV = 'C:\\ClusterStorage\\Volume1';

test('Hyper-V Manager: New Virtual Machine on the CSV, Start, Save, Turn Off, Settings', async ({ page, lab, shell, wizard }) => {
  test.setTimeout(process.env.E2E_SCREENS === '1' ? 180_000 : 60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/hyper-v');
  const overview = page.getByRole('main').getByRole('region', { name: 'Hyper-V Manager' });
  await expect(overview).toContainText('No server of this lab runs Hyper-V yet.');
  await expect(overview).toContainText('Add Roles → Hyper-V');
  await buildCluster(lab, ['Hyper-V']);
  // Seed step 14 through the API (its UI is failover-cluster.spec's): the VM LUN becomes Volume1.
  await apiOk(lab, 'PUT', `/api/v1/clusters/${CLUSTER.name}/properties`, { EnableSharedVolumes: 1 });
  await apiOk(lab, 'POST', `/api/v1/clusters/${CLUSTER.name}/shared-volumes`, { disk: 'Cluster Disk 2' });
  await expect(shell.treeRow('Demo1', '/hyper-v')).toBeVisible();
  await expect(shell.treeRow('Demo2', '/hyper-v')).toBeVisible();
  await view(page, 'overview', 'Hyper-V Manager');

  await shell.tree.select('Demo1', '/hyper-v');
  const list = shell.grid('Virtual Machines');
  await expect(list).toContainText('No virtual machines were found on this server.');
  await expect(page.getByRole('region', { name: 'Resources for virtual machines' })).toContainText('32 GB');

  await shell.actions.run('New → Virtual Machine…');
  await expect(wizard.title).toHaveText('Before You Begin');
  await view(page, 'wizard-before', 'New Virtual Machine: Before You Begin');
  await wizard.next('Specify Name and Location');
  await expect(wizard.input('name')).toHaveValue('New Virtual Machine');
  await wizard.fill({ name: 'VM:1' });
  await expect(wizard.field('name')).toContainText('The name cannot contain any of these characters');
  await wizard.fill({ name: VM, storeElsewhere: true });
  // Browse… picks the folder: the server's volumes with its cluster's CSVs under C:\ClusterStorage.
  await wizard.field('location').getByRole('button', { name: 'Browse… (Location)' }).click();
  const picker = page.getByRole('dialog', { name: 'Select Folder' });
  await picker.getByRole('treegrid', { name: 'Folders' }).locator(`[role="row"][data-key="${CSV.replace(/\\/g, '\\\\')}"]`).click();
  await view(page, 'wizard-select-folder', 'New Virtual Machine: Select Folder');
  await picker.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(picker).toBeHidden();
  await expect(wizard.input('location')).toHaveValue(CSV);
  await view(page, 'wizard-name', 'New Virtual Machine: Specify Name and Location');
  await wizard.next('Assign Memory');
  await expect(wizard.input('memoryMb')).toHaveValue('512');
  await expect(wizard.dialog).toContainText('from 8 MB through 30,720 MB');
  await view(page, 'wizard-memory', 'New Virtual Machine: Assign Memory');
  await wizard.next('Configure Networking');
  await view(page, 'wizard-network', 'New Virtual Machine: Configure Networking');
  await wizard.next('Connect Virtual Hard Disk');
  await expect(wizard.input('vhdName')).toHaveValue(`${VM}.vhd`);
  await expect(wizard.input('vhdLocation')).toHaveValue(`${CSV}\\${VM}`);
  await expect(wizard.input('vhdSizeGb')).toHaveValue('127');
  await view(page, 'wizard-disk', 'New Virtual Machine: Connect Virtual Hard Disk');
  await wizard.next('Installation Options');
  await view(page, 'wizard-install', 'New Virtual Machine: Installation Options');
  await wizard.next('Completing the New Virtual Machine Wizard');
  expect(await wizard.summary()).toEqual([
    `Name: ${VM}`,
    `Location: ${CSV}`,
    'Memory: 512 MB',
    'Connection: Not Connected',
    `Virtual hard disk: ${CSV}\\${VM}\\${VM}.vhd (127 GB)`,
    'Operating system: Will be installed at a later time',
  ]);
  await view(page, 'wizard-summary', 'New Virtual Machine: Completing');
  await wizard.finish();

  // Off, then Start: Running after the engine's start time, with its uptime counted.
  const row = shell.row('Virtual Machines', VM);
  await expect(row).toContainText('Off');
  await row.click();
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary).toContainText(`${CSV}\\${VM}\\${VM}.vhd`);
  await expect(shell.actions.button('Save')).toBeDisabled();
  await shell.actions.run('Start');
  await lab.clock.advance(5_000);
  await expect(row).toContainText('Running');
  await expect(row).toContainText('512 MB');
  await expect(row).toContainText('00:00:03');
  await view(page, 'list', 'Hyper-V Manager: Virtual Machines');

  // Save (the state file at the lab's rate), Start from Saved, then Turn Off… confirmed.
  await shell.actions.run('Save');
  await lab.clock.advance(5_000);
  await expect(row).toContainText('Saved');
  await shell.actions.run('Start');
  await lab.clock.advance(5_000);
  await expect(row).toContainText('Running');
  await shell.actions.run('Turn Off…');
  const confirm = page.getByRole('alertdialog', { name: 'Turn Off Machine' }).or(page.getByRole('dialog', { name: 'Turn Off Machine' }));
  await confirm.getByRole('button', { name: 'Turn Off', exact: true }).click();
  await expect(row).toContainText('Off');

  // Settings…: the memory, allowed now the machine is Off.
  await shell.actions.run('Settings…');
  const settings = page.getByRole('dialog', { name: `Settings for ${VM}` });
  await expect(settings).toBeVisible();
  await view(page, 'settings', 'Hyper-V Manager: Settings');
  await settings.locator('[data-field="memoryMb"] input').fill('1024');
  await settings.locator('[data-field="memoryMb"] input').press('Tab');
  await settings.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(settings).toBeHidden();
  await expect(summary).toContainText('1 GB');
});
