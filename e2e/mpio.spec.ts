// MPIO on Demo1 (seed document, "Enable Multipath I/O" and "Initialize The Disk" step 2). Starting
// state through the API: both StarWind servers, HA1 / HA1Partner, Multipath I/O installed (with its
// restart), the iSCSI service started and both targets connected with multi-path (one disk per
// path). Then in the console: MPIO → Discover Multi-Paths → Add support for iSCSI devices → Add →
// Yes to the reboot; after the boot the disk's Properties → MPIO tab shows Round Robin, two paths.
import type { Page } from '@playwright/test';
import { addStarWindServers, apiOk as ok, createHa1, expect, HA1_TARGETS as TARGETS, shotAtBothSizes, test, type Lab } from './fixtures';

const shot = (page: Page, name: string) => shotAtBothSizes(page, 'mpio', name);

/** Shutdown (~30 s) and boot (~90 s), each ±20 %: 200 s of lab time is enough. */
async function restartDemo1(lab: Lab): Promise<void> {
  await ok(lab, 'POST', '/api/v1/hosts/Demo1/power', { action: 'restart' });
  await lab.clock.advance(200_000);
}

test('MPIO on Demo1: Add support for iSCSI devices, reboot, the disk is one with two paths under Round Robin', async ({ page, lab, shell }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/servers/Demo1/mpio');
  await lab.clock.pause();
  await expect(page.getByTestId('mpio-not-installed')).toBeVisible();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await ok(lab, 'POST', '/api/v1/hosts/Demo1/features', { features: ['Multipath-IO'] });
  await restartDemo1(lab);
  await ok(lab, 'PUT', '/api/v1/hosts/Demo1/iscsi', { startService: true });
  for (const address of ['172.30.100.21', '172.30.100.22']) await ok(lab, 'POST', '/api/v1/hosts/Demo1/iscsi/portals', { address });
  for (const iqn of TARGETS) await ok(lab, 'POST', `/api/v1/hosts/Demo1/iscsi/targets/${encodeURIComponent(iqn)}/connect`, { multipath: true, favorite: true });

  await expect(shell.resultsTitle).toHaveText('MPIO');
  const disks = page.getByRole('list', { name: 'Disks of this server' });
  // Before the claim: one disk per path.
  await expect(disks.getByRole('listitem')).toHaveCount(3);
  await shot(page, 'page');

  await shell.treeRow('MPIO', '/servers/Demo1').dblclick();
  const properties = page.getByRole('dialog', { name: 'MPIO Properties — Demo1' });
  await expect(properties.getByRole('grid', { name: 'Devices' })).toBeVisible();
  await shot(page, 'devices');
  await properties.getByRole('tab', { name: 'DSM Install', exact: true }).click();
  await properties.getByRole('button', { name: 'Install', exact: true }).click();
  await expect(properties).toContainText('Enter the path of the DSM INF file.');
  await expect(properties.getByRole('grid', { name: 'Installed DSMs' })).toContainText('Microsoft DSM');
  await shot(page, 'dsm');
  await properties.getByRole('tab', { name: 'Configuration Snapshot', exact: true }).click();
  const download = page.waitForEvent('download');
  await properties.getByRole('button', { name: 'Capture', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('MPIO_Configuration.txt');
  await expect(properties.getByTestId('mpio-snapshot')).toContainText('MPIO Storage Snapshot on Demo1');
  await shot(page, 'snapshot');

  await properties.getByRole('tab', { name: 'Discover Multi-Paths', exact: true }).click();
  await properties.getByRole('checkbox', { name: 'Add support for iSCSI devices' }).check({ force: true });
  await shot(page, 'discover');
  await properties.getByRole('button', { name: 'Add', exact: true }).click();
  const prompt = page.getByRole('alertdialog', { name: 'Reboot Required' });
  await expect(prompt).toContainText('reboot');
  await shot(page, 'reboot-prompt');
  await prompt.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(properties).toBeHidden();
  await lab.clock.advance(200_000);

  // After the boot the favorites log on again and MPIO claims the LUN: one disk, two paths.
  await expect(disks.getByRole('listitem')).toHaveCount(2);
  await expect(disks).toContainText('2 paths, Round Robin');
  await page.getByRole('button', { name: 'Disk 1 Properties' }).click();
  const disk = page.getByRole('dialog', { name: 'Disk 1 Device Properties — Demo1' });
  await expect(disk).toContainText('Basic, iSCSI');
  await shot(page, 'disk-general');
  await disk.getByRole('tab', { name: 'MPIO', exact: true }).click();
  await expect(disk.locator('[data-field="policy"] button')).toContainText('Round Robin');
  const paths = disk.getByRole('grid', { name: 'This device has the following paths:' });
  await expect(paths.locator('[role="row"][data-row-key]')).toHaveCount(2);
  await expect(paths.getByRole('row').filter({ hasText: 'Active/Optimized' })).toHaveCount(2);
  await shot(page, 'disk-mpio');
  await disk.getByRole('tab', { name: 'Volumes', exact: true }).click();
  await shot(page, 'disk-volumes');
});
