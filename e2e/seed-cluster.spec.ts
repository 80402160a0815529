// The seed document's "Creating The Failover Cluster", steps 1–14, on Demo1 and Demo2 by their
// labels. The chapters before it (StarWind HA devices, the nodes' features, iSCSI with multi-path,
// MPIO, disks Online) are set up through the routes their consoles call (prepareClusterNodes);
// their own specs walk them in the browser. Before the steps, one validation that fails with its
// reason: Demo2 without the Failover Clustering feature. Each wizard page on the way is checked by
// axe in both themes (e2e/axe.ts), with the pages the steps skip (Testing Options' "Run only tests
// I select", Test Selection, the Storage Witness page, Create Cluster refused for a node of a cluster).
import type { Page } from '@playwright/test';
import { look } from './axe';
import { addStarWindServers, apiOk, createHa1, createHaDevice, expect, prepareClusterNodes, shotAtBothSizes, test, type Lab, type Shell, type Wizard } from './fixtures';
import { enableCsvAndAdd } from './cluster-lab';

const FCM = 'Failover Cluster Manager';
/** Every validation test of the lab takes 29 s of lab time; creation about a minute. */
const VALIDATION_MS = 40_000;
const CREATION_MS = 120_000;
const SCREENS = process.env.E2E_SCREENS === '1';
const shot = (page: Page, name: string) => shotAtBothSizes(page, 'seed-cluster', name);
/** The accessibility check of a wizard page in both themes, with its pictures under fcm-wizard-<theme>-<name>. */
const view = (page: Page, name: string, axe: string) => look(page, 'fcm-wizard-', name, { axe });

/** Step 4: Browse…, the names typed in the object picker, Check Names (with `axe`, the picker's accessibility check), OK. */
async function browseServers(page: Page, wizard: Wizard, names: string, axe = false): Promise<void> {
  await wizard.field('servers').getByRole('button', { name: 'Browse…' }).click();
  const picker = page.getByRole('dialog', { name: 'Select Computers' });
  await picker.getByRole('textbox', { name: 'Enter the object names to select' }).fill(names);
  await picker.getByRole('button', { name: 'Check Names' }).click();
  await expect(picker.getByRole('textbox', { name: 'Enter the object names to select' })).toHaveValue('Demo1; Demo2');
  if (SCREENS) await shot(page, 'select-computers');
  if (axe) await view(page, 'validate-select-computers', 'Select Computers (Check Names)');
  await picker.getByRole('button', { name: 'OK' }).click();
  await expect(picker).toBeHidden();
  await expect(wizard.field('servers').getByRole('row')).toHaveText(['Demo1', 'Demo2']);
}

/** Validating: the tests run as the lab clock moves; Next waits for the last one. */
async function runTests(page: Page, lab: Lab, wizard: Wizard): Promise<void> {
  await expect(wizard.title).toHaveText('Validating');
  if (SCREENS) await shot(page, 'validating');
  await lab.clock.advance(VALIDATION_MS);
  await expect(wizard.dialog.locator('[data-job-state="running"]')).toHaveCount(0);
  await wizard.next('Summary');
}

async function openFcm(shell: Shell): Promise<void> {
  await shell.tree.select(FCM);
}

