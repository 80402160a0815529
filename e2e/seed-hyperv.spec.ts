// The seed document's last chapter, "Configuring A Hyper-V Image In A Failover Cluster", over the
// ready lab (scenario seed-lab-ready: Cluster1 with its CSV and the highly available VM1 running on
// Demo1): a second machine, VM2, made in Hyper-V Manager on Demo1 with its files on
// C:\ClusterStorage\Volume1; then steps 1–6: Services and applications → Configure a Service or
// Application (Before You Begin, Virtual Machine, VM2 ticked — VM1, a role already, greyed with the
// lab's reason —, Confirmation, Summary with View Report…), VM2 shown Offline, brought online
// (Online, owner Demo1), then moved to Demo2 (quick) and its Properties opened. axe checks each new
// view and wizard page (e2e/axe.ts); E2E_SCREENS=1 takes their pictures.
import type { Page } from '@playwright/test';
import { look } from './axe';
import { expect, test } from './fixtures';

const view = (page: Page, name: string, axe: string) => look(page, 'seed-hyperv-', name, { axe });
const VM = 'VM2';
const CSV = 'C:\\ClusterStorage\\Volume1';
const FCM = '/failover-cluster';

test('seed document, a highly available VM: New Virtual Machine on the CSV, Configure a Service or Application, bring it online, move it', async ({ page, lab, shell, wizard }) => {
  test.setTimeout(process.env.E2E_SCREENS === '1' ? 240_000 : 60_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/hyper-v');
  await lab.reset({ scenario: 'seed-lab-ready' });
  await lab.clock.pause();

  // "Create a Hyper-V image on one of the nodes … stored on the shared storage of the failover cluster."
  await shell.tree.select('Demo1', '/hyper-v');
  await shell.actions.run('New → Virtual Machine…');
  await wizard.next('Specify Name and Location');
  await wizard.fill({ name: VM, storeElsewhere: true, location: CSV });
  await wizard.next('Assign Memory');
  await wizard.next('Configure Networking');
  await wizard.next('Connect Virtual Hard Disk');
  await expect(wizard.input('vhdLocation')).toHaveValue(`${CSV}\\${VM}`);
  await wizard.next('Installation Options');
  await wizard.next('Completing the New Virtual Machine Wizard');
  await wizard.finish();
  await expect(shell.row('Virtual Machines', VM)).toContainText('Off');

  // Step 1: Services and applications under the cluster (opened with the Right arrow), then Configure a Service or Application.
  await shell.tree.select('Cluster1.SWS.com', FCM);
  await page.keyboard.press('ArrowRight');
  await shell.tree.select('Services and applications', FCM);
  const services = shell.grid('Services and applications');
  await expect(services.locator('[role="row"][data-row-key]')).toHaveCount(1);
  await expect(services).toContainText('VM1');
  await expect(services).toContainText('Online');
  await view(page, 'services', 'Services and applications');
  await shell.actions.run('Configure a Service or Application…');
  await expect(wizard.title).toHaveText('Before You Begin');
  await view(page, 'wizard-before', 'High Availability Wizard: Before You Begin');
  // Step 2: Next on Before You Begin. Step 3: Virtual Machine from the list.
  await wizard.next('Select Service or Application');
  await wizard.field('roleType').locator('[role="row"][data-key="VirtualMachine"]').click();
  await view(page, 'wizard-service', 'High Availability Wizard: Select Service or Application');
  await wizard.next('Select Virtual Machine');
  // Step 4: the machine's check box. VM1 is a role already: listed, greyed, with the lab's reason.
  const vm1 = wizard.field('vms').locator('[role="row"][data-key="Demo1/VM1"]');
  await expect(vm1).toHaveAttribute('aria-disabled', 'true');
  await expect(vm1).toContainText('unavailable');
  await wizard.field('vms').locator(`[role="row"][data-key="Demo1/${VM}"]`).getByRole('checkbox').check({ force: true });
  await view(page, 'wizard-vms', 'High Availability Wizard: Select Virtual Machine');
  // Step 5: Confirmation, Next configures; the Summary says what the lab made.
  await wizard.next('Confirmation');
  expect(await wizard.summary()).toEqual(['Services and applications: Virtual Machine', `Virtual machines on the nodes of the cluster: ${VM}`]);
  await view(page, 'wizard-confirmation', 'High Availability Wizard: Confirmation');
  await wizard.next('Summary');
  await expect(wizard.dialog.locator('[data-report-text]')).toContainText('You have successfully completed the High Availability Wizard.');
  await expect(wizard.dialog.locator('[data-report-text]')).toContainText(`${VM}: Offline, current owner Demo1`);
  await view(page, 'wizard-summary', 'High Availability Wizard: Summary');
  await wizard.dialog.getByRole('button', { name: 'View Report…' }).click();
  const report = page.getByRole('dialog', { name: 'High Availability', exact: true });
  await expect(report).toContainText(`Virtual Machine Configuration ${VM}: Offline`);
  await view(page, 'wizard-report', 'High Availability report');
  await report.getByRole('button', { name: 'Close' }).click();
  await wizard.finish();

  // Step 6: the new role, selected in the tree, is Offline and needs to be started.
  await expect(shell.resultsTitle).toHaveText(VM);
  await expect(page.getByTestId('role-state')).toHaveText('Offline');
  await expect(page.getByTestId('role-owner')).toHaveText('Demo1');
  await expect(page.getByRole('region', { name: `Summary of ${VM}` })).toContainText(`Virtual Machine ${VM}`);
  await view(page, 'role-offline', `${VM} Offline`);
  await shell.actions.run('Bring this service or application online');
  await lab.clock.advance(30_000);
  await expect(page.getByTestId('role-state')).toHaveText('Online');
  await expect(page.getByTestId('role-owner')).toHaveText('Demo1');
  await expect(page.locator(`[data-resource-state="Virtual Machine ${VM}"]`)).toHaveText('Online');
  await view(page, 'role-online', `${VM} Online`);

  // A quick move to the other node: "1 - Move to node Demo2".
  await shell.actions.run('Move this service or application to another node');
  const move = page.getByRole('dialog', { name: 'Move this service or application to another node' });
  await move.locator('label').filter({ hasText: '1 - Move to node Demo2' }).click();
  await view(page, 'move', 'Move this service or application to another node');
  await move.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(move).toBeHidden();
  await lab.clock.advance(120_000);
  await expect(page.getByTestId('role-owner')).toHaveText('Demo2');
  await expect(page.getByTestId('role-state')).toHaveText('Online');

  // Its Properties: General (preferred owners) and Failover (the defaults for two nodes).
  await shell.actions.run('Properties');
  const properties = page.getByRole('dialog', { name: `${VM} Properties` });
  await expect(properties.getByRole('checkbox', { name: 'Demo1' })).toBeVisible();
  await view(page, 'properties-general', `${VM} Properties: General`);
  await properties.getByRole('tab', { name: 'Failover' }).click();
  await expect(properties.locator('[data-field="failoverThreshold"] input')).toHaveValue('1');
  await expect(properties.locator('[data-field="failoverPeriodHours"] input')).toHaveValue('6');
  await view(page, 'properties-failover', `${VM} Properties: Failover`);
  await properties.getByRole('button', { name: 'Cancel' }).click();
  await expect(properties).toBeHidden();
});
