// Server Manager on Demo1 (seed document, "Setup The Failover Cluster Nodes"): the Add Features
// Wizard installs Failover Clustering and Multipath I/O; Multipath I/O is "Restart pending" until
// the restart the wizard offers completes in simulated time. Hyper-V is installed through the API
// first (the starting state), so the Roles node shows it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** With E2E_SCREENS=1, a picture of each page goes to test-results/screens/server-manager-<name>.png. */
const SCREENS = process.env.E2E_SCREENS === '1';
async function shot(page: Page, name: string): Promise<void> {
  if (SCREENS) await page.screenshot({ path: `test-results/screens/server-manager-${name}.png` });
}

const FEATURES_HREF = '/servers/Demo1/server-manager/features';

test('Add Features Wizard on Demo1: Failover Clustering now, Multipath I/O after the restart', async ({ page, lab, shell, wizard }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open(FEATURES_HREF);
  await lab.clock.pause();
  const hyperV = await lab.api('POST', '/api/v1/hosts/Demo1/features', { features: ['Hyper-V'] });
  expect(hyperV.ok).toBe(true);
  await expect(shell.resultsTitle).toHaveText('Features');
  await expect(page.getByTestId('restart-pending')).toBeVisible();

  await shell.actions.run('Add Features');
  await expect(wizard.title).toHaveText('Select Features');
  const rows = wizard.field('features');
  await rows.locator('[role="row"][data-key="Failover-Clustering"]').click();
  await rows.locator('[role="row"][data-key="Multipath-IO"]').click();
  await shot(page, 'select-features');
  await wizard.next('Confirm Installation Selections');
  await expect(wizard.dialog).toContainText('Failover Clustering, Multipath I/O');
  await shot(page, 'confirmation');
  await wizard.dialog.getByRole('button', { name: 'Install', exact: true }).click();
  await expect(wizard.title).toHaveText('Installation Progress');
  await shot(page, 'progress');
  await wizard.next('Installation Results');
  await expect(wizard.dialog.locator('[data-report-text]')).toContainText('Restart Pending: You must restart this server to finish the installation process.');
  await shot(page, 'results');
  await wizard.finish();

  const prompt = page.getByRole('alertdialog', { name: 'Add Features Wizard' });
  await expect(prompt).toContainText('Do you want to restart now?');
  await shot(page, 'restart-prompt');
  await prompt.getByRole('button', { name: 'Yes' }).click();

  const features = shell.grid('Features');
  await expect(features).toContainText('Failover Clustering');
  await expect(features.getByRole('row').filter({ hasText: 'Multipath I/O' })).toContainText('Restart pending');
  await expect.poll(async () => (await lab.api('GET', '/api/v1/hosts/Demo1')).ok && ((await lab.api('GET', '/api/v1/hosts/Demo1')) as { value: { powerState: string } }).value.powerState).toBe('stopping');

  // Shutdown (~30 s) and boot (~90 s), each ±20 %: 200 s of lab time is enough.
  await lab.clock.advance(200_000);
  await expect(features.getByRole('row').filter({ hasText: 'Multipath I/O' })).toContainText('Installed');
  await expect(page.getByTestId('restart-pending')).toBeHidden();
  await shot(page, 'features-installed');
  await shell.tree.select('Roles', '/servers/Demo1');
  await expect(shell.grid('Roles').getByRole('row').filter({ hasText: 'Hyper-V' })).toContainText('Installed');
  await shot(page, 'roles');
});
