// StarWind 8's own flow (issue 7): in a version 8 lab, Add Device (advanced) makes the image file
// HA1 on SWS-Store1, then Replication Manager → Add Replica gives it the partner HA1Partner on
// SWS-Store2; the initial synchronization brings both to Synchronized as the lab clock moves. The
// servers are added and logged in through the API (seed steps 2–3 are covered by starwind.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addStarWindServers, expect, test } from './fixtures';

const SW = '/starwind';
const STORE1 = 'SWS-Store1';
const STORE2 = 'SWS-Store2';
const SIZE_MB = 64;
/** 1 GbE sync: 125,000,000 bytes/s. */
const SYNC_BYTES_PER_S = 125_000_000;

/** With E2E_SCREENS=1, a picture of each new page goes to test-results/screens/v8-<name>.png. */
const SCREENS = process.env.E2E_SCREENS === '1';
async function shot(page: Page, name: string): Promise<void> {
  if (SCREENS) await page.screenshot({ path: `test-results/screens/v8-${name}.png` });
}

/** Serious and critical accessibility violations (as views.spec.ts checks the views). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
}

test('Add Device, then Replication Manager → Add Replica: HA1 and HA1Partner synchronized', async ({ page, lab, shell, wizard }) => {
  await lab.open('/starwind');
  await lab.reset({ options: { starwindVersion: 8 } });
  expect((await lab.info()).options).toMatchObject({ starwindVersion: 8 });
  await lab.clock.pause();
  await addStarWindServers(lab);

  // Add Device (advanced) on SWS-Store1: Hard Disk Device → Virtual disk → the image file.
  await shell.tree.select(STORE1, SW);
  await expect(shell.actions.button('Add Target')).toBeVisible();
  await shell.actions.run('Add Device (advanced)');
  await expect(wizard.title).toHaveText('Device Type');
  await shot(page, 'device-type');
  await wizard.next('Disk Type');
  await shot(page, 'disk-type');
  await wizard.next('Virtual Disk Location');
  await shot(page, 'virtual-disk-location');
  // The image file is chosen with Browse… over the server's volumes and folders.
  await expect(wizard.input('imagePath')).toHaveValue('My Computer\\D\\imagefile1.img');
  await wizard.browse('imagePath', 'My Computer\\D', 'HA1.img');
  await expect(wizard.input('imagePath')).toHaveValue('My Computer\\D\\HA1.img');
  await wizard.fill({ sizeUnit: 'MB', sizeAmount: SIZE_MB });
  await wizard.next('Virtual Disk Options');
  await shot(page, 'virtual-disk-options');
  await wizard.next('Device RAM Cache Parameters');
  await shot(page, 'device-ram-cache-parameters');
  await wizard.next('Target Parameters');
  await shot(page, 'target-parameters');
  await expect(wizard.input('targetAlias')).toHaveValue('HA1');
  await expect(wizard.input('targetName')).toHaveValue('iqn.2008-08.com.starwindsoftware:sws-store1-ha1');
  await wizard.next('Creation Page');
  await shot(page, 'add-device-creation-page');
  await wizard.dialog.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(wizard.title).toHaveText('Completing the Add Device Wizard');
  await shot(page, 'completing-the-add-device-wizard');
  await wizard.finish();
  await expect(shell.treeRow('HA1', SW)).toBeVisible();

  // Replication Manager on HA1: no replica yet; Add Replica.
  await shell.tree.select('HA1', SW);
  await shell.actions.run('Replication Manager');
  const manager = page.getByRole('dialog').filter({ has: page.locator('[data-dialog="starwind-replication-manager"]') });
  await expect(manager).toContainText('This device has no replicas.');
  await shot(page, 'replication-manager-empty');
  expect(await seriousViolations(page), 'Replication Manager').toEqual([]);
  await manager.getByRole('button', { name: 'Add Replica' }).click();

  await expect(wizard.title).toHaveText('Replication Mode');
  await shot(page, 'replication-mode');
  await expect(wizard.choice('replicationMode', 'two-way').locator('input')).toBeChecked();
  await wizard.next('Add Partner Node');
  await shot(page, 'add-partner-node');
  await expect(wizard.input('partnerPort')).toHaveValue('3261');
  await wizard.fill({ partnerAddress: STORE2 });
  await wizard.next('Failover Strategy');
  await shot(page, 'failover-strategy');
  await expect(wizard.choice('failoverStrategy', 'heartbeat').locator('input')).toBeChecked();
  await wizard.next('Partner Device Setup');
  await shot(page, 'partner-device-setup');
  await wizard.next('Partner Device Location');
  await shot(page, 'partner-device-location');
  await expect(wizard.input('partnerTargetAlias')).toHaveValue('HA1Partner');
  // The partner's image: the same folder and name by default, chosen with Browse… on SWS-Store2.
  await expect(wizard.input('partnerImagePath')).toHaveValue('My Computer\\D\\HA1.img');
  await wizard.browse('partnerImagePath', 'My Computer\\D', 'HA1.img');
  await wizard.next('Synchronization Journal Strategy');
  await shot(page, 'synchronization-journal-strategy');
  await wizard.next('Network Options for Replication');
  await shot(page, 'network-options-for-replication');
  await wizard.next('Node Priority');
  await shot(page, 'node-priority');
  await wizard.next('Initialization');
  await shot(page, 'initialization');
  await expect(wizard.choice('initMethod', 'sync-from-local').locator('input')).toBeChecked();
  await wizard.next('Creation Page');
  await shot(page, 'add-replica-creation-page');
  expect(await wizard.summary()).toContain('Host name or IP address: SWS-Store2');
  await wizard.dialog.getByRole('button', { name: 'Create Replica' }).click();
  await expect(wizard.title).toHaveText('Completing Add Replica');
  await shot(page, 'completing-add-replica');
  await wizard.finish();

  // The device is now the HA device HAImage1; the partner side synchronizes as the clock moves.
  await expect(shell.treeRow('HA1', SW).locator('[data-sync-badge]')).toBeVisible();
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toContainText(/Synchronizing/);
  await lab.clock.advance(Math.ceil((SIZE_MB * 1024 ** 2 * 1000) / SYNC_BYTES_PER_S) + 1000);
  await expect(shell.treeRow('HA1', SW).locator('[data-sync-badge]')).toHaveCount(0);
  await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Synchronized');
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronized');
  await expect(shell.treeRow('HAImage1', SW)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'HA1Partner', exact: true })).toBeVisible();
  await shot(page, 'device-synchronized');
  await shell.actions.run('Replication Manager');
  await expect(manager.locator('[data-replica] [data-replica-state]')).toHaveText('Synchronized');
  await expect(manager.getByRole('button', { name: 'Add Replica' })).toBeDisabled();
  await shot(page, 'replication-manager-partner');
  await manager.getByRole('button', { name: 'Close' }).click();
  await expect(manager).toBeHidden();
});

test('a version 5 lab (the seed\'s) offers Add Target, not Add Device (advanced)', async ({ lab, shell }) => {
  await lab.open('/starwind');
  await lab.reset({ options: { starwindVersion: 5 } });
  await addStarWindServers(lab);
  await shell.tree.select(STORE1, SW);
  await expect(shell.actions.button('Add Target')).toBeVisible();
  await expect(shell.actions.button('Add Device (advanced)')).toHaveCount(0);
});
