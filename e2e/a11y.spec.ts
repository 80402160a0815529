import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addStarWindServers, expect, setThemeBeforeLoad, test, walkAddTargetHa } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation on the main views (${theme} theme)`, async ({ page, lab, shell }) => {
    await setThemeBeforeLoad(page, theme);
    await lab.open('/servers');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await shell.row('Servers', 'Demo2').click();
    expect(await seriousViolations(page), 'Servers').toEqual([]);

    await shell.tree.select('Demo2');
    await expect(page.getByTestId('power-state')).toBeVisible();
    expect(await seriousViolations(page), 'server page').toEqual([]);

    await shell.tree.select('Networks');
    await expect(shell.grid('Networks').locator('[role="row"][data-row-key]')).toHaveCount(3);
    expect(await seriousViolations(page), 'Networks').toEqual([]);

    await shell.tree.select('Public');
    expect(await seriousViolations(page), 'a network').toEqual([]);

    await shell.tree.select('Event Viewer');
    expect(await seriousViolations(page), 'Event Viewer').toEqual([]);

    await shell.tree.select('System');
    await shell.grid('System events').locator('[role="row"][data-row-key]').first().click();
    expect(await seriousViolations(page), 'System log').toEqual([]);

    await shell.menu('File', 'New Lab…');
    await expect(page.getByRole('dialog', { name: 'New Lab' })).toBeVisible();
    expect(await seriousViolations(page), 'New Lab dialog').toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the StarWind console and each Add Target page (${theme} theme)`, async ({ page, lab, shell, wizard }) => {
    test.setTimeout(90_000);
    await setThemeBeforeLoad(page, theme);
    await lab.open('/starwind');
    await lab.clock.pause();
    expect(await seriousViolations(page), 'StarWind console, no servers').toEqual([]);
    await shell.actions.run('Add Server');
    expect(await seriousViolations(page), 'Add Server dialog').toEqual([]);
    await page.getByRole('dialog', { name: 'Add Server' }).getByRole('button', { name: 'Cancel' }).click();

    await addStarWindServers(lab);
    await shell.tree.select('SWS-Store1', '/starwind');
    expect(await seriousViolations(page), 'server page with the default-credentials warning').toEqual([]);
    await shell.actions.run('Change Credentials…');
    expect(await seriousViolations(page), 'Change Credentials dialog').toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await shell.actions.run('Add Target');
    await walkAddTargetHa(wizard, 'HA1', async (title) => {
      expect(await seriousViolations(page), `wizard page ${title}`).toEqual([]);
    });
    await wizard.finish();
    await lab.clock.advance(30_000);
    await shell.tree.select('HA1', '/starwind');
    await expect(page.getByRole('progressbar')).toBeVisible();
    expect(await seriousViolations(page), 'device view while synchronizing').toEqual([]);
    await shell.tree.select('StarWind');
    expect(await seriousViolations(page), 'StarWind event log').toEqual([]);
  });
}
