// The HA device's failover in the browser, by the consoles' labels: the sync channel cut on the
// partner's server page and plugged in again (fast sync), maintenance mode on and off, a total
// blackout recovered with Mark as synchronized (full sync), and Remove Device. The lab clock is
// paused and moved by the test, so every figure the console shows is exact:
//   1 GiB = 1,073,741,824 bytes at 1 GbE (125,000,000 bytes/s) → 8,590 ms;
//   256 MiB = 268,435,456 bytes → 2,148 ms; a lost partner is noticed after 5 s (the default).
// The rules are those of src/engine/domains/starwind/partner-watch.ts and of StarWind's documentation.
import type { Locator, Page } from '@playwright/test';
import type { StarWindVersion } from '../src/api/types';
import { addStarWindServers, createHa1, expect, test, type Lab, type Shell } from './fixtures';

const SW = '/starwind';
const STORE1 = 'SWS-Store1';
const STORE2 = 'SWS-Store2';
const IQN1 = 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1';
const IQN2 = 'iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner';
const SYNC_BYTES_PER_S = 125_000_000;
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
const syncMs = (bytes: number) => Math.ceil((bytes * 1000) / SYNC_BYTES_PER_S);
/** The default partner-loss detection time (common.ts, PARTNER_LOSS_DETECTION_MS_DEFAULT). */
const DETECTION_MS = 5_000;
/** Boot is 90 s ± 20 % (domain/power.ts). */
const PAST_BOOT_MS = 120_000;
/** "Last synchronization" ends with the lab's date and time, as Windows writes it. */
const WHEN = String.raw`, \d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}:\d{2} [AP]M$`;

/** Opens a tree node (double-click, as in Windows) unless it is open already. */
async function expandNode(shell: Shell, label: string, under: string) {
  const row = shell.treeRow(label, under);
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.dblclick();
  await expect(row).toHaveAttribute('aria-expanded', 'true');
}

/** The cell of the Partners table for `host` in the row labelled `label`. */
async function partnerCell(page: Page, label: string, host: string): Promise<Locator> {
  const table = page.getByRole('table', { name: 'Partners' });
  const headers = await table.locator('thead th').allInnerTexts();
  const column = headers.map((text) => text.trim()).indexOf(host);
  expect(column, `a column for ${host}`).toBeGreaterThan(0);
  return table.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).locator('td').nth(column - 1);
}

/** A value of the device's property list ("Last synchronization", "Size", ...). */
function property(page: Page, label: string): Locator {
  return page.getByTestId('device-view').locator('dt').filter({ hasText: new RegExp(`^${label}:$`) }).locator('xpath=following-sibling::dd[1]');
}

/**
 * Two servers in the console and HA1 / HA1Partner (1 GB) with the Add Target wizard's choices,
 * synchronized, in a lab of this StarWind version (5 has no heartbeat channel). Built through the
 * API: the wizard has its own flow in starwind.spec.ts.
 */
async function synchronizedHa1(page: Page, lab: Lab, shell: Shell, version: StarWindVersion = 8) {
  await lab.open(SW);
  await lab.reset({ options: { starwindVersion: version } });
  await lab.clock.pause();
  await addStarWindServers(lab);
  // StarWind 5 synchronizes over one interface and has no heartbeat channel.
  await createHa1(lab, GIB, version === 5 ? { heartbeatLocalIp: '', heartbeatPartnerIp: '' } : {});
  await expandNode(shell, STORE1, SW);
  await expandNode(shell, STORE2, SW);
  await shell.tree.select('HA1', SW);
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronizing 0%');
  await lab.clock.advance(syncMs(GIB));
  await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Synchronized');
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronized');
  await expect(property(page, 'Size')).toHaveText('1 GB (1,073,741,824 bytes)');
  await expect(property(page, 'Last synchronization')).toHaveText(new RegExp(`^Initial, 1 GB moved in 9 s${WHEN}`));
  await expect(shell.treeRow('HA1', SW).locator('[data-sync-badge]')).toHaveCount(0);
}

