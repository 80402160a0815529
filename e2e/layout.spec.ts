// The console at 1024 × 700, as on a small laptop or a projector: the Actions pane gives way first
// so the results keep their important columns; panes and columns are resized by keyboard, columns
// hidden and reordered, and all of it is still there after a reload.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1024, height: 700 } });

const SYSTEM_LOG = '/events/System';

function header(page: Page, name: string) {
  return page.getByRole('grid', { name: 'System events' }).getByRole('columnheader', { name, exact: true });
}

async function headerNames(page: Page): Promise<string[]> {
  return (await page.getByRole('grid', { name: 'System events' }).getByRole('columnheader').allInnerTexts()).map((text) => text.trim());
}

test('at 1024 × 700 the Actions pane collapses first and the Event ID and Computer columns stay in view', async ({ page, lab, shell }) => {
  await lab.open(SYSTEM_LOG);
  await expect(shell.resultsTitle).toHaveText('System');
  await expect(shell.actionsPane).toHaveCount(0);
  await expect(shell.treeView).toBeVisible();
  await expect(page.locator('[role="row"][data-row-key]').first()).toBeVisible();
  for (const name of ['Level', 'Source', 'Event ID', 'Computer']) await expect(header(page, name)).toBeInViewport({ ratio: 1 });

  // The collapsed pane's button brings it back; the choice holds for a narrow window after a reload.
  await page.getByRole('button', { name: 'Expand the Actions pane' }).click();
  await expect(shell.actionsPane).toBeVisible();
  await page.reload();
  await lab.waitReady();
  await expect(shell.actionsPane).toBeVisible();
  await page.getByRole('button', { name: 'Hide Action Pane' }).click();
  await expect(shell.actionsPane).toHaveCount(0);
});

test('the console tree is resized and collapsed by keyboard, and keeps its width after a reload', async ({ page, lab, shell }) => {
  await lab.open('/servers');
  const splitter = page.getByRole('separator', { name: 'Console tree width' });
  const tree = page.getByRole('navigation', { name: 'Console tree' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  const widthBefore = (await tree.boundingBox())!.width;
  await splitter.focus();
  await splitter.press('ArrowRight');
  await splitter.press('ArrowRight');
  await splitter.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 48));
  expect((await tree.boundingBox())!.width).toBeCloseTo(widthBefore + 48, 0);

  await page.reload();
  await lab.waitReady();
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 48));
  expect((await tree.boundingBox())!.width).toBeCloseTo(widthBefore + 48, 0);

  // Enter collapses the pane (the window-splitter pattern); its strip's button brings it back.
  await splitter.focus();
  await splitter.press('Enter');
  await expect(tree).toHaveCount(0);
  await page.reload();
  await lab.waitReady();
  await expect(tree).toHaveCount(0);
  await page.getByRole('button', { name: 'Expand the console tree' }).click();
  await expect(shell.treeView).toBeVisible();
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 48));
});

test('a column hidden, moved and resized stays so after a reload, and a cut value shows its full text', async ({ page, lab, shell }) => {
  await lab.open(SYSTEM_LOG);
  await expect(page.locator('[role="row"][data-row-key]').first()).toBeVisible();
  expect(await headerNames(page)).toEqual(['Level', 'Date and Time', 'Source', 'Event ID', 'Task Category', 'Computer']);

  await shell.menu('View', 'Add/Remove Columns…');
  const dialog = page.getByRole('dialog', { name: 'Add/Remove Columns' });
  await dialog.getByText('Task Category', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Move Computer up' }).click();
  await dialog.getByRole('button', { name: 'Move Computer up' }).click();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toHaveCount(0);
  const arranged = ['Level', 'Date and Time', 'Source', 'Computer', 'Event ID'];
  expect(await headerNames(page)).toEqual(arranged);

  // The Source column's edge, by keyboard: Home takes it to its narrowest.
  const sourceEdge = page.getByRole('separator', { name: 'Source column width' });
  await sourceEdge.focus();
  await sourceEdge.press('Home');
  await expect(sourceEdge).toHaveAttribute('aria-valuenow', '40');
  await expect.poll(async () => (await header(page, 'Source').boundingBox())!.width).toBeCloseTo(40, 0);

  await page.reload();
  await lab.waitReady();
  await expect(page.locator('[role="row"][data-row-key]').first()).toBeVisible();
  expect(await headerNames(page)).toEqual(arranged);
  expect((await header(page, 'Source').boundingBox())!.width).toBeCloseTo(40, 0);

  // A value its column cuts shows the whole of it when hovered.
  const cell = page.locator('[role="row"][data-row-key]').first().getByRole('gridcell').nth(2);
  const full = (await cell.textContent())!.trim();
  expect(full.length).toBeGreaterThan(4);
  await cell.hover();
  await expect(cell).toHaveAttribute('title', full);

  // The header's context menu opens the same dialog; Restore Defaults brings every column back.
  await header(page, 'Event ID').click({ button: 'right' });
  await dialog.getByRole('button', { name: 'Restore Defaults' }).click();
  await dialog.getByRole('button', { name: 'OK' }).click();
  expect(await headerNames(page)).toEqual(['Level', 'Date and Time', 'Source', 'Event ID', 'Task Category', 'Computer']);
});
