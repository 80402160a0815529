// @screens: a picture of each view in both themes, for people to look at (test-results/screens).
import { expect, setThemeBeforeLoad, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`@screens every view (${theme})`, async ({ page, lab, shell, form }) => {
    const shot = (name: string) => page.screenshot({ path: `test-results/screens/${theme}-${name}.png` });
    await setThemeBeforeLoad(page, theme);
    await lab.open('/servers');
    await lab.clock.pause();
    await lab.api('POST', '/api/v1/hosts/Demo2/power', { action: 'shutdown' });
    await lab.clock.advance(10_000);
    await shell.row('Servers', 'SWS-Store1').click();
    await shot('servers');

    await shell.tree.select('Demo2');
    await expect(page.getByRole('progressbar')).toBeVisible();
    await shot('server-stopping');
    await lab.clock.advance(60_000);
    await shell.tree.select('SWS-Store1');
    await shell.row('Network Connections', 'SWS-Store1/iSCSI').click();
    await shot('server');
    await page.getByRole('tab', { name: 'Volumes' }).click();
    await shot('server-volumes');

    await shell.tree.select('Networks');
    await shot('networks');
    await shell.tree.select('iSCSI');
    await shot('network');

    await shell.tree.select('Event Viewer');
    await shot('event-viewer');
    await shell.tree.select('System');
    await shell.grid('System events').locator('[role="row"][data-row-key]').first().click();
    await shot('event-log');
    await shell.actions.run('Filter Current Log…');
    await form.fill({ levelInformation: true, host: 'Demo2' }, page.getByRole('dialog'));
    await shot('event-filter-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await shot('event-log-filtered');

    await shell.menu('File', 'New Lab…');
    await form.fill({ clusterNodes: 80 }, page.getByRole('dialog'));
    await shot('new-lab-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await shell.tree.select('Demo1');
    await shell.actions.run('Turn Off', { section: 'Demo1' });
    await shot('confirm-turn-off');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

    await shell.menu('View', 'Hide Action Pane');
    await shot('no-action-pane');
  });
}
