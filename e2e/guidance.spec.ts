// Issue 9, "Where to start", "The lab clock", "Scripting and demos": the first screen and its
// steps, the clock's names and tooltips, the status bar's job text and Paused notice, the clock's
// slow-down while a wizard waits for input, and haLab.waitFor. Starting states come through the
// API (fixtures); the UI is used only for what is tested.
import type { Page } from '@playwright/test';
import type { Job } from '../src/api/types';
import { addStarWindServers, createHa1, expect, test, walkAddTargetHa } from './fixtures';

const GIB = 1024 ** 3;
/** 1 GbE sync: 125,000 bytes per simulated ms. */
const SYNC_BYTES_PER_MS = 125_000;

async function clockSettings(page: Page): Promise<{ paused: boolean; speed: number | 'max' }> {
  return page.evaluate(() => window.haLab!.api('GET', '/api/v1/lab/clock') as Promise<{ paused: boolean; speed: number | 'max' }>);
}

async function syncJob(page: Page): Promise<Job> {
  const { jobs } = (await page.evaluate(() => window.haLab!.api('GET', '/api/v1/jobs'))) as { jobs: Job[] };
  const job = jobs.find((entry) => entry.kind === 'starwind.sync');
  if (!job) throw new Error('no sync job');
  return job;
}

test('the first screen says where to begin, its steps open the consoles, and once dismissed it comes back from Help', async ({ page, lab, shell }) => {
  await lab.open('/');
  await expect(page).toHaveURL(/\/lab\/getting-started$/);
  const guide = page.getByTestId('getting-started');
  await expect(guide.getByRole('heading', { name: 'Getting Started' })).toBeVisible();
  await expect(guide).toContainText('Hyper-V and High Availability Shared Storage');
  await expect(guide.getByRole('link', { name: 'open StarWind Management Console → Add Server' })).toBeVisible();
  // Every console of the document is in the lab: the VM chapter's steps open Hyper-V Manager and
  // Configure a Service or Application on Cluster1's Services and applications.
  await expect(guide.locator('[data-seed-step="hyperv.create"]').getByRole('link')).toHaveCount(1);
  await expect(guide.locator('[data-seed-step="hyperv.configure"]').getByRole('link')).toHaveCount(1);
  // Failover Cluster Manager is in the lab: the cluster chapter's first step opens it.
  await expect(guide.locator('[data-seed-step="cluster.open"]').getByRole('link')).toHaveCount(1);
  // The iSCSI steps link Demo1's iSCSI Initiator, the MPIO steps its MPIO node.
  await expect(guide.locator('[data-seed-step="iscsi.discovery"]').getByRole('link')).toHaveCount(1);
  await expect(guide.locator('[data-seed-step="mpio.iscsi"]').getByRole('link')).toHaveCount(1);

  // The steps beside the console: a step's link opens its console and its dialog.
  await guide.getByRole('button', { name: 'Show the steps beside the console' }).click();
  const pane = page.getByRole('complementary', { name: 'Seed document steps' });
  await expect(pane).toBeVisible();
  await pane.locator('[data-seed-step="starwind.add-servers"]').getByRole('link').click();
  await expect(page).toHaveURL(/\/starwind$/);
  const addServer = page.getByRole('dialog', { name: 'Add Server' });
  await expect(addServer).toBeVisible();
  await addServer.getByRole('button', { name: 'Cancel' }).click();
  await expect(pane).toBeVisible();
  await pane.getByRole('button', { name: 'Close the steps' }).click();
  await expect(pane).toBeHidden();

  // Dismissed: `/` opens the Servers list, even after a reload; Help brings the page back.
  await shell.menu('Help', 'Getting Started');
  await guide.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page).toHaveURL(/\/servers$/);
  await lab.open('/');
  await expect(page).toHaveURL(/\/servers$/);
  await shell.menu('Help', 'Getting Started');
  await expect(page).toHaveURL(/\/lab\/getting-started$/);
  await expect(guide.getByRole('checkbox', { name: 'Show this page when the console opens' })).not.toBeChecked();
});

