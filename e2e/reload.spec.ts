import { expect, test } from './fixtures';

test('a reload keeps the lab, and its clock comes back paused', async ({ page, lab, shell, form }) => {
  await lab.open('/servers');
  await lab.reset({ seed: 7 });
  const shutdown = await lab.api('POST', '/api/v1/hosts/Demo2/power', { action: 'shutdown' });
  expect(shutdown.ok).toBe(true);
  await lab.clock.advance(60_000);
  await expect(shell.row('Servers', 'Demo2').getByRole('gridcell').nth(2)).toHaveText('Off');
  await lab.clock.pause();
  const before = await lab.info();

  await page.reload();
  await lab.waitReady();

  const after = await lab.info();
  expect(after.seed).toBe(7);
  expect(after.version).toBe(before.version);
  expect(after.hash).toBe(before.hash);
  await expect(shell.row('Servers', 'Demo2').getByRole('gridcell').nth(2)).toHaveText('Off');
  const clock = await lab.api('GET', '/api/v1/lab/clock');
  expect(clock.ok && clock.value).toMatchObject({ paused: true });
  await expect(form.field('clockSpeed', shell.statusBar)).toContainText('Paused');
  await expect(page.getByTestId('lab-version')).toHaveText(String(before.version));
});
