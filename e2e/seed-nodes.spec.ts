// The middle of the seed document ("Setup The Failover Cluster Nodes", "Setup iSCSI Initiator",
// "Enable Multipath I/O", "Initialize The Disk") walked by its labels. Demo1 does every step in
// the console: Add Roles Wizard (Hyper-V), Add Features Wizard (Failover Clustering, Multipath
// I/O) with the restart, the iSCSI Initiator's service prompts, Discovery of both storage
// servers' iSCSI addresses, Connect with Enable multi-path for both targets, MPIO → Discover
// Multi-Paths → Add support for iSCSI devices → Add → reboot, then Disk Management: one disk,
// Online, Initialize Disk, New Simple Volume, Disk 1 → Properties → MPIO (Round Robin, two
// paths); pulling SWS-Store2's iSCSI cable leaves one path Failed and the disk in place.
// Demo2 takes the same steps through the routes the dialogs call (the same wizards twice would
// double the spec's browser time); its Disk Management is then checked in the console.
// HA1 / HA1Partner come from the fixture (the StarWind chapter has its own specs).
import type { Locator, Page } from '@playwright/test';
import { addStarWindServers, apiOk as ok, createHa1, expect, HA1_TARGETS as TARGETS, shotAtBothSizes, test, type Lab, type Shell, type Wizard } from './fixtures';

const DEMO1 = '/servers/Demo1';
const SERVER_MANAGER = `${DEMO1}/server-manager`;
/** The seed lab's iSCSI network: SWS-Store1 and SWS-Store2 (SEED_SERVERS in fixtures.ts). */
const PORTALS = ['172.30.100.21', '172.30.100.22'];
/** With E2E_SCREENS=1, each view at both sizes goes to test-results/screens/seed-nodes-<name>-<width>.png. */
const SCREENS = process.env.E2E_SCREENS === '1';
const shot = (page: Page, name: string) => shotAtBothSizes(page, 'seed-nodes', name);

/** Shutdown (~30 s) and boot (~90 s), each ±20 %: 200 s of lab time covers a restart. */
const RESTART_MS = 200_000;

async function expandNode(shell: Shell, label: string, under: string): Promise<void> {
  const row = shell.treeRow(label, under);
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.dblclick();
  await expect(row).toHaveAttribute('aria-expanded', 'true');
}

/** Demo2: the same steps through the routes the consoles' dialogs call (features, restart, iSCSI, MPIO claim, restart). */
async function prepareDemo2(lab: Lab): Promise<void> {
  const host = '/api/v1/hosts/Demo2';
  await ok(lab, 'POST', `${host}/features`, { features: ['Hyper-V', 'Failover-Clustering', 'Multipath-IO'] });
  await ok(lab, 'POST', `${host}/power`, { action: 'restart' });
  await lab.clock.advance(RESTART_MS);
  await ok(lab, 'PUT', `${host}/iscsi`, { startService: true });
  for (const address of PORTALS) await ok(lab, 'POST', `${host}/iscsi/portals`, { address });
  for (const iqn of TARGETS) await ok(lab, 'POST', `${host}/iscsi/targets/${encodeURIComponent(iqn)}/connect`, { multipath: true, favorite: true });
  await ok(lab, 'PUT', `${host}/mpio`, { iscsiClaimed: true });
  await ok(lab, 'POST', `${host}/power`, { action: 'restart' });
  await lab.clock.advance(RESTART_MS);
}

/** An Add Roles / Add Features wizard from Server Manager's node: tick the entries, Install, Finish, Yes to the restart. */
async function addWithWizard(page: Page, shell: Shell, wizard: Wizard, node: 'Roles' | 'Features', ids: string[]): Promise<void> {
  await shell.tree.select(node, SERVER_MANAGER);
  await shell.actions.run(node === 'Roles' ? 'Add Roles' : 'Add Features');
  if (node === 'Roles') {
    await expect(wizard.title).toHaveText('Before You Begin');
    await wizard.next('Select Server Roles');
  } else {
    await expect(wizard.title).toHaveText('Select Features');
  }
  for (const id of ids) await wizard.field('features').locator(`[role="row"][data-key="${id}"]`).click();
  await wizard.next('Confirm Installation Selections');
  await wizard.dialog.getByRole('button', { name: 'Install', exact: true }).click();
  await expect(wizard.title).toHaveText('Installation Progress');
  await wizard.next('Installation Results');
  await expect(wizard.dialog.locator('[data-report-text]')).toContainText('Restart Pending');
  await wizard.finish();
  const prompt = page.getByRole('alertdialog', { name: node === 'Roles' ? 'Add Roles Wizard' : 'Add Features Wizard' });
  await expect(prompt).toContainText('Do you want to restart now?');
  await prompt.getByRole('button', { name: 'Yes' }).click();
  await expect(prompt).toBeHidden();
}

