// Every view in both themes, in one page load per console: axe finds no serious or critical
// violation (e2e/axe.ts). With E2E_SCREENS=1 a picture of each, at 1440 × 900 and at 1024 × 700,
// goes to test-results/screens for people to look at (@screens). Failover Cluster Manager's views
// and wizard pages are checked by failover-cluster.spec.ts and seed-cluster.spec.ts as their flows
// show them (no cluster is built here twice more).
import { look, SCREENS, type Check } from './axe';
import { addStarWindServers, createHa1, expect, test, walkAddTargetHa } from './fixtures';

test('@screens main views in both themes: axe finds no serious or critical violation', async ({ page, lab, shell, form }) => {
  // About twenty axe checks in two themes (the context menu's among them); pictures take longer.
  test.setTimeout(SCREENS ? 180_000 : 90_000);
  const view = (name: string, check?: Check) => look(page, '', name, check);
  await lab.open('/servers');
  await lab.clock.pause();
  await lab.api('POST', '/api/v1/hosts/Demo2/power', { action: 'shutdown' });
  await lab.clock.advance(10_000);
  await shell.row('Servers', 'SWS-Store1').click();
  await view('servers', { axe: 'Servers' });
  // A result row's context menu (right-click), open over the list.
  await shell.row('Servers', 'SWS-Store1').click({ button: 'right' });
  await expect(page.getByRole('menu', { name: 'SWS-Store1 actions' })).toBeVisible();
  await view('servers-context-menu', { axe: 'Servers with a context menu open' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  await shell.tree.select('Demo2');
  await expect(page.getByTestId('power-state')).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await view('server-stopping', { axe: 'server page' });
  await lab.clock.advance(60_000);
  await shell.tree.select('SWS-Store1');
  await shell.row('Network Connections', 'SWS-Store1/iSCSI').click();
  await view('server');
  await page.getByRole('tab', { name: 'Volumes' }).click();
  await view('server-volumes');

  await shell.tree.select('Networks');
  await expect(shell.grid('Networks').locator('[role="row"][data-row-key]')).toHaveCount(3);
  await view('networks', { axe: 'Networks' });
  await shell.tree.select('iSCSI');
  await view('network', { axe: 'a network' });

  await shell.tree.select('Event Viewer');
  await view('event-viewer', { axe: 'Event Viewer' });
  await shell.tree.select('System');
  await shell.grid('System events').locator('[role="row"][data-row-key]').first().click();
  await view('event-log', { axe: 'System log' });
  await shell.menu('View', 'Add/Remove Columns…');
  await view('columns-dialog', { axe: 'Add/Remove Columns dialog' });
  await page.getByRole('dialog', { name: 'Add/Remove Columns' }).getByRole('button', { name: 'Cancel' }).click();
  await shell.actions.run('Filter Current Log…');
  await form.fill({ levelInformation: true, host: 'Demo2' }, page.getByRole('dialog'));
  await view('event-filter-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await view('event-log-filtered');

  await shell.menu('File', 'New Lab…');
  await expect(page.getByRole('dialog', { name: 'New Lab' })).toBeVisible();
  await view('new-lab-dialog-empty', { axe: 'New Lab dialog' });
  await form.fill({ clusterNodes: 80 }, page.getByRole('dialog'));
  await view('new-lab-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await shell.tree.select('Demo1');
  await shell.actions.run('Turn Off', { section: 'Demo1' });
  await view('confirm-turn-off');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

  await shell.menu('View', 'Hide Action Pane');
  await view('no-action-pane');

  await shell.menu('Help', 'Getting Started');
  await view('getting-started', { axe: 'Getting Started' });
  await page.getByRole('button', { name: 'Show the steps beside the console' }).click();
  await view('seed-steps-pane', { axe: 'the seed document steps beside the console' });
});

test('@screens StarWind console and each Add Target page in both themes: axe finds no serious or critical violation', async ({ page, lab, shell, wizard }) => {
  // 36 accessibility checks, each about a second on a loaded machine; with pictures, 4 of each view.
  test.setTimeout(SCREENS ? 240_000 : 90_000);
  const view = (name: string, check?: Check) => look(page, 'starwind-', name, check);
  await lab.open('/starwind');
  await lab.clock.pause();
  await view('console-empty', { axe: 'StarWind console, no servers' });
  await shell.actions.run('Add Server');
  await view('add-server', { axe: 'Add Server dialog' });
  await page.getByRole('dialog', { name: 'Add Server' }).getByRole('button', { name: 'Cancel' }).click();

  await addStarWindServers(lab);
  await shell.tree.select('SWS-Store1', '/starwind');
  await view('server', { axe: 'server page with the default-credentials warning' });
  await shell.actions.run('Change Credentials…');
  await view('change-credentials', { axe: 'Change Credentials dialog' });
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await shell.actions.run('Add Target');
  let index = 0;
  await walkAddTargetHa(wizard, 'HA1', async (title) => {
    index += 1;
    await view(`wizard-${String(index).padStart(2, '0')}-${title.toLowerCase().replace(/\W+/g, '-')}`, { axe: `wizard page ${title}` });
  });
  await wizard.finish();
  await lab.clock.advance(60_000);
  await shell.tree.select('HA1', '/starwind');
  await expect(page.getByRole('progressbar')).toBeVisible();
  await view('device-synchronizing', { axe: 'device view while synchronizing' });
  await shell.actions.run('Remove Device');
  await view('remove-device-confirm');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await lab.clock.advance(200_000);
  await expect(page.getByTestId('sync-state-SWS-Store2')).toHaveText('Synchronized');
  await view('device-synchronized');
  await shell.tree.select('StarWind');
  await view('event-log', { axe: 'StarWind event log' });
});

test('@screens Server Manager views and the Add Roles Wizard in both themes: axe finds no serious or critical violation', async ({ page, lab, shell, wizard }) => {
  const view = (name: string, check?: Check) => look(page, 'server-manager-', name, check);
  await lab.open('/servers/SWS-DC/server-manager');
  await lab.clock.pause();
  await lab.api('POST', '/api/v1/hosts/SWS-DC/features', { features: ['Failover-Clustering', 'Multipath-IO'] });
  await expect(shell.grid('Roles')).toContainText('Active Directory Domain Services');
  await view('server-manager', { axe: 'Server Manager' });
  await shell.treeRow('Server Manager', '/servers/SWS-DC').dblclick();
  await shell.tree.select('Features', '/servers/SWS-DC');
  await expect(page.getByTestId('restart-pending')).toBeVisible();
  await view('features', { axe: 'Features' });
  await shell.tree.select('Roles', '/servers/SWS-DC');
  await view('roles', { axe: 'Roles' });
  await shell.actions.run('Add Roles');
  await expect(wizard.title).toHaveText('Before You Begin');
  await view('add-roles-before-you-begin', { axe: 'Add Roles Wizard' });
  await wizard.next('Select Server Roles');
  await view('add-roles-select');
  await wizard.cancel();
  await lab.open('/servers/SWS-DC/server-manager/storage/disk-management');
  await expect(page.getByRole('gridcell', { name: 'Disk 0, Basic, 40.00 GB, Online' })).toBeVisible();
  await view('disk-management', { axe: 'Disk Management' });
});

test('@screens iSCSI Initiator: the page, the first-open prompt and each tab of the Properties dialog in both themes: axe finds no serious or critical violation', async ({ page, lab, shell }) => {
  const view = (name: string, check?: Check) => look(page, 'iscsi-', name, check);
  await lab.open('/servers/Demo1/iscsi-initiator');
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await expect(shell.resultsTitle).toHaveText('iSCSI Initiator');
  await view('page', { axe: 'iSCSI Initiator page' });
  await shell.actions.run('iSCSI Initiator…');
  const prompt = page.getByRole('alertdialog');
  await expect(prompt).toContainText('The Microsoft iSCSI service is not running.');
  await view('service-prompt', { axe: 'iSCSI service prompt' });
  await prompt.getByRole('button', { name: 'Yes', exact: true }).click();
  await prompt.getByRole('button', { name: 'Yes', exact: true }).click();
  // The dialog opens once the service has started: only then can the initiator discover.
  const properties = page.getByRole('dialog', { name: 'iSCSI Initiator Properties — Demo1' });
  await expect(properties).toBeVisible();
  // The rest of the starting state through the API, so each tab has rows to show.
  expect((await lab.api('POST', '/api/v1/hosts/Demo1/iscsi/portals', { address: '172.30.100.21' })).ok).toBe(true);
  expect((await lab.api('POST', `/api/v1/hosts/Demo1/iscsi/targets/${encodeURIComponent('iqn.2008-08.com.starwindsoftware:sws-store1-ha1')}/connect`, { multipath: true, favorite: true })).ok).toBe(true);
  await expect(properties.getByRole('grid', { name: 'Discovered targets' })).toContainText('Connected');
  await view('targets', { axe: 'iSCSI Targets tab' });
  for (const [tab, name] of [
    ['Discovery', 'discovery'],
    ['Favorite Targets', 'favorites'],
    ['Volumes and Devices', 'volumes'],
    ['RADIUS', 'radius'],
    ['Configuration', 'configuration'],
  ] as const) {
    await properties.getByRole('tab', { name: tab, exact: true }).click();
    await view(name, { axe: `iSCSI ${tab} tab` });
  }
  await properties.getByRole('tab', { name: 'Targets', exact: true }).click();
  await properties.locator('[role="row"][data-row-key="iqn.2008-08.com.starwindsoftware:sws-store1-ha1"]').click();
  await properties.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('dialog', { name: 'Connect To Target' }).getByRole('button', { name: 'Advanced...' }).click();
  await expect(page.getByRole('dialog', { name: 'Advanced Settings' })).toBeVisible();
  await view('advanced', { axe: 'iSCSI Advanced Settings' });
});

test('@screens MPIO: the page, each tab of MPIO Properties and a disk Properties MPIO tab in both themes: axe finds no serious or critical violation', async ({ page, lab }) => {
  const view = (name: string, check?: Check) => look(page, 'mpio-', name, check);
  await lab.open('/servers/Demo1/mpio');
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  // Multipath I/O with its restart, then the claim with its restart, and both targets connected: one disk with two paths.
  await lab.api('POST', '/api/v1/hosts/Demo1/features', { features: ['Multipath-IO'] });
  await lab.api('POST', '/api/v1/hosts/Demo1/power', { action: 'restart' });
  await lab.clock.advance(200_000);
  await lab.api('PUT', '/api/v1/hosts/Demo1/iscsi', { startService: true });
  for (const address of ['172.30.100.21', '172.30.100.22']) await lab.api('POST', '/api/v1/hosts/Demo1/iscsi/portals', { address });
  for (const iqn of ['iqn.2008-08.com.starwindsoftware:sws-store1-ha1', 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner']) await lab.api('POST', `/api/v1/hosts/Demo1/iscsi/targets/${encodeURIComponent(iqn)}/connect`, { multipath: true, favorite: true });
  await lab.api('PUT', '/api/v1/hosts/Demo1/mpio', { iscsiClaimed: true });
  await lab.api('POST', '/api/v1/hosts/Demo1/power', { action: 'restart' });
  await lab.clock.advance(200_000);
  await expect(page.getByRole('list', { name: 'Disks of this server' }).getByRole('listitem')).toHaveCount(2);
  await view('page', { axe: 'MPIO page' });
  await page.getByRole('button', { name: 'MPIO…' }).first().click();
  const properties = page.getByRole('dialog', { name: 'MPIO Properties — Demo1' });
  await expect(properties.getByRole('grid', { name: 'Devices' })).toContainText('MSFT2005iSCSIBusType_0x9');
  await view('devices', { axe: 'MPIO Devices tab' });
  await properties.getByRole('tab', { name: 'Discover Multi-Paths', exact: true }).click();
  await view('discover', { axe: 'MPIO Discover Multi-Paths tab' });
  await properties.getByRole('tab', { name: 'DSM Install', exact: true }).click();
  await view('dsm', { axe: 'MPIO DSM Install tab' });
  await properties.getByRole('tab', { name: 'Configuration Snapshot', exact: true }).click();
  await view('snapshot', { axe: 'MPIO Configuration Snapshot tab' });
  await properties.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Disk 1 Properties' }).click();
  const disk = page.getByRole('dialog', { name: 'Disk 1 Device Properties — Demo1' });
  await disk.getByRole('tab', { name: 'MPIO', exact: true }).click();
  await expect(disk.getByRole('grid', { name: 'This device has the following paths:' }).locator('[role="row"][data-row-key]')).toHaveCount(2);
  await view('disk-mpio', { axe: 'Disk Properties MPIO tab' });
});
