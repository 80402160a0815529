// Issue 13's third way to move a machine: Windows PowerShell on Demo1 (a node under the server in
// the console tree) over the ready lab (Windows Server 2008 R2: Cluster1 on Demo1 and Demo2, VM1
// highly available and running on Demo1). The cluster cmdlets are unknown until Import-Module
// FailoverClusters; Move-ClusterVirtualMachineRole live migrates VM1 to Demo2; once the lab's clock
// has moved on, Get-ClusterGroup shows VM1 on Demo2. Up recalls the last line. axe checks the
// console; E2E_SCREENS=1 takes its pictures.
import type { Page } from '@playwright/test';
import { look } from './axe';
import { expect, test } from './fixtures';

const MIGRATION_DONE_MS = 60_000;

async function type(page: Page, command: string) {
  const input = page.getByRole('textbox', { name: /PS C:\\Users\\Administrator>/ });
  await input.fill(command);
  await input.press('Enter');
  await expect(input).toHaveValue('');
}

test('Windows PowerShell on Demo1: Import-Module FailoverClusters, Move-ClusterVirtualMachineRole -Name VM1 -Node Demo2, Get-ClusterGroup', async ({ page, lab, shell }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await lab.open('/servers');
  await lab.reset({ scenario: 'seed-lab-ready' });
  await lab.clock.pause();
  await page.goto('/servers/Demo1/powershell');
  await lab.waitReady();
  await expect(shell.treeRow('Windows PowerShell', '/servers/Demo1')).toBeVisible();
  const log = page.getByRole('log', { name: 'PowerShell output' });
  await expect(log).toContainText('Windows PowerShell');

  await type(page, 'Get-ClusterGroup');
  await expect(log).toContainText("The term 'Get-ClusterGroup' is not recognized as the name of a cmdlet");
  await type(page, 'Import-Module FailoverClusters');
  await type(page, 'Move-ClusterVirtualMachineRole -Name VM1 -Node Demo2');
  await expect(log).toContainText(/VM1 +Demo1 +Online/);
  await look(page, 'powershell-', 'move', { axe: 'Windows PowerShell' });

  await lab.clock.advance(MIGRATION_DONE_MS);
  const input = page.getByRole('textbox', { name: /PS C:\\Users\\Administrator>/ });
  await input.fill('Get-ClusterGroup');
  await input.press('Enter');
  await expect(log).toContainText(/VM1 +Demo2 +Online/);
  // Up recalls the last line; the session (transcript, modules) survives a reload.
  await input.press('ArrowUp');
  await expect(input).toHaveValue('Get-ClusterGroup');
  await page.reload();
  await lab.waitReady();
  await expect(log).toContainText(/VM1 +Demo2 +Online/);
  await type(page, 'Get-ClusterNode');
  await expect(log).toContainText(/Demo2 +Up/);
  await look(page, 'powershell-', 'after', { axe: 'Windows PowerShell after the move' });
});
