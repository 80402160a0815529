// A saved lab that cannot be restored: the console says so after the reload, keeps it, and hands
// over a copy as a JSON file.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('a corrupt saved lab is reported after a reload, and its copy downloads', async ({ page, lab, shell }) => {
  await lab.open('/servers');
  await lab.clock.pause();
  const off = await lab.api('POST', '/api/v1/hosts/Demo2/power', { action: 'off' });
  expect(off.ok).toBe(true);

  // Corrupt the log as an older build or a fault could: the same command twice is refused on replay.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ha-lab');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('commands', 'readwrite').objectStore('commands');
          const first = store.get(0);
          first.onsuccess = () => store.put(first.result, 1);
          store.transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          store.transaction.onerror = () => reject(store.transaction.error);
        };
      }),
  );

  await page.reload();
  await lab.waitReady();

  const notice = page.getByRole('alertdialog', { name: 'Saved lab not restored' });
  await expect(notice).toBeVisible();
  await expect(notice.getByTestId('kept-aside-message')).toContainText('The lab saved in this browser could not be restored (');
  await expect(notice.getByTestId('kept-aside-message')).toContainText('It was kept; you can export it.');
  await expect(notice).toContainText('It may not import');

  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Export Kept Lab' }).click()]);
  expect(download.suggestedFilename()).toBe('ha-lab-kept-seed-1-2-commands.json');
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  // The pause saved a snapshot before the command: the file carries it and the whole log.
  expect(file).toMatchObject({ kind: 'ha-lab/lab', seed: 1, keptAside: { reason: expect.stringMatching(/refused on replay/), snapshotCommandCount: 0 } });
  expect(file.commandLog).toHaveLength(2);

  await notice.getByRole('button', { name: 'Close' }).click();
  await expect(notice).toBeHidden();
  // A new lab took its place: Demo2 runs again, and the next reload has nothing to report.
  await expect(shell.row('Servers', 'Demo2').getByRole('gridcell').nth(2)).toHaveText('Running');
  await page.reload();
  await lab.waitReady();
  await expect(page.getByTestId('lab-version')).not.toHaveText('—');
  await expect(notice).toHaveCount(0);
});