test('the clock: named controls with tooltips, the job in the status bar, and Paused with one click to resume after a reload', async ({ page, lab, shell }) => {
  await lab.open('/servers');
  await lab.clock.pause();
  const bar = shell.statusBar;
  // react-aria shows tooltips on hover once the pointer has been used, as a person's mouse has.
  await shell.resultsTitle.click();
  await bar.getByRole('button', { name: 'Run', exact: true }).hover();
  await expect(page.getByRole('tooltip')).toHaveText('Run: lab time moves at the chosen speed');
  await bar.getByRole('button', { name: 'Step to the next scheduled event' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Step to the next scheduled event');
  await bar.locator('[data-field="clockSpeed"]').getByRole('button').click();
  await expect(page.getByRole('option')).toHaveText(['Paused', '1× real time', '10× (10 s a second)', '100× (100 s a second)', '1000× (about 17 min a second)', 'As fast as possible']);
  await page.getByRole('option', { name: 'Paused' }).click();
  await expect(page.getByRole('listbox')).toBeHidden();

  // A 20 GiB HA device made through the API; 60 s into its initial sync the bar says how far it is.
  await addStarWindServers(lab);
  await createHa1(lab, 20 * GIB);
  const job = await syncJob(page);
  await lab.clock.advance(60_000);
  const percent = Math.floor((60_000 * SYNC_BYTES_PER_MS * 100) / (20 * GIB));
  const leftS = Math.ceil((job.dueMs! - job.startedMs - 60_000) / 1000);
  const left = `${Math.floor(leftS / 60)} min ${String(leftS % 60).padStart(2, '0')} s left`;
  await expect(bar.getByRole('status')).toHaveText(`Initial synchronization of HA1: ${percent}%, ${left}`);

  // The lab version is in a details popover that says what it counts.
  await page.getByRole('button', { name: 'Lab details' }).click();
  await expect(page.getByRole('dialog', { name: 'Lab details' })).toContainText('counts the changes the lab has applied');
  await page.keyboard.press('Escape');

  await page.reload();
  await lab.waitReady();
  const notice = page.getByTestId('paused-notice');
  await expect(notice).toContainText('Paused');
  await notice.getByRole('button', { name: 'Resume' }).click();
  await expect(notice).toBeHidden();
  expect((await clockSettings(page)).paused).toBe(false);
});

test('at 1000× the clock runs at 1× while the Add Target wizard waits for input, and at 1000× on its progress page', async ({ page, lab, shell, wizard }) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await lab.open('/starwind');
  await addStarWindServers(lab);
  await shell.tree.select('SWS-Store1', '/starwind');
  await page.evaluate(async () => {
    await window.haLab!.clock.setSpeed(1000);
    await window.haLab!.clock.resume();
  });

  await shell.actions.run('Add Target');
  await expect.poll(() => clockSettings(page)).toEqual({ paused: false, speed: 1 });
  await expect(shell.statusBar.getByTestId('clock-slowed')).toHaveText('1× while a dialog is open (back to 1000× after)');
  await walkAddTargetHa(wizard, 'HA1', async (title) => {
    if (title === 'Partner Server') {
      // A refused page (422 from ?validate=only) shows its error and logs nothing in the console.
      await wizard.fill({ partnerPassword: 'wrong' });
      await wizard.next();
      await expect(wizard.title).toHaveText('Partner Server');
      await expect(wizard.dialog.getByText(/password|credentials|log in/i).first()).toBeVisible();
      await wizard.fill({ partnerPassword: 'starwind' });
    }
    // The completion page follows the sync: a progress page keeps the chosen speed.
    const expected = title === 'Completing the Add Target Wizard' ? 1000 : 1;
    await expect.poll(async () => (await clockSettings(page)).speed, { message: `the clock's speed on the page ${title}` }).toBe(expected);
  });
  await wizard.finish();
  await expect.poll(() => clockSettings(page)).toEqual({ paused: false, speed: 1000 });
  expect(consoleErrors).toEqual([]);

  // View setting off (or haLab.clock.setDialogSlowdown(false)): a dialog leaves the speed alone.
  await page.evaluate(() => window.haLab!.clock.setDialogSlowdown(false));
  await shell.actions.run('Add Target');
  await expect(wizard.title).toHaveText('Target Alias');
  expect((await clockSettings(page)).speed).toBe(1000);
  await wizard.cancel();
});

test('haLab.waitFor: paused, it steps the clock to the end of the sync; a condition that never holds times out in simulated time', async ({ page, lab }) => {
  await lab.open('/servers');
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 20 * GIB);
  const job = await syncJob(page);

  const synced = await page.evaluate(() =>
    window.haLab!.waitFor(
      { path: '/api/v1/jobs', until: (answer) => (answer as { jobs: Job[] }).jobs.some((entry) => entry.kind === 'starwind.sync' && entry.state === 'succeeded') },
      { timeoutSimMs: 600_000 },
    ),
  );
  expect((synced as { jobs: Job[] }).jobs.find((entry) => entry.id === job.id)?.state).toBe('succeeded');
  // Exactly at the sync's due time: the paused clock went from event to event, no further.
  expect((await lab.info()).nowMs).toBe(job.dueMs);
  expect((await clockSettings(page)).paused).toBe(true);

  const message = await page.evaluate(() =>
    window.haLab!.waitFor(() => false, { timeoutSimMs: 5_000 }).then(
      () => 'resolved',
      (error: Error) => error.message,
    ),
  );
  expect(message).toMatch(/^haLab\.waitFor: the predicate did not hold within 5000 ms of simulated time/);
  expect((await lab.info()).nowMs).toBeGreaterThanOrEqual(job.dueMs! + 5_000);
});
