// Disk Management on Demo1 (seed document, "Initialize The Disk"): after MPIO has claimed the HA
// LUN and the node restarted, Server Manager → Storage → Disk Management shows one disk for HA1
// (Offline through the SAN policy); Online, Initialize Disk (MBR) and New Simple Volume through its
// context menus (mouse and keyboard), then the volume is Healthy in both lists; Test I/O… then
// writes 1000 blocks as a job, spread over both paths. Starting state
// through the API: HA1 / HA1Partner, Multipath I/O, both targets connected with multi-path, the claim.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addStarWindServers, createHa1, expect, test, type Lab } from './fixtures';

const SCREENS = process.env.E2E_SCREENS === '1';
async function shot(page: Page, name: string): Promise<void> {
  if (!SCREENS) return;
  for (const size of [{ width: 1440, height: 900 }, { width: 1024, height: 700 }]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screens/${size.width === 1440 ? '' : '1024/'}disk-management-${name}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const DEMO1 = '/api/v1/hosts/Demo1';
const TARGETS = ['iqn.2008-08.com.starwindsoftware:sws-store1-ha1', 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner'];

async function ok(lab: Lab, method: string, path: string, body?: unknown): Promise<void> {
  const result = await lab.api(method, path, body);
  if (!result.ok) throw new Error(`${method} ${path}: ${result.problem.detail}`);
}

async function restartDemo1(lab: Lab): Promise<void> {
  await ok(lab, 'POST', `${DEMO1}/power`, { action: 'restart' });
  await lab.clock.advance(300_000);
}

/** The seed's order: connect both targets with multi-path, claim iSCSI devices, restart: one disk per LUN. */
export async function claimedHa1OnDemo1(lab: Lab): Promise<void> {
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await ok(lab, 'POST', `${DEMO1}/features`, { features: ['Multipath-IO'] });
  await restartDemo1(lab);
  await ok(lab, 'PUT', `${DEMO1}/iscsi`, { startService: true });
  await ok(lab, 'POST', `${DEMO1}/iscsi/portals`, { address: '172.30.100.21' });
  await ok(lab, 'POST', `${DEMO1}/iscsi/portals`, { address: '172.30.100.22' });
  for (const iqn of TARGETS) await ok(lab, 'POST', `${DEMO1}/iscsi/targets/${encodeURIComponent(iqn)}/connect`, { multipath: true, favorite: true });
  await ok(lab, 'PUT', `${DEMO1}/mpio`, { iscsiClaimed: true });
  await restartDemo1(lab);
}

test('Disk Management on Demo1: one disk for HA1, Online, Initialize Disk (MBR), New Simple Volume', async ({ page, lab, shell, wizard }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/servers/Demo1/server-manager/storage/disk-management');
  await lab.clock.pause();
  await claimedHa1OnDemo1(lab);
  await expect(shell.resultsTitle).toHaveText('Disk Management');
  await expect(shell.treeRow('Storage', '/servers/Demo1/server-manager')).toBeVisible();

  const disks = page.getByRole('grid', { name: 'Disks', exact: true });
  await expect(disks.getByRole('row')).toHaveCount(2);
  const header = disks.getByRole('gridcell', { name: /^Disk 1, / });
  await expect(header).toHaveAccessibleName('Disk 1, Unknown, 1.00 GB, Offline, The disk is offline because of policy set by an administrator');
  await shot(page, 'offline');

  // Right-click Disk 1 → Online (only the verbs of its state are listed).
  await header.click({ button: 'right' });
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Online', 'Properties']);
  await menu.getByRole('menuitem', { name: 'Online' }).click();
  await expect(header).toHaveAccessibleName('Disk 1, Unknown, 1.00 GB, Not Initialized');

  // The keyboard's way: Shift+F10 on the focused header → Initialize Disk.
  await header.focus();
  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitem')).toHaveText(['Offline', 'Initialize Disk', 'Properties', 'Test I/O…']);
  await menu.getByRole('menuitem', { name: 'Initialize Disk' }).click();
  const initialize = page.getByRole('dialog', { name: 'Initialize Disk' });
  await expect(initialize.locator('[role="row"][data-key="1"]')).toHaveAttribute('aria-selected', 'true');
  await expect(initialize.locator('input[type="radio"][value="MBR"]')).toBeChecked();
  await shot(page, 'initialize');
  await initialize.getByRole('button', { name: 'OK' }).click();
  await expect(initialize).toBeHidden();
  await expect(header).toHaveAccessibleName('Disk 1, Basic, 1.00 GB, Online');

  // Right-click the unallocated space → New Simple Volume...
  const unallocated = disks.getByRole('gridcell', { name: 'Disk 1: 1.00 GB, Unallocated' });
  await unallocated.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'New Simple Volume...' }).click();
  await expect(wizard.title).toHaveText('Welcome to the New Simple Volume Wizard');
  await wizard.next('Specify Volume Size');
  await expect(wizard.input('sizeMb')).toHaveValue('1024');
  await wizard.next('Assign Drive Letter or Path');
  // The first free letter: C is the system's, and the lab's servers have no CD-ROM drive at D.
  await expect(wizard.field('driveLetter')).toContainText('D');
  await wizard.next('Format Partition');
  await wizard.fill({ label: 'Quorum' });
  await shot(page, 'format');
  await wizard.next('Completing the New Simple Volume Wizard');
  await wizard.finish();

  await expect(disks.getByRole('gridcell', { name: 'Disk 1: Quorum (D:), 1.00 GB NTFS, Healthy (Primary Partition)' })).toBeVisible();
  await expect(shell.grid('Volumes')).toContainText('(D:) Quorum');
  await expect(shell.grid('Volumes')).toContainText('Healthy (Primary Partition)');
  await shot(page, 'volume');

  // "right click on Disk 1 in the Disk Management console and click on Properties".
  await header.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Properties' }).click();
  const properties = page.getByRole('dialog', { name: 'Disk 1 Device Properties — Demo1' });
  await expect(properties).toContainText('Multi-Path Disk Device (2 paths)');
  await properties.getByRole('button', { name: 'OK' }).click();
  await expect(properties).toBeHidden();

  // Test I/O… (the I/O generator, as DiskSpd): 1000 sequential 64 KiB writes, a job while the clock
  // is paused; the lab's clock ends it, and Round Robin spread it over both paths.
  await header.click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Test I/O…' }).click();
  const io = page.getByRole('dialog', { name: 'Test I/O — Disk 1 on Demo1' });
  await io.locator('[data-field="op"]').getByText('Write', { exact: true }).click();
  await io.locator('[data-field="count"] input').fill('1000');
  await io.getByRole('button', { name: 'Start' }).click();
  await expect(io.getByRole('status')).toHaveText('Running');
  await lab.clock.advance(10_000);
  await expect(io.getByRole('status')).toHaveText('Succeeded');
  const result = io.getByRole('region', { name: 'Result' });
  await expect(result).toContainText('Acknowledged:1,000');
  await expect(result.getByRole('table', { name: 'Per-path I/O' }).getByRole('row')).toHaveCount(3);
  const violations = (await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).analyze()).violations;
  expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  await shot(page, 'test-io');
  await io.getByRole('button', { name: 'Close' }).click();
  await expect(io).toBeHidden();
});
