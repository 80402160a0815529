// @screens: the StarWind console, each Add Target wizard page and the device view, in both themes
// (test-results/screens/starwind-*), for people to look at.
import { addStarWindServers, expect, setThemeBeforeLoad, test, walkAddTargetHa } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`@screens StarWind console and Add Target wizard (${theme})`, async ({ page, lab, shell, wizard }) => {
    test.setTimeout(90_000);
    const shot = (name: string) => page.screenshot({ path: `test-results/screens/starwind-${theme}-${name}.png` });
    await setThemeBeforeLoad(page, theme);
    await lab.open('/starwind');
    await lab.clock.pause();
    await shot('console-empty');
    await shell.actions.run('Add Server');
    await shot('add-server');
    await page.getByRole('dialog', { name: 'Add Server' }).getByRole('button', { name: 'Cancel' }).click();
    await addStarWindServers(lab);
    await shell.tree.select('SWS-Store1', '/starwind');
    await shot('server');

    await shell.actions.run('Add Target');
    let index = 0;
    await walkAddTargetHa(wizard, 'HA1', async (title) => {
      index += 1;
      await shot(`wizard-${String(index).padStart(2, '0')}-${title.toLowerCase().replace(/\W+/g, '-')}`);
    });
    await wizard.finish();
    await lab.clock.advance(60_000);
    await shell.tree.select('HA1', '/starwind');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await shot('device-synchronizing');
    await shell.actions.run('Remove Device');
    await shot('remove-device-confirm');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await lab.clock.advance(200_000);
    await expect(page.getByTestId('sync-state-SWS-Store2')).toHaveText('Synchronized');
    await shot('device-synchronized');
  });
}