test('seed document, creating the failover cluster: Validate (a failure with its reason, then a pass), Create Cluster with View Report, the System log, Cluster Shared Volumes; then the quorum', async ({ page, lab, shell, wizard }) => {
  // Seventeen accessibility checks in two themes, about a second each; pictures take longer.
  test.setTimeout(SCREENS ? 360_000 : 120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/failover-cluster');
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await createHaDevice(lab, 'HA2', 4 * 1024 ** 3);
  // Demo2 is left without Failover Clustering for the failing validation.
  await prepareClusterNodes(lab, { Demo1: ['Hyper-V', 'Failover-Clustering', 'Multipath-IO'], Demo2: ['Hyper-V', 'Multipath-IO'] }, ['HA1', 'HA2']);

  // A validation that fails, with its reason on the Summary page.
  await openFcm(shell);
  await shell.actions.run('Validate a Configuration…');
  await expect(wizard.title).toHaveText('Before You Begin');
  if (SCREENS) await shot(page, 'validate-before');
  await view(page, 'validate-before', 'Validate: Before You Begin');
  await wizard.next('Select Servers or a Cluster');
  // A name the domain does not know is refused by the lab on Next.
  await wizard.input('servers').fill('Demo9');
  await wizard.input('servers').press('Enter');
  await wizard.next();
  await expect(wizard.field('servers')).toContainText('There is no server named "Demo9"');
  await expect(wizard.title).toHaveText('Select Servers or a Cluster');
  await wizard.field('servers').locator('[role="row"][data-key="Demo9"]').click();
  await wizard.field('servers').getByRole('button', { name: 'Remove' }).click();
  await browseServers(page, wizard, 'demo1; DEMO2.sws.com', true);
  if (SCREENS) await shot(page, 'validate-servers');
  await view(page, 'validate-servers', 'Validate: Select Servers or a Cluster');
  await wizard.next('Testing Options');
  // "Run only tests I select" and its Test Selection page, for their checks; then all tests.
  await wizard.fill({ testing: 'selected' });
  await view(page, 'validate-options', 'Validate: Testing Options');
  await wizard.next('Test Selection');
  if (SCREENS) await shot(page, 'validate-selection');
  await view(page, 'validate-selection', 'Validate: Test Selection');
  await wizard.back();
  await wizard.fill({ testing: 'all' });
  if (SCREENS) await shot(page, 'validate-options');
  await wizard.next('Confirmation');
  expect(await wizard.summary()).toEqual(['Selected servers: Demo1, Demo2', 'Tests: All tests']);
  if (SCREENS) await shot(page, 'validate-confirmation');
  await view(page, 'validate-confirmation', 'Validate: Confirmation');
  await wizard.next('Validating');
  await view(page, 'validate-validating', 'Validate: Validating');
  await runTests(page, lab, wizard);
  const report = wizard.dialog.locator('[data-report-text]');
  await expect(report).toContainText('one or more tests indicate that the configuration is not suitable for clustering');
  await expect(report).toContainText(/Validate Cluster Service and Driver Settings\s+Failed/);
  await expect(report).toContainText('Demo2');
  if (SCREENS) await shot(page, 'validate-summary-failed');
  await view(page, 'validate-summary', 'Validate: Summary');
  await wizard.dialog.getByRole('button', { name: 'View Report…' }).click();
  const fullValidation = page.getByRole('dialog', { name: 'Failover Cluster Validation Report' });
  await expect(fullValidation.locator('[data-report-text]')).toContainText(/Demo2: +Failed\./);
  await view(page, 'validate-full-report', 'Failover Cluster Validation Report');
  await fullValidation.getByRole('button', { name: 'Close' }).click();
  await wizard.finish();
  // The report is kept: View Validation Report opens it again.
  await shell.actions.run('View Validation Report');
  const reports = page.getByRole('dialog', { name: 'View Validation Report' });
  await expect(reports.locator('[data-report-text]')).toContainText('Overall result: Failed.');
  if (SCREENS) await shot(page, 'validation-reports');
  await reports.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(reports).toBeHidden();

  // The feature the report asked for, installed the way Server Manager does (no restart needed).
  await apiOk(lab, 'POST', '/api/v1/hosts/Demo2/features', { features: ['Failover-Clustering'] });

  // Steps 1–3: Failover Cluster Manager → Create a Cluster → Before You Begin.
  await openFcm(shell);
  await shell.actions.run('Create a Cluster…');
  await expect(wizard.title).toHaveText('Before You Begin');
  await expect(wizard.dialog).toContainText('we strongly recommend that you run the Validate a Configuration wizard');
  if (SCREENS) await shot(page, 'create-before');
  await view(page, 'create-before', 'Create Cluster: Before You Begin');
  await wizard.next('Select Servers');
  // Step 4: Browse, the names, Check Names, Next.
  await browseServers(page, wizard, 'Demo1; Demo2');
  if (SCREENS) await shot(page, 'create-servers');
  await wizard.next('Validation Warning');
  // Step 5: the radio button to run the validation tests, Next.
  await wizard.fill({ runValidation: 'yes' });
  if (SCREENS) await shot(page, 'create-warning');
  await wizard.next();
  // Steps 6–9: the Validate a Configuration Wizard on the same servers, then back.
  await expect(page.getByRole('dialog', { name: 'Validate a Configuration Wizard' })).toBeVisible();
  await expect(wizard.title).toHaveText('Before You Begin');
  await wizard.next('Testing Options');
  await wizard.fill({ testing: 'all' });
  await wizard.next('Confirmation');
  await wizard.next('Validating');
  await runTests(page, lab, wizard);
  await expect(wizard.dialog.locator('[data-report-text]')).toContainText('Testing has completed successfully.');
  if (SCREENS) await shot(page, 'validate-summary-passed');
  await wizard.dialog.getByRole('button', { name: 'Finish' }).click();
  // Step 10: Cluster Name and the address of the Access Point for Administering the Cluster.
  await expect(page.getByRole('dialog', { name: 'Create Cluster Wizard' })).toBeVisible();
  await expect(wizard.title).toHaveText('Access Point for Administering the Cluster');
  await expect(wizard.field('validationResult')).toContainText('Testing has completed successfully.');
  await expect(wizard.field('accessNetwork')).toContainText('192.168.100.0/24');
  await wizard.fill({ clusterName: 'Cluster1', address: '192.168.100.50' });
  if (SCREENS) await shot(page, 'create-access-point');
  // Step 11: Confirmation, with "Add all eligible storage to the cluster" checked; Next creates.
  await wizard.next('Confirmation');
  expect(await wizard.summary()).toEqual(['Selected servers: Demo1, Demo2', 'Cluster Name: Cluster1', 'Network: 192.168.100.0/24', 'Address: 192.168.100.50', 'Validation: Testing has completed successfully. The configuration appears to be suitable for clustering.']);
  await expect(wizard.field('addStorage').locator('input[type="checkbox"]')).toBeChecked();
  if (SCREENS) await shot(page, 'create-confirmation');
  await wizard.next('Creating New Cluster');
  if (SCREENS) await shot(page, 'create-creating');
  await lab.clock.advance(CREATION_MS);
  await expect(wizard.dialog.locator('[data-job-state="succeeded"]')).toBeVisible();
  // Step 12: View Report on the Summary page, then Finish.
  await wizard.next('Summary');
  await expect(wizard.dialog.locator('[data-report-text]')).toContainText('You have successfully completed the Create Cluster Wizard.');
  await expect(wizard.dialog.locator('[data-report-text]')).toContainText('Quorum: Node and Disk Majority (Cluster Disk 1)');
  if (SCREENS) await shot(page, 'create-summary');
  await wizard.dialog.getByRole('button', { name: 'View Report…' }).click();
  const full = page.getByRole('dialog', { name: 'Create Cluster', exact: true });
  await expect(full.locator('[data-report-text]')).toContainText('Node: Demo2.SWS.com');
  await expect(full.locator('[data-report-text]')).toContainText('Failover Cluster Validation Report');
  if (SCREENS) await shot(page, 'create-view-report');
  await full.getByRole('button', { name: 'Close' }).click();
  await wizard.finish();
  // The cluster is in the tree (and selected).
  await expect(shell.treeRow('Cluster1.SWS.com', '/failover-cluster')).toBeVisible();

  // Step 13: the System log has no error from the cluster.
  const eventViewer = shell.treeRow('Event Viewer');
  if ((await eventViewer.getAttribute('aria-expanded')) !== 'true') await eventViewer.dblclick();
  const windowsLogs = shell.treeRow('Windows Logs', '/events');
  if ((await windowsLogs.getAttribute('aria-expanded')) !== 'true') await windowsLogs.dblclick();
  await shell.tree.select('System', '/events');
  const system = shell.grid('System events');
  await expect(system.getByRole('row').filter({ hasText: 'Demo1' }).first()).toBeVisible();
  await expect(system.getByRole('row').filter({ hasText: 'FailoverClustering' }).filter({ hasText: 'Error' })).toHaveCount(0);
  // Step 14: Enable Cluster Shared Volumes (its notice first), then Add storage: C:\ClusterStorage\Volume1.
  await shell.tree.select('Cluster1.SWS.com', '/failover-cluster');
  await enableCsvAndAdd(page, shell, 'Cluster Disk 2');

  // Configure Cluster Quorum Settings: the recommendation for two nodes, then Node Majority and back.
  await shell.tree.select('Cluster1.SWS.com', '/failover-cluster');
  await shell.actions.run('Configure Cluster Quorum Settings…');
  await expect(wizard.title).toHaveText('Before You Begin');
  if (SCREENS) await shot(page, 'quorum-before');
  await view(page, 'quorum-before', 'Quorum: Before You Begin');
  await wizard.next('Select Quorum Configuration');
  await expect(wizard.field('mode')).toContainText('Recommended for your current number of nodes (2): Node and Disk Majority.');
  await view(page, 'quorum-select', 'Quorum: Select Quorum Configuration');
  // The Storage Witness page (Node and Disk Majority), for its check; then Node Majority.
  await wizard.fill({ mode: 'NodeAndDiskMajority' });
  await wizard.next('Configure Storage Witness');
  await expect(wizard.field('witnessDisk').locator('[role="row"][data-key="Cluster Disk 2"]')).toHaveAttribute('aria-disabled', 'true');
  if (SCREENS) await shot(page, 'quorum-storage');
  await view(page, 'quorum-storage', 'Quorum: Configure Storage Witness');
  await wizard.back();
  if (SCREENS) {
    await wizard.fill({ mode: 'NodeAndFileShareMajority' });
    await wizard.next('Configure File Share Witness');
    await shot(page, 'quorum-file-share');
    await wizard.back();
  }
  await wizard.fill({ mode: 'NodeMajority' });
  if (SCREENS) await shot(page, 'quorum-select');
  await wizard.next('Confirmation');
  if (SCREENS) await shot(page, 'quorum-confirmation');
  await view(page, 'quorum-confirmation', 'Quorum: Confirmation');
  await wizard.next('Configure Cluster Quorum Settings');
  await wizard.next('Summary');
  await expect(wizard.dialog.locator('[data-report-text]')).toContainText('Quorum Configuration: Node Majority');
  if (SCREENS) await shot(page, 'quorum-summary');
  await wizard.finish();

  // Create Cluster again: Demo1 is a node of Cluster1 now, so Next is refused with the lab's words.
  await openFcm(shell);
  await shell.actions.run('Create a Cluster…');
  await wizard.next('Select Servers');
  await wizard.input('servers').fill('Demo1');
  await wizard.input('servers').press('Enter');
  await wizard.next();
  await expect(wizard.field('servers')).toContainText('already a node of cluster Cluster1');
  await view(page, 'create-servers-refused', 'Create Cluster: Select Servers with the refusal');
  await wizard.cancel();
});
