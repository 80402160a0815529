// The Virtual Machine Manager way to start a live migration (issue "The three ways to start"), over
// the ready lab (scenario seed-lab-ready: VM1 highly available, running on Demo1): All Hosts lists
// VM1 on Demo1; Migrate… opens the Migrate Virtual Machine Wizard (Select Virtual Machine, Select
// Host with the lab's ratings, Live, Summary → Move); Jobs follows the migration to Completed with
// its steps; VM1 is then on Demo2. axe checks each view and wizard page (e2e/axe.ts); E2E_SCREENS=1
// takes their pictures.
import type { Page } from '@playwright/test';
import { look } from './axe';
import { expect, test } from './fixtures';

const view = (page: Page, name: string, axe: string) => look(page, 'vmm-', name, { axe });
/** Far more than a 512 MB machine's live migration over 1 GbE takes (a few simulated seconds). */
const MIGRATION_BUDGET_MS = 120_000;

test('Virtual Machine Manager: Migrate… live-migrates VM1 from Demo1 to Demo2 and Jobs shows it Completed', async ({ page, lab, shell, wizard }) => {
  test.setTimeout(process.env.E2E_SCREENS === '1' ? 120_000 : 60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/vmm');
  await lab.reset({ scenario: 'seed-lab-ready' });
  await lab.clock.pause();

  await shell.tree.select('All Hosts', '/vmm');
  const vms = shell.grid('Virtual Machines');
  const vm1 = vms.locator('[role="row"][data-row-key]', { hasText: 'VM1' });
  await expect(vm1.getByRole('gridcell')).toHaveText(['VM1', 'Running', '', 'Demo1', 'Cluster1', '512 MB']);
  await view(page, 'vms', 'Virtual Machines');

  await vm1.click();
  await shell.actions.run('Migrate…');
  await expect(wizard.title).toHaveText('Select Virtual Machine');
  await expect(wizard.field('vmName')).toContainText('VM1');
  await view(page, 'wizard-vm', 'Migrate Virtual Machine Wizard: Select Virtual Machine');
  await wizard.next('Select Host');
  const demo2 = wizard.field('destination').locator('[role="row"][data-key="Demo2"]');
  await expect(demo2).toContainText('Live');
  await expect(demo2).toContainText('stays free on Demo2');
  await demo2.click();
  await view(page, 'wizard-host', 'Migrate Virtual Machine Wizard: Select Host');
  await wizard.next('Summary');
  expect(await wizard.summary()).toEqual(['Virtual machine: VM1', 'Current host: Demo1', 'Cluster: Cluster1', 'Transfer type: Live', 'Destination host: Demo2']);
  await view(page, 'wizard-summary', 'Migrate Virtual Machine Wizard: Summary');
  await wizard.dialog.getByRole('button', { name: 'Move' }).click();
  await expect(wizard.dialog).toBeHidden();

  // Move shows Jobs; the migration runs as the clock does.
  await expect(shell.resultsTitle).toHaveText('Jobs');
  const jobs = shell.grid('Jobs');
  const job = jobs.locator('[role="row"][data-row-key]').first();
  await expect(job).toContainText('VM1');
  await lab.clock.advance(MIGRATION_BUDGET_MS);
  await expect(job.getByRole('gridcell').nth(1)).toHaveText('Completed');
  await expect(job.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  await job.click();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toHaveAttribute('data-migration-state', 'Completed');
  await expect(details.getByRole('table', { name: 'Steps' }).locator('tbody tr')).toHaveCount(6);
  await expect(details).toContainText('the clients kept their connections');
  await expect(details.getByRole('img', { name: /Memory copy passes/ })).toBeVisible();
  await view(page, 'jobs', 'Jobs');

  await shell.tree.select('All Hosts', '/vmm');
  await expect(vm1.getByRole('gridcell')).toHaveText(['VM1', 'Running', 'Completed', 'Demo2', 'Cluster1', '512 MB']);
});
