import { expect, test } from './fixtures';

test('a bad import shows what is wrong and changes nothing', async ({ page, lab, shell }) => {
  await lab.open('/servers');
  await lab.clock.pause();
  await lab.api('POST', '/api/v1/hosts/Demo1/power', { action: 'off' });
  const before = await lab.info();

  // A lab file of a schema this build does not know, with a server outside its subnet.
  const exported = await lab.api('GET', '/api/v1/lab/export');
  expect(exported.ok).toBe(true);
  const bad = { ...(exported.ok ? (exported.value as object) : {}), schemaVersion: 99 };

  const chooser = page.waitForEvent('filechooser');
  await shell.menu('File', 'Import Lab…');
  await (await chooser).setFiles({ name: 'bad-lab.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });

  const message = page.getByRole('alertdialog', { name: 'Import Lab' });
  await expect(message).toContainText('bad-lab.json was refused');
  await expect(message).toContainText('The current lab is unchanged.');
  await expect(message).toContainText('schemaVersion');
  await message.getByRole('button', { name: 'OK' }).click();
  await expect(message).toBeHidden();

  const after = await lab.info();
  expect(after.hash).toBe(before.hash);
  expect(after.version).toBe(before.version);
  await expect(shell.row('Servers', 'Demo1').getByRole('gridcell').nth(2)).toHaveText('Off');

  // A file that is not JSON at all is refused in the page, also changing nothing.
  const chooser2 = page.waitForEvent('filechooser');
  await shell.menu('File', 'Import Lab…');
  await (await chooser2).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('this is not json') });
  await expect(page.getByRole('alertdialog', { name: 'Import Lab' })).toContainText('notes.json is not a lab file');
  await page.getByRole('alertdialog', { name: 'Import Lab' }).getByRole('button', { name: 'OK' }).click();
  expect((await lab.info()).hash).toBe(before.hash);
});

test('an exported lab imports back, paused, with the same state', async ({ page, lab, shell, form }) => {
  await lab.open('/servers');
  await lab.clock.pause();
  await lab.api('POST', '/api/v1/hosts/Demo2/power', { action: 'off' });
  await lab.clock.advance(5_000);
  const exported = await lab.info();

  const download = page.waitForEvent('download');
  await shell.menu('File', 'Export Lab');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^ha-lab-seed-1-v\d+\.json$/);
  const path = await file.path();

  await lab.reset({ seed: 2 });
  await expect(shell.row('Servers', 'Demo2').getByRole('gridcell').nth(2)).toHaveText('Running');

  const chooser = page.waitForEvent('filechooser');
  await shell.menu('File', 'Import Lab…');
  await (await chooser).setFiles(path);
  const message = page.getByRole('alertdialog', { name: 'Import Lab' });
  await expect(message).toContainText('was imported');
  await message.getByRole('button', { name: 'OK' }).click();
  await expect(shell.row('Servers', 'Demo2').getByRole('gridcell').nth(2)).toHaveText('Off');
  const imported = await lab.info();
  expect(imported.seed).toBe(1);
  expect(imported.hash).toBe(exported.hash);
  await expect(form.field('clockSpeed', shell.statusBar)).toContainText('Paused');
});