/** The HA device's id (for the engine's write command, which has no UI until initiators exist). */
async function haId(lab: Lab): Promise<string> {
  const listed = await lab.api('GET', `/api/v1/starwind/servers/${STORE1}/devices`);
  if (!listed.ok) throw new Error(listed.problem.detail);
  const id = (listed.value as { devices: Array<{ haDeviceId: string | null }> }).devices.find((device) => device.haDeviceId)?.haDeviceId;
  if (!id) throw new Error('No HA device on SWS-Store1');
  return id;
}

/** A server's page in the Servers console. */
async function openServerPage(page: Page, shell: Shell, name: string) {
  const row = shell.treeRow(name, '/servers');
  if (!(await row.isVisible())) await expandNode(shell, 'Servers', '/servers');
  await shell.tree.select(name, '/servers');
  await expect(page.getByRole('tab', { name: 'Network Connections' })).toHaveAttribute('aria-selected', 'true');
}

/** Unplugs or plugs in a NIC's cable from the server page's Network Connections. */
async function cable(page: Page, shell: Shell, server: string, nic: string, action: 'Unplug Cable' | 'Plug In Cable') {
  await openServerPage(page, shell, server);
  const row = shell.row('Network Connections', `${server}/${nic}`);
  await row.click();
  await shell.actions.run(action, { section: nic });
  await expect(row.getByRole('gridcell').nth(3)).toHaveText(action === 'Unplug Cable' ? 'Network cable unplugged' : 'Connected');
}

