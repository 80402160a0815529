import { expect, test } from './fixtures';

test.use({ serviceWorkers: 'block' });

test('with service workers blocked the console still works through the in-page transport', async ({ page, lab, shell }) => {
  await lab.open('/servers');
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await expect(shell.statusBar.getByRole('status')).toHaveText('Ready (in-page transport)');
  await expect(shell.grid('Servers').locator('[role="row"][data-row-key]')).toHaveCount(5);

  await lab.clock.pause();
  await shell.row('Servers', 'Demo1').click();
  await shell.actions.run('Turn Off', { section: 'Demo1' });
  const confirm = page.getByRole('alertdialog', { name: 'Turn Off Server' });
  await expect(confirm).toContainText('event 6008');
  await confirm.getByRole('button', { name: 'Turn Off' }).click();
  await lab.clock.advance(10_000);
  await expect(shell.row('Servers', 'Demo1').getByRole('gridcell').nth(2)).toHaveText('Off');

  // An error from the lab shows as a message and changes nothing.
  const version = await lab.version();
  const refused = await lab.api('POST', '/api/v1/hosts/Demo1/power', { action: 'shutdown' });
  expect(refused.ok).toBe(false);
  expect(await lab.version()).toBe(version);
});