/** Disk 1's Properties → MPIO tab, from its header's context menu in Disk Management. */
async function openDiskMpio(page: Page, header: Locator, host: string): Promise<Locator> {
  await header.click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Properties' }).click();
  const properties = page.getByRole('dialog', { name: `Disk 1 Device Properties — ${host}` });
  await properties.getByRole('tab', { name: 'MPIO', exact: true }).click();
  return properties;
}

test('seed document, the nodes: roles and features, iSCSI with multi-path, MPIO, one disk per LUN, a failed path', async ({ page, lab, shell, wizard }) => {
  // The whole walk's budget is 90 s of browser time on a loaded machine; the pictures add their own.
  test.setTimeout(SCREENS ? 240_000 : 90_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open(`${SERVER_MANAGER}/roles`);
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await prepareDemo2(lab);

  // "Setup The Failover Cluster Nodes": Hyper-V (Add Roles Wizard), then Failover Clustering and
  // Multipath I/O (Add Features Wizard); each wizard offers the restart.
  await addWithWizard(page, shell, wizard, 'Roles', ['Hyper-V']);
  await lab.clock.advance(RESTART_MS);
  await addWithWizard(page, shell, wizard, 'Features', ['Failover-Clustering', 'Multipath-IO']);
  await lab.clock.advance(RESTART_MS);
  const features = shell.grid('Features');
  for (const name of ['Failover Clustering', 'Multipath I/O']) await expect(features.getByRole('row').filter({ hasText: name })).toContainText('Installed');
  await shell.tree.select('Roles', SERVER_MANAGER);
  await expect(shell.grid('Roles').getByRole('row').filter({ hasText: 'Hyper-V' })).toContainText('Installed');

  // "Setup iSCSI Initiator" 1: Yes to starting the service, Yes to Windows Firewall.
  await shell.treeRow('iSCSI Initiator', DEMO1).dblclick();
  const prompt = page.getByRole('alertdialog');
  await expect(prompt).toContainText('The Microsoft iSCSI service is not running.');
  await prompt.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(prompt).toContainText('Windows Firewall');
  await prompt.getByRole('button', { name: 'Yes', exact: true }).click();
  const initiator = page.getByRole('dialog', { name: 'iSCSI Initiator Properties — Demo1' });

  // 2: Discovery → Discover Portal… with each storage server's iSCSI address.
  await initiator.getByRole('tab', { name: 'Discovery', exact: true }).click();
  for (const address of PORTALS) {
    await initiator.getByRole('button', { name: 'Discover Portal...' }).click();
    const discover = page.getByRole('dialog', { name: 'Discover Target Portal' });
    await discover.getByRole('textbox', { name: 'IP address or DNS name:' }).fill(address);
    await discover.getByRole('button', { name: 'OK' }).click();
    await expect(discover).toBeHidden();
    await expect(initiator.getByRole('grid', { name: 'Target portals' })).toContainText(address);
  }

  // 3: Targets → each target → Connect with Enable multi-path.
  await initiator.getByRole('tab', { name: 'Targets', exact: true }).click();
  const discovered = initiator.getByRole('grid', { name: 'Discovered targets' });
  for (const iqn of TARGETS) {
    const row = discovered.locator(`[role="row"][data-row-key="${iqn}"]`);
    await expect(row).toContainText('Inactive');
    await row.click();
    await initiator.getByRole('button', { name: 'Connect', exact: true }).click();
    const connect = page.getByRole('dialog', { name: 'Connect To Target' });
    await expect(connect.getByRole('checkbox', { name: 'Add this connection to the list of Favorite Targets.' })).toBeChecked();
    await connect.getByRole('checkbox', { name: 'Enable multi-path' }).check({ force: true });
    await connect.getByRole('button', { name: 'OK' }).click();
    await expect(connect).toBeHidden();
    await expect(row).toContainText('Connected');
  }
  await shot(page, 'iscsi-targets');
  // The other tabs, for the pictures (the seed's steps do nothing there).
  if (SCREENS) {
    for (const tab of ['Discovery', 'Favorite Targets', 'Volumes and Devices', 'RADIUS', 'Configuration']) {
      await initiator.getByRole('tab', { name: tab, exact: true }).click();
      await shot(page, `iscsi-${tab.toLowerCase().replace(/ /g, '-')}`);
    }
  }
  await initiator.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(initiator).toBeHidden();

  // "Enable Multipath I/O": MPIO → Discover Multi-Paths → Add support for iSCSI devices → Add → reboot.
  await shell.tree.select('MPIO', DEMO1);
  // Before the claim the LUN is one disk per path (the system disk and two).
  await expect(page.getByRole('list', { name: 'Disks of this server' }).getByRole('listitem')).toHaveCount(3);
  await shell.treeRow('MPIO', DEMO1).dblclick();
  const mpio = page.getByRole('dialog', { name: 'MPIO Properties — Demo1' });
  await mpio.getByRole('tab', { name: 'Discover Multi-Paths', exact: true }).click();
  await mpio.getByRole('checkbox', { name: 'Add support for iSCSI devices' }).check({ force: true });
  await mpio.getByRole('button', { name: 'Add', exact: true }).click();
  const reboot = page.getByRole('alertdialog', { name: 'Reboot Required' });
  await reboot.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(mpio).toBeHidden();
  await lab.clock.advance(RESTART_MS);

  // "Initialize The Disk" 1: Server Manager → Storage → Disk Management shows one disk for HA1.
  await expandNode(shell, 'Storage', SERVER_MANAGER);
  await shell.tree.select('Disk Management', SERVER_MANAGER);
  const disks = shell.grid('Disks');
  await expect(disks.getByRole('row')).toHaveCount(2);
  const header = disks.getByRole('gridcell', { name: /^Disk 1, / });
  await expect(header).toHaveAccessibleName(/^Disk 1, Unknown, 1\.00 GB, Offline/);
  await header.click({ button: 'right' });
  const menu = page.getByRole('menu');
  await menu.getByRole('menuitem', { name: 'Online' }).click();
  await expect(header).toHaveAccessibleName('Disk 1, Unknown, 1.00 GB, Not Initialized');
  await header.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Initialize Disk' }).click();
  const initialize = page.getByRole('dialog', { name: 'Initialize Disk' });
  await initialize.getByRole('button', { name: 'OK' }).click();
  await expect(header).toHaveAccessibleName('Disk 1, Basic, 1.00 GB, Online');
  await disks.getByRole('gridcell', { name: 'Disk 1: 1.00 GB, Unallocated' }).click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'New Simple Volume...' }).click();
  await expect(wizard.title).toHaveText('Welcome to the New Simple Volume Wizard');
  await wizard.next('Specify Volume Size');
  await wizard.next('Assign Drive Letter or Path');
  await wizard.next('Format Partition');
  await wizard.fill({ label: 'Quorum' });
  await wizard.next('Completing the New Simple Volume Wizard');
  await wizard.finish();
  const volume = disks.getByRole('gridcell', { name: 'Disk 1: Quorum (D:), 1.00 GB NTFS, Healthy (Primary Partition)' });
  await expect(volume).toBeVisible();
  await shot(page, 'disk-management');

  // 2: Disk 1 → Properties → MPIO: Round Robin over two paths, both in use.
  let properties = await openDiskMpio(page, header, 'Demo1');
  await expect(properties.locator('[data-field="policy"] button')).toContainText('Round Robin');
  let paths = properties.getByRole('grid', { name: 'This device has the following paths:' });
  await expect(paths.locator('[role="row"][data-row-key]')).toHaveCount(2);
  await expect(paths.getByRole('row').filter({ hasText: 'Active/Optimized' })).toHaveCount(2);
  await shot(page, 'disk-mpio');
  await properties.getByRole('button', { name: 'OK' }).click();
  await expect(properties).toBeHidden();

  // Demo2 (prepared through the routes): its Disk Management also shows one disk for the LUN.
  await expandNode(shell, 'Demo2', '/servers');
  await expandNode(shell, 'Server Manager', '/servers/Demo2');
  await expandNode(shell, 'Storage', '/servers/Demo2/server-manager');
  await shell.tree.select('Disk Management', '/servers/Demo2/server-manager');
  await expect(shell.grid('Disks').getByRole('row')).toHaveCount(2);
  const demo2Header = shell.grid('Disks').getByRole('gridcell', { name: /^Disk 1, / });
  await expect(demo2Header).toHaveAccessibleName(/^Disk 1, Unknown, 1\.00 GB, Offline/);
  properties = await openDiskMpio(page, demo2Header, 'Demo2');
  await expect(properties.locator('[data-field="policy"] button')).toContainText('Round Robin');
  await expect(properties.getByRole('grid', { name: 'This device has the following paths:' }).getByRole('row').filter({ hasText: 'Active/Optimized' })).toHaveCount(2);
  await properties.getByRole('button', { name: 'OK' }).click();
  await expect(properties).toBeHidden();

  // Pull SWS-Store2's iSCSI cable (its server page, Network Connections): Demo1's path to it fails.
  await shell.tree.select('SWS-Store2', '/servers');
  const nic = shell.row('Network Connections', 'SWS-Store2/iSCSI');
  await nic.click();
  await shell.actions.run('Unplug Cable', { section: 'iSCSI' });
  await expect(nic.getByRole('gridcell').nth(3)).toHaveText('Network cable unplugged');
  await lab.clock.advance(30_000);

  await shell.tree.select('Disk Management', SERVER_MANAGER);
  await expect(volume).toBeVisible();
  properties = await openDiskMpio(page, header, 'Demo1');
  paths = properties.getByRole('grid', { name: 'This device has the following paths:' });
  await expect(paths.locator('[role="row"][data-row-key]')).toHaveCount(2);
  await expect(paths.getByRole('row').filter({ hasText: 'Failed' })).toHaveCount(1);
  await expect(paths.getByRole('row').filter({ hasText: 'Active/Optimized' })).toHaveCount(1);
  await shot(page, 'disk-mpio-failed');
  await properties.getByRole('button', { name: 'OK' }).click();
});