/** Turn Off (confirmed) or Start on a server's page. */
async function power(page: Page, shell: Shell, server: string, action: 'Turn Off' | 'Start') {
  await openServerPage(page, shell, server);
  await shell.actions.run(action, { section: server });
  if (action === 'Turn Off') {
    const confirm = page.getByRole('alertdialog', { name: 'Turn Off Server' });
    await expect(confirm).toContainText(`Do you want to turn off ${server}?`);
    await confirm.getByRole('button', { name: 'Turn Off' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId('power-state')).toContainText('Off');
  } else {
    await expect(page.getByTestId('power-state')).toContainText('Starting');
  }
}

for (const version of [5, 8] as const) {
  test(`StarWind ${version}: sync channel cut on SWS-Store2: its replica is not synchronized and blocked; plugged in again, a fast sync of exactly the blocks written meanwhile`, async ({ page, lab, shell }) => {
    await synchronizedHa1(page, lab, shell, version);
    const ha1 = shell.treeRow('HA1', SW);
    // Wizard defaults: sync on the iSCSI network (version 8: heartbeat on Public); SWS-Store1 is the primary.
    await expect(await partnerCell(page, 'Synchronization channel', STORE1)).toHaveText('172.30.100.21 → 172.30.100.22: Connected');
    if (version === 8) await expect(await partnerCell(page, 'Heartbeat channel', STORE1)).toHaveText('192.168.100.21 → 192.168.100.22: Connected');
    await expect(await partnerCell(page, 'Priority', STORE1)).toHaveText('Primary');
    await expect(await partnerCell(page, 'Priority', STORE2)).toHaveText('Secondary');

    // Unplug SWS-Store2's iSCSI cable: the sync channel (version 8: the heartbeat stays on Public).
    await cable(page, shell, STORE2, 'iSCSI', 'Unplug Cable');

    // Until the detection time has passed, both sides still count as synchronized.
    await lab.clock.advance(DETECTION_MS - 1);
    await shell.tree.select('HA1', SW);
    await expect(await partnerCell(page, 'Synchronization channel', STORE1)).toHaveText('172.30.100.21 → 172.30.100.22: Not connected');
    await expect(await partnerCell(page, 'Synchronization channel', STORE2)).toHaveText('172.30.100.22 → 172.30.100.21: Not connected');
    await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronized');
    await expect(ha1.locator('[data-sync-badge]')).toHaveCount(0);

    // 5 s after the cut: the lower priority (SWS-Store2) gives way: Not synchronized and blocked.
    // Version 8 by its Heartbeat strategy (the heartbeat says the partner lives); version 5 because
    // the secondary stops serving when the sync channel is lost while the partner still runs.
    await lab.clock.advance(1);
    await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Not synchronized');
    await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Synchronized');
    await expect(await partnerCell(page, 'Blocked for reads and writes', STORE2)).toHaveText('Yes');
    await expect(await partnerCell(page, 'Blocked for reads and writes', STORE1)).toHaveText('No');
    if (version === 8) {
      await expect(await partnerCell(page, 'Heartbeat channel', STORE1)).toHaveText('192.168.100.21 → 192.168.100.22: Connected');
      await expect(await partnerCell(page, 'Heartbeat channel', STORE2)).toHaveText('192.168.100.22 → 192.168.100.21: Connected');
    }
    // Only one side serves, so this is no split brain.
    await expect(page.getByRole('alert').filter({ hasText: 'split-brain' })).toHaveCount(0);
    await expect(ha1.locator('[data-sync-badge]')).toBeVisible();
    await expect(ha1.getByRole('img', { name: 'Not synchronized' })).toBeVisible();
    await expect(shell.treeRow('HA1Partner', SW).locator('[data-sync-badge]')).toBeVisible();
    await expect(shell.actions.button('Synchronize')).toBeEnabled();
    await expect(shell.actions.button('Mark as synchronized')).toBeDisabled();

    // The StarWind log: SWS-Store1 records its partner's new state (ID_771, partner not
    // synchronized), the lost channel (ID_778) and all synchronization connections lost (ID_779).
    await shell.tree.select('StarWind');
    const events = shell.grid('StarWind events');
    const eventRows = (id: string) => events.getByRole('row').filter({ has: page.getByRole('gridcell', { name: id, exact: true }) });
    await eventRows('ID_771').first().click();
    const notSynchronized = page.getByRole('main').getByRole('region', { name: 'Event ID_771, StarWind' });
    await expect(notSynchronized.getByTestId('event-message')).toHaveText(`HA Device ${IQN1}: partner node ${IQN2} state has changed to "Not synchronized".`);
    await expect(notSynchronized).toContainText(STORE1);
    await expect(eventRows('ID_778').first()).toBeVisible();
    await eventRows('ID_779').first().click();
    await expect(page.getByRole('main').getByRole('region', { name: 'Event ID_779, StarWind' }).getByTestId('event-message')).toHaveText(
      new RegExp(`^HA Device iqn\\.2008-08\\.com\\.starwindsoftware:sws-store[12]-ha1(partner)?: all synchronization connections with partner node .* lost\\.$`),
    );

    // Meanwhile SWS-Store1 continues alone: 256 MiB written through the engine's write command (no
    // initiator UI yet) are recorded as dirty blocks.
    const written = await lab.api('POST', `/api/v1/starwind/devices/${await haId(lab)}/writes`, { side: 0, offsetBytes: 0, lengthBytes: 256 * MIB, count: 1 });
    expect(written.ok).toBe(true);

    // Plug the cable in again: the partners resynchronize by themselves, a fast sync of those blocks.
    await cable(page, shell, STORE2, 'iSCSI', 'Plug In Cable');
    await shell.tree.select('HA1', SW);
    await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronizing 0%');
    const progress = page.getByRole('progressbar', { name: `Synchronization progress (Fast, ${STORE2})` });
    await expect(progress).toBeVisible();
    const fastMs = syncMs(256 * MIB); // 2,148 ms
    await lab.clock.advance(1000);
    // 125,000,000 of 268,435,456 bytes: 46 %; 143,435,456 bytes left: 1,148 ms, "about 2 s left".
    await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronizing 46%');
    await expect(progress).toHaveAttribute('aria-valuetext', '46%, about 2 s left');
    await expect(ha1.locator('[data-sync-badge]')).toHaveText('46%');
    await lab.clock.advance(fastMs - 1000 - 1);
    await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronizing 99%');
    await lab.clock.advance(1);

    await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Synchronized');
    await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronized');
    await expect(await partnerCell(page, 'Blocked for reads and writes', STORE2)).toHaveText('No');
    await expect(await partnerCell(page, 'Synchronization channel', STORE2)).toHaveText('172.30.100.22 → 172.30.100.21: Connected');
    await expect(progress).toHaveCount(0);
    await expect(ha1.locator('[data-sync-badge]')).toHaveCount(0);
    await expect(shell.treeRow('HA1Partner', SW).locator('[data-sync-badge]')).toHaveCount(0);
    await expect(property(page, 'Last synchronization')).toHaveText(new RegExp(`^Fast, 256 MB moved in 3 s${WHEN}`));
    const device = await lab.api('GET', `/api/v1/starwind/devices/${await haId(lab)}`);
    expect(device.ok && (device.value as { lastSync: unknown }).lastSync).toMatchObject({ type: 'fast', bytesMoved: 256 * MIB, completed: true });

    // Newest first: the latest ID_769 is the partner's return to "Synchronized".
    await shell.tree.select('StarWind');
    await eventRows('ID_769').first().click();
    const synchronized = page.getByRole('main').getByRole('region', { name: 'Event ID_769, StarWind' });
    await expect(synchronized.getByTestId('event-message')).toHaveText(`HA Device ${IQN1}: partner node ${IQN2} state has changed to "Synchronized".`);
  });
}

test('maintenance mode on and off; after a total blackout both replicas are blocked until SWS-Store1 is marked as synchronized, then a full sync', async ({ page, lab, shell, form }) => {
  await synchronizedHa1(page, lab, shell);

  // Switch maintenance mode on: both sides keep Synchronized ("pre-synchronized").
  await shell.actions.run('Switch maintenance mode');
  const on = page.getByRole('alertdialog', { name: 'Switch maintenance mode on' });
  await expect(on).toContainText('Switch maintenance mode on for HAImage1? Client connections are cut and both sides stay synchronized');
  await on.getByRole('button', { name: 'Switch On' }).click();
  await expect(on).toBeHidden();
  await expect(await partnerCell(page, 'Maintenance mode', STORE1)).toHaveText('On');
  await expect(await partnerCell(page, 'Maintenance mode', STORE2)).toHaveText('On');
  await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Synchronized');
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronized');
  await expect(await partnerCell(page, 'Blocked for reads and writes', STORE1)).toHaveText('Yes (maintenance mode)');
  await expect(await partnerCell(page, 'Blocked for reads and writes', STORE2)).toHaveText('Yes (maintenance mode)');
  await expect(shell.treeRow('HA1', SW).locator('[data-sync-badge]')).toHaveCount(0);
  await expect(shell.actions.button('Synchronize')).toBeDisabled();
  await expect(shell.actions.button('Mark as synchronized')).toBeDisabled();

  // Switch it off again: clients may connect, nothing to resynchronize.
  await shell.actions.run('Switch maintenance mode');
  const off = page.getByRole('alertdialog', { name: 'Switch maintenance mode off' });
  await expect(off).toContainText('Switch maintenance mode off for HAImage1? Clients can connect again.');
  await off.getByRole('button', { name: 'Switch Off' }).click();
  await expect(off).toBeHidden();
  await expect(await partnerCell(page, 'Maintenance mode', STORE1)).toHaveText('Off');
  await expect(await partnerCell(page, 'Maintenance mode', STORE2)).toHaveText('Off');
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronized');
  await expect(property(page, 'Last synchronization')).toHaveText(new RegExp(`^Initial, 1 GB moved in 9 s${WHEN}`));

  // Total blackout: both storage servers lose power (Turn Off is pulling the plug), then start.
  await power(page, shell, STORE1, 'Turn Off');
  await power(page, shell, STORE2, 'Turn Off');
  await power(page, shell, STORE1, 'Start');
  await power(page, shell, STORE2, 'Start');
  await lab.clock.advance(PAST_BOOT_MS);
  for (const server of [STORE1, STORE2]) {
    await openServerPage(page, shell, server);
    await expect(page.getByTestId('power-state')).toContainText('Running');
  }

  // The console lost its sessions with the servers: log in again by expanding each.
  for (const server of [STORE1, STORE2]) {
    const row = shell.treeRow(server, SW);
    if ((await row.getAttribute('aria-expanded')) === 'true') await row.dblclick();
    await row.dblclick();
    const prompt = page.getByRole('dialog', { name: `Connect to ${server}` });
    await form.fill({ login: 'root', password: 'starwind' }, prompt);
    await prompt.getByRole('button', { name: 'OK' }).click();
    await expect(prompt).toBeHidden();
    await expandNode(shell, server, SW);
  }

  // Nobody can tell which replica is newest: both Not synchronized and blocked.
  await shell.tree.select('HA1', SW);
  await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Not synchronized');
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Not synchronized');
  await expect(await partnerCell(page, 'Blocked for reads and writes', STORE1)).toHaveText('Yes');
  await expect(await partnerCell(page, 'Blocked for reads and writes', STORE2)).toHaveText('Yes');
  await expect(await partnerCell(page, 'Synchronization channel', STORE1)).toHaveText('172.30.100.21 → 172.30.100.22: Connected');
  await expect(shell.treeRow('HA1', SW).getByRole('img', { name: 'Not synchronized' })).toBeVisible();
  // It stays so: no automatic sync without a synchronized source.
  await lab.clock.advance(60_000);
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Not synchronized');

  // Synchronize has no source to copy from, so it is not offered; Mark as synchronized is.
  await expect(shell.actions.button('Synchronize')).toBeDisabled();
  await expect(shell.actions.button('Mark as synchronized')).toBeEnabled();

  // Mark as synchronized on SWS-Store1's side (its HA1 node).
  await shell.actions.run('Mark as synchronized');
  const mark = page.getByRole('alertdialog', { name: 'Mark as synchronized' });
  await expect(mark).toContainText(`Mark HAImage1 on ${STORE1} as synchronized? Its data becomes the reference; the partner then needs a full synchronization from it.`);
  await mark.getByRole('button', { name: 'Mark as synchronized' }).click();
  await expect(mark).toBeHidden();

  // SWS-Store1 serves again; a full sync of the whole 1 GB to SWS-Store2 runs by itself.
  await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Synchronized');
  await expect(await partnerCell(page, 'Blocked for reads and writes', STORE1)).toHaveText('No');
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronizing 0%');
  await expect(page.getByRole('progressbar', { name: `Synchronization progress (Full, ${STORE2})` })).toBeVisible();
  await expect(shell.actions.button('Mark as synchronized')).toBeDisabled();
  await expect(shell.actions.button('Synchronize')).toBeDisabled();
  await lab.clock.advance(syncMs(GIB) - 1);
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronizing 99%');
  await lab.clock.advance(1);
  await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Synchronized');
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronized');
  await expect(await partnerCell(page, 'Blocked for reads and writes', STORE2)).toHaveText('No');
  await expect(property(page, 'Last synchronization')).toHaveText(new RegExp(`^Full, 1 GB moved in 9 s${WHEN}`));
  await expect(shell.treeRow('HA1', SW).locator('[data-sync-badge]')).toHaveCount(0);
  await expect(shell.treeRow('HA1Partner', SW).locator('[data-sync-badge]')).toHaveCount(0);
});

test('Remove Device lists both targets and devices first, then removes HA1 and HA1Partner', async ({ page, lab, shell }) => {
  await synchronizedHa1(page, lab, shell);

  await shell.actions.run('Remove Device');
  const confirm = page.getByRole('alertdialog', { name: 'Remove Device' });
  await expect(confirm).toContainText("Do you want to remove HAImage1? The targets are deleted and initiators lose the disk; the image files stay on the servers' volumes.");
  await expect(confirm.getByRole('listitem')).toHaveText([
    `Target HA1 on ${STORE1} (${IQN1})`,
    `Target HA1Partner on ${STORE2} (${IQN2})`,
    `Device HAImage1 on ${STORE1} (My Computer\\D\\HA1.img)`,
    `Device HAImage1 on ${STORE2} (My Computer\\D\\HA1.img)`,
    'No initiator is connected',
  ]);
  // Cancel changes nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(shell.treeRow('HA1', SW)).toBeVisible();

  await shell.actions.run('Remove Device');
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(shell.resultsTitle).toHaveText(STORE1);
  await expect(shell.treeRow('HA1', SW)).toHaveCount(0);
  await expect(shell.treeRow('HA1Partner', SW)).toHaveCount(0);
  await expect(shell.treeRow('HAImage1', SW)).toHaveCount(0);

  for (const server of [STORE1, STORE2]) {
    const devices = await lab.api('GET', `/api/v1/starwind/servers/${server}/devices`);
    expect(devices.ok && (devices.value as { devices: unknown[] }).devices).toEqual([]);
    const targets = await lab.api('GET', `/api/v1/starwind/servers/${server}/targets`);
    expect(targets.ok && (targets.value as { targets: unknown[] }).targets).toEqual([]);
  }
});
