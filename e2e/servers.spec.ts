import { expect, SEED_SERVERS, test } from './fixtures';

test('the console opens on the five servers of the document with their addresses', async ({ page, lab, shell }) => {
  // `/` shows Getting Started until it is dismissed, then this list (e2e/guidance.spec.ts).
  await lab.open('/servers');
  await expect(page).toHaveURL(/\/servers$/);
  await expect(shell.resultsTitle).toHaveText('Servers');
  const grid = shell.grid('Servers');
  await expect(grid.locator('[role="row"][data-row-key]')).toHaveCount(SEED_SERVERS.length);
  for (const server of SEED_SERVERS) {
    const cells = await shell.rowTexts('Servers', server.name);
    expect(cells[0]).toBe(server.name);
    expect(cells[2]).toBe('Running');
    expect(cells[3]?.split(', ')).toEqual(server.addresses);
    expect(cells[4]).toBe('Windows Server 2008 R2 Enterprise');
  }
  // Each server is also a node of the console tree, and its page shows its FQDN and volumes.
  await shell.tree.select('SWS-Store1');
  await expect(page).toHaveURL(/\/servers\/SWS-Store1$/);
  await expect(page.getByText('SWS-Store1.SWS.com')).toBeVisible();
  await page.getByRole('tab', { name: 'Volumes' }).click();
  await expect(shell.row('Volumes', 'D').getByRole('gridcell').nth(2)).toHaveText('2 TB');
  await page.getByRole('tab', { name: 'Roles and Features' }).click();
});
