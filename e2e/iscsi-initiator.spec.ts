// The iSCSI Initiator on Demo1 (seed document, "Setup iSCSI Initiator"): the first open starts the
// service (Yes to both prompts), Discovery adds SWS-Store1's iSCSI address, the Targets tab lists
// HA1 Inactive, Connect with Enable multi-path logs on. Starting state through the API: both
// StarWind servers in the console and the HA device HA1 / HA1Partner.
import type { Page } from '@playwright/test';
import { addStarWindServers, createHa1, expect, test } from './fixtures';

/** With E2E_SCREENS=1, a picture of each tab goes to test-results/screens/iscsi-<name>.png. */
const SCREENS = process.env.E2E_SCREENS === '1';
async function shot(page: Page, name: string): Promise<void> {
  if (SCREENS) await page.screenshot({ path: `test-results/screens/iscsi-${name}.png` });
}

const HA1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';

test('iSCSI Initiator on Demo1: start the service, discover SWS-Store1, connect HA1 with multi-path', async ({ page, lab, shell }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/servers/Demo1/iscsi-initiator');
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await expect(shell.resultsTitle).toHaveText('iSCSI Initiator');
  await shot(page, 'page');

  // The node's default action: a double-click opens iSCSI Initiator Properties (the actions pane lists it too).
  await expect(shell.actions.button('iSCSI Initiator…')).toBeVisible();
  await shell.treeRow('iSCSI Initiator', '/servers/Demo1').dblclick();
  const prompt = page.getByRole('alertdialog');
  await expect(prompt).toContainText('The Microsoft iSCSI service is not running.');
  await prompt.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(prompt).toContainText('Windows Firewall');
  await prompt.getByRole('button', { name: 'Yes', exact: true }).click();

  const properties = page.getByRole('dialog', { name: 'iSCSI Initiator Properties — Demo1' });
  await expect(properties).toBeVisible();
  await properties.getByRole('tab', { name: 'Discovery', exact: true }).click();
  await properties.getByRole('button', { name: 'Discover Portal...' }).click();
  const discover = page.getByRole('dialog', { name: 'Discover Target Portal' });
  await expect(discover.getByRole('textbox', { name: 'Port: (Default is 3260.)' })).toHaveValue('3260');
  await discover.getByRole('textbox', { name: 'IP address or DNS name:' }).fill('172.30.100.21');
  await discover.getByRole('button', { name: 'OK' }).click();
  await expect(discover).toBeHidden();
  await expect(properties.getByRole('grid', { name: 'Target portals' })).toContainText('172.30.100.21');
  await shot(page, 'discovery');

  await properties.getByRole('tab', { name: 'Targets', exact: true }).click();
  const targets = properties.getByRole('grid', { name: 'Discovered targets' });
  const row = targets.locator(`[role="row"][data-row-key="${HA1}"]`);
  await expect(row).toContainText('Inactive');
  await row.click();
  await properties.getByRole('button', { name: 'Connect', exact: true }).click();
  const connect = page.getByRole('dialog', { name: 'Connect To Target' });
  await expect(connect.getByRole('checkbox', { name: 'Add this connection to the list of Favorite Targets.' })).toBeChecked();
  const multipath = connect.getByRole('checkbox', { name: 'Enable multi-path' });
  await expect(multipath).not.toBeChecked();
  await multipath.check({ force: true });
  await connect.getByRole('button', { name: 'OK' }).click();
  await expect(connect).toBeHidden();
  await expect(row).toContainText('Connected');
  await shot(page, 'targets');

  // Volumes and Devices: the disk of HA1 (given volume E: through the disks route) is listed, and
  // Auto Configure binds its volume into the Volume List the lab keeps.
  await lab.api('PUT', '/api/v1/hosts/Demo1/disks/1', { online: true, partitionStyle: 'MBR', volume: { driveLetter: 'E', label: 'Quorum' } });
  await properties.getByRole('tab', { name: 'Volumes and Devices', exact: true }).click();
  await expect(properties.getByRole('grid', { name: 'Devices of connected targets' })).toContainText('Port 2: Bus 0: Target 0: LUN 0');
  await properties.getByRole('button', { name: 'Auto Configure' }).click();
  await expect(properties.getByRole('grid', { name: 'Volume List' })).toContainText('E:\\');
  await shot(page, 'volumes');

  // RADIUS: a server added through the lab, listed with its port.
  await properties.getByRole('tab', { name: 'RADIUS', exact: true }).click();
  await properties.getByRole('button', { name: 'Add...' }).click();
  const radius = page.getByRole('dialog', { name: 'Add RADIUS Server' });
  await radius.getByRole('textbox', { name: 'RADIUS server name or IP address:' }).fill('10.10.10.5');
  await radius.getByLabel('RADIUS shared secret:').fill('radius-shared');
  await radius.getByRole('button', { name: 'OK' }).click();
  await expect(radius).toBeHidden();
  await expect(properties.getByRole('grid', { name: 'RADIUS servers' })).toContainText('1812');
  await shot(page, 'radius');
});
