// Failover Cluster Manager's way to start a migration (issue 13), over the ready lab (scenario
// seed-lab-ready: VM1 highly available, running on Demo1): on VM1's page, Live migrate virtual
// machine to another node → "1 - Live migrate to node Demo2"; the page's migration picture shows the
// six steps, the passes (the chart's bytes are GET /migrations/{id}'s passes) and the result; VM1 is
// owned by Demo2. Then Move virtual machine(s) to another node → "1 - Move to node Demo1": the
// picture shows the quick migration's three phases and its offline time. axe on the role view with
// the picture and on the dialog (e2e/axe.ts); E2E_SCREENS=1 takes their pictures.
import type { Page } from '@playwright/test';
import { look } from './axe';
import { expect, test } from './fixtures';

const view = (page: Page, name: string, axe: string) => look(page, 'fcm-migration-', name, { axe });
/** Far more than a 512 MB machine's live or quick migration takes (seconds to tens of simulated seconds). */
const MIGRATION_BUDGET_MS = 120_000;

type Pass = { bytesSent: number; bytesDirtied: number };

test('Failover Cluster Manager: Live migrate VM1 to Demo2 with its picture, then Move it back to Demo1 by quick migration', async ({ page, lab, shell }) => {
  test.setTimeout(process.env.E2E_SCREENS === '1' ? 120_000 : 30_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/failover-cluster');
  await lab.reset({ scenario: 'seed-lab-ready' });
  await lab.clock.pause();
  await lab.open('/failover-cluster/Cluster1/services/VM1');
  await lab.clock.pause();
  await expect(page.getByTestId('role-owner')).toHaveText('Demo1');
  await expect(page.getByTestId('role-state')).toHaveText('Online');

  await shell.actions.run('Live migrate virtual machine to another node');
  const live = page.getByRole('dialog', { name: 'Live migrate virtual machine to another node' });
  await expect(live.locator('label').filter({ hasText: 'Best possible node' })).toBeVisible();
  await live.locator('label').filter({ hasText: '1 - Live migrate to node Demo2' }).click();
  await view(page, 'live-dialog', 'Live migrate virtual machine to another node');
  await live.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(live).toBeHidden();

  const picture = page.getByRole('region', { name: 'Live migration of VM1' });
  await expect(picture).toBeVisible();
  await lab.clock.advance(MIGRATION_BUDGET_MS);
  await expect(picture).toHaveAttribute('data-migration-state', 'Completed');
  await expect(page.getByTestId('role-owner')).toHaveText('Demo2');
  await expect(picture.getByRole('table', { name: 'Steps' }).locator('tbody tr[data-phase-state="Completed"]')).toHaveCount(6);
  await expect(page.getByTestId('migration-result')).toContainText('kept their connections');

  // The chart's bars are the engine's passes.
  const id = await picture.getAttribute('data-migration');
  const record = await lab.api('GET', `/api/v1/migrations/${id}`);
  expect(record.ok).toBe(true);
  const passes = (record.ok ? (record.value as { passes: Pass[] }).passes : []).map((pass) => [String(pass.bytesSent), String(pass.bytesDirtied)]);
  expect(passes.length).toBeGreaterThan(0);
  const bars = picture.getByRole('img', { name: /Memory copy passes/ }).locator('g[data-pass]');
  await expect(bars).toHaveCount(passes.length);
  const drawn = await bars.evaluateAll((groups) => groups.map((group) => [group.getAttribute('data-bytes-sent'), group.getAttribute('data-bytes-dirtied')]));
  expect(drawn).toEqual(passes);
  await picture.getByRole('img', { name: /Memory copy passes/ }).scrollIntoViewIfNeeded();
  await view(page, 'role-live', 'VM1 after its live migration');

  // Back to Demo1 by quick migration: three phases, the offline time.
  await shell.actions.run('Move virtual machine(s) to another node');
  const quick = page.getByRole('dialog', { name: 'Move virtual machine(s) to another node' });
  await quick.locator('label').filter({ hasText: '1 - Move to node Demo1' }).click();
  await quick.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(quick).toBeHidden();
  const quickPicture = page.getByRole('region', { name: 'Quick migration of VM1' });
  await expect(quickPicture).toBeVisible();
  await lab.clock.advance(MIGRATION_BUDGET_MS);
  await expect(quickPicture).toHaveAttribute('data-migration-state', 'Completed');
  await expect(page.getByTestId('role-owner')).toHaveText('Demo1');
  const phases = quickPicture.getByRole('table', { name: 'Steps' }).locator('tbody tr');
  await expect(phases).toHaveCount(3);
  await expect(phases.locator('[data-duration]')).not.toHaveText(['', '', '']);
  await expect(quickPicture).toContainText('Offline time');
  await quickPicture.scrollIntoViewIfNeeded();
  await view(page, 'role-quick', 'VM1 after its quick migration');

  // Live migration settings: the networks in order with check boxes; a value out of range is named
  // and nothing is sent; a valid change is checked by the lab, then made.
  await shell.actions.run('Live migration settings…');
  const settings = page.getByRole('dialog', { name: 'Live migration settings for VM1' });
  await expect(settings.getByRole('checkbox', { name: 'Cluster Network 1' })).toBeVisible();
  await view(page, 'settings-networks', 'Live migration settings: Network for live migration');
  await settings.getByRole('tab', { name: 'Settings' }).click();
  const tcp = settings.locator('[data-field="tcpTimeoutMs"] input');
  await tcp.fill('0');
  await settings.getByRole('button', { name: 'Apply' }).click();
  await expect(settings).toContainText('TCP timeout (ms): enter a whole number from 1 to 3600000.');
  await view(page, 'settings-values', 'Live migration settings: Settings');
  await tcp.fill('15000');
  await settings.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(settings).toBeHidden();
  const saved = await lab.api('GET', '/api/v1/clusters/Cluster1/migration-settings');
  expect(saved.ok && (saved.value as { tcpTimeoutMs: number }).tcpTimeoutMs).toBe(15_000);
});
