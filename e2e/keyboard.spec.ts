// MMC's conventions by keyboard and right-click (issue 9): context menus with the actions pane's
// actions, F6 between the panes, F10 / Alt and access keys for the menu bar, Right arrow asking
// for a StarWind login, typing and Left moving the selection with the URL, full names of cut
// labels, Alt+N / Alt+B in a wizard, Delete and F5. The starting state comes from the API.
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Lab, type Shell } from './fixtures';

const SW = '/starwind';

/** The names of the open context menu's items. */
async function menuItems(page: Page): Promise<string[]> {
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  return menu.getByRole('menuitem').allInnerTexts();
}

/** The names of the actions pane's buttons in the section with this heading. */
function paneActions(shell: Shell, section: string): Promise<string[]> {
  return shell.actionsPane.getByRole('region', { name: section }).getByRole('button').allInnerTexts();
}

async function openPaused(lab: Lab, path: string) {
  await lab.open(path);
  await lab.clock.pause();
}

async function expectFocused(locator: Locator) {
  await expect(locator).toBeFocused();
}

test('a context menu by right-click and by Shift+F10 lists the actions pane’s actions, on a tree node and on a result row', async ({ page, lab, shell }) => {
  await openPaused(lab, '/servers');

  // A tree node: the right-click selects it first, as MMC does.
  await shell.treeRow('SWS-DC').click({ button: 'right' });
  await expect(shell.resultsTitle).toHaveText('SWS-DC');
  await expect(page).toHaveURL(/\/servers\/SWS-DC$/);
  const nodeActions = await paneActions(shell, 'SWS-DC');
  expect(nodeActions).toContain('Shut Down');
  expect(nodeActions).toContain('Refresh');
  expect(await menuItems(page)).toEqual(nodeActions);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();

  // The same by keyboard; Escape gives focus back to the node.
  await shell.treeRow('SWS-DC').focus();
  await page.keyboard.press('Shift+F10');
  expect(await menuItems(page)).toEqual(nodeActions);
  await expect(page.getByRole('menuitem', { name: 'Shut Down' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expectFocused(shell.treeRow('SWS-DC'));
  // The context-menu key does the same.
  await page.keyboard.press('ContextMenu');
  expect(await menuItems(page)).toEqual(nodeActions);
  await page.keyboard.press('Escape');

  // A result row: the right-click selects the row; its menu is the item's section of the pane.
  await shell.tree.select('Servers');
  await shell.row('Servers', 'Demo1').click({ button: 'right' });
  await expect(shell.row('Servers', 'Demo1')).toHaveAttribute('aria-selected', 'true');
  const rowActions = await paneActions(shell, 'Demo1');
  expect(rowActions).toEqual(['Start', 'Shut Down', 'Turn Off', 'Restart']);
  expect(await menuItems(page)).toEqual(rowActions);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expectFocused(shell.grid('Servers'));

  // By keyboard on the row the grid's focus is on.
  await page.keyboard.press('ArrowDown');
  await expect(shell.row('Servers', 'Demo2')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Shift+F10');
  expect(await menuItems(page)).toEqual(await paneActions(shell, 'Demo2'));
  await page.keyboard.press('Escape');
  await expectFocused(shell.grid('Servers'));
});

test('F6 moves between the tree, the results and the actions pane; F10, Alt and Alt+V reach the menu bar', async ({ page, lab, shell }) => {
  await openPaused(lab, '/servers');
  const tree = shell.treeRow('Servers');
  await tree.click();
  await page.keyboard.press('F6');
  await expectFocused(shell.grid('Servers'));
  await page.keyboard.press('F6');
  await expectFocused(shell.actions.button('Refresh'));
  await page.keyboard.press('F6');
  await expectFocused(tree);
  await page.keyboard.press('Shift+F6');
  await expectFocused(shell.actions.button('Refresh'));
  await page.keyboard.press('Shift+F6');
  await expectFocused(shell.grid('Servers'));

  const menuBar = page.getByRole('navigation', { name: 'Menu bar' });
  await page.keyboard.press('F10');
  await expectFocused(menuBar.getByRole('button', { name: 'File', exact: true }));
  await page.keyboard.press('F10');
  await expectFocused(shell.grid('Servers'));
  await page.keyboard.press('Alt');
  await expectFocused(menuBar.getByRole('button', { name: 'File', exact: true }));
  await page.keyboard.press('Escape');
  await expectFocused(shell.grid('Servers'));

  // Alt+V opens View with its first item focused; arrows and Escape as in any menu.
  await page.keyboard.press('Alt+v');
  await expect(page.getByRole('menu', { name: 'View' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Theme' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Hide Console Tree' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Hide Action Pane' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expectFocused(menuBar.getByRole('button', { name: 'View', exact: true }));
  await page.keyboard.press('Escape');
  await expectFocused(shell.grid('Servers'));
});

test('Right arrow on a server not logged in asks for the login with the user name selected; typing and Left move the selection and the URL', async ({ page, lab, shell, form }) => {
  await openPaused(lab, SW);
  const added = await lab.api('POST', '/api/v1/starwind/servers', { address: 'SWS-Store1' });
  expect(added.ok).toBe(true);
  await shell.treeRow('StarWind Management Console').click();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/starwind\/SWS-Store1$/);
  await page.keyboard.press('ArrowRight');
  const prompt = page.getByRole('dialog', { name: 'Connect to SWS-Store1' });
  await expect(prompt).toBeVisible();
  const login = form.input('login', prompt);
  await expect(login).toBeFocused();
  await expect(login).toHaveValue('root');
  // The pre-filled name is selected: typing replaces it.
  await page.keyboard.type('admin');
  await expect(login).toHaveValue('admin');
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt).toBeHidden();

  // Type-ahead selects the node it lands on, and Left its parent, with the URL.
  await shell.treeRow('SWS-Store1', SW).focus();
  await page.keyboard.type('Event');
  await expect(page).toHaveURL(/\/events$/);
  await expect(shell.resultsTitle).toHaveText('Event Viewer');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/\/events\/System$/);
  // The row keeps the focus while the page follows the URL: Left acts from it.
  await expect(shell.treeRow('System')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/events\/windows-logs$/);
  await expect(shell.resultsTitle).toHaveText('Windows Logs');
});

test('a label the pane cuts shows its full name on hover and on keyboard focus', async ({ page, lab, shell }) => {
  await openPaused(lab, SW);
  const node = shell.treeRow('StarWind Management Console');
  const label = node.getByText('StarWind Management Console');
  // The tree pane's width cuts this name (the test keeps the default width).
  expect(await label.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  const tooltip = page.getByRole('tooltip');
  await label.hover();
  await expect(tooltip).toHaveText('StarWind Management Console');
  await page.mouse.move(700, 600);
  await expect(tooltip).toBeHidden();
  await shell.treeRow('iSCSI').click();
  await expect(tooltip).toBeHidden();
  await page.keyboard.type('StarWind M');
  await expectFocused(node);
  await expect(tooltip).toHaveText('StarWind Management Console');
  // A name that fits shows none.
  await page.keyboard.press('ArrowUp');
  await expect(tooltip).toBeHidden();
});

test('Alt+N and Alt+B are Next and Back in a wizard; Delete removes the selected server; F5 refreshes without reloading', async ({ page, lab, shell, wizard }) => {
  await openPaused(lab, SW);
  for (const address of ['SWS-Store1', 'SWS-Store2']) {
    const added = await lab.api('POST', '/api/v1/starwind/servers', { address, login: 'root', password: 'starwind' });
    expect(added.ok).toBe(true);
  }
  await shell.tree.select('SWS-Store1', SW);
  await shell.actions.run('Add Target');
  await expect(wizard.title).toHaveText('Target Alias');
  await wizard.fill({ targetAlias: 'HA1' });
  await page.keyboard.press('Alt+n');
  await expect(wizard.title).toHaveText('Target Type');
  await page.keyboard.press('Alt+b');
  await expect(wizard.title).toHaveText('Target Alias');
  await expect(wizard.dialog.locator('[data-field="targetAlias"] input')).toHaveValue('HA1');
  // Nothing behind the wizard answers the frame's keys while it is open.
  await page.keyboard.press('Delete');
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await wizard.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard.dialog).toBeHidden();

  // Delete on a server node runs Remove Server (its confirmation first).
  await shell.tree.select('SWS-Store2', SW);
  await shell.treeRow('SWS-Store2', SW).focus();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog', { name: 'Remove Server' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(shell.treeRow('SWS-Store2', SW)).toHaveCount(0);
  await expect(page).toHaveURL(/\/starwind$/);

  // F5 reads the view from the lab again: the page is not reloaded, the view and selection stay.
  await page.evaluate(() => Object.assign(window, { keptAcrossF5: true }));
  await shell.treeRow('StarWind Management Console').focus();
  await page.keyboard.press('F5');
  await expect(shell.row('StarWind servers', 'SWS-Store1')).toBeVisible();
  await expect(shell.resultsTitle).toHaveText('StarWind Management Console');
  expect(await page.evaluate(() => (window as unknown as { keptAcrossF5?: boolean }).keptAcrossF5)).toBe(true);
});
