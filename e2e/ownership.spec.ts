import { expect, Lab, test } from './fixtures';

test('one tab owns the lab; a second tab says so and can take it over', async ({ page, context, lab }) => {
  await lab.open('/servers');

  const second = await context.newPage();
  await second.goto('/servers');
  const busy = second.getByRole('alertdialog', { name: 'HA Lab is open in another tab' });
  await expect(busy).toBeVisible();
  await expect(second.locator('footer').getByRole('status')).toHaveText('The lab is open in another tab');

  await busy.getByRole('button', { name: 'Take over' }).click();
  await new Lab(second).waitReady();
  await expect(busy).toBeHidden();
  await expect(second.getByRole('grid', { name: 'Servers' }).locator('[role="row"][data-row-key]')).toHaveCount(5);

  // The first tab lost the lab: it reloads into a state that says where the lab went.
  const moved = page.getByRole('alertdialog', { name: 'The lab moved to another tab' });
  await expect(moved).toBeVisible();
  await expect(page.locator('footer').getByRole('status')).toHaveText('The lab moved to another tab');
});
