import { expect, test } from './fixtures';

test('shutting down Demo2 shows it shutting down, then off, and event 6006 in the Event Viewer', async ({ page, lab, shell, form }) => {
  await lab.open('/servers');
  // The test moves the lab clock itself, so the steps are exact and fast.
  await lab.clock.pause();

  await shell.tree.select('Demo2');
  await expect(page.getByTestId('power-state')).toContainText('Running');
  await expect(shell.actions.button('Start', { section: 'Demo2' })).toBeDisabled();

  await shell.actions.run('Shut Down', { section: 'Demo2' });
  const confirm = page.getByRole('alertdialog', { name: 'Shut Down Server' });
  await expect(confirm).toContainText('Do you want to shut down Demo2?');
  await expect(confirm).toContainText('Demo2.SWS.com');
  await expect(confirm).toContainText('Public 192.168.100.32');
  await confirm.getByRole('button', { name: 'Shut Down' }).click();

  await expect(page.getByTestId('power-state')).toContainText('Shutting down');
  await expect(page.getByRole('progressbar', { name: /Shut Down in progress/ })).toBeVisible();
  await expect(shell.actions.button('Shut Down', { section: 'Demo2' })).toBeDisabled();

  // A clean shutdown takes about 30 s of lab time (±20 %).
  await lab.clock.advance(60_000);
  await expect(page.getByTestId('power-state')).toContainText('Off');
  await expect(shell.actions.button('Start', { section: 'Demo2' })).toBeEnabled();

  await shell.tree.select('Servers');
  await expect(shell.row('Servers', 'Demo2').getByRole('gridcell').nth(2)).toHaveText('Off');

  await shell.tree.select('System');
  await form.fill({ host: 'Demo2' });
  await expect(page).toHaveURL(/\/events\/System\?host=Demo2$/);
  const events = shell.grid('System events');
  const stopped = events.getByRole('row').filter({ has: page.getByRole('gridcell', { name: '6006', exact: true }) });
  await expect(stopped).toHaveCount(1);
  // Newest first: the stop is the latest event of Demo2's System log.
  await expect(events.locator('[role="row"][data-row-key]').first()).toContainText('6006');
  await stopped.click();
  const details = page.getByRole('main').getByRole('region', { name: 'Event 6006, EventLog' });
  await expect(details.getByTestId('event-message')).toHaveText('The Event log service was stopped.');
  await expect(details).toContainText('Demo2.SWS.com');
  await expect(details).toContainText('Information');
});
