// The seed document, "Setup StarWind SAN Software", steps 1 to 16, by the console's labels: two
// servers added and connected, the HA device HA1 / HA1Partner created with the Add Target wizard
// as StarWind 5 shows it (a new lab's starwindVersion), synchronized as the lab clock moves; then
// the 1024 MB quorum device. And the refusals.
import type { Page } from '@playwright/test';
import { addStarWindServers, createHa1, expect, test, type Form, type Lab, type Shell, type Wizard } from './fixtures';

const SW = '/starwind';
const STORE1 = 'SWS-Store1';
const STORE2 = 'SWS-Store2';
/** 1 GbE sync: 125,000,000 bytes/s. */
const SYNC_BYTES_PER_S = 125_000_000;

async function addServer(page: Page, shell: Shell, form: Form, name: string) {
  await shell.actions.run('Add Server');
  const dialog = page.getByRole('dialog', { name: 'Add Server' });
  await expect(form.input('port', dialog)).toHaveValue('3261');
  await form.fill({ address: name }, dialog);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(shell.treeRow(name, SW)).toBeVisible();
}

/** Step 3: expanding a server (double-click) prompts for an account and password. */
async function connectByExpanding(page: Page, shell: Shell, form: Form, name: string, login = 'root', password = 'starwind') {
  await shell.treeRow(name, SW).dblclick();
  const prompt = page.getByRole('dialog', { name: `Connect to ${name}` });
  await expect(prompt).toBeVisible();
  await form.fill({ login, password }, prompt);
  await prompt.getByRole('button', { name: 'OK' }).click();
  return prompt;
}

/** Opens a tree node (double-click, as in Windows) unless it is open already. */
async function expandNode(shell: Shell, label: string) {
  const row = shell.treeRow(label, SW);
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.dblclick();
  await expect(row).toHaveAttribute('aria-expanded', 'true');
}

async function openConsoleWithServers(page: Page, lab: Lab, shell: Shell) {
  await lab.open('/starwind');
  await lab.clock.pause();
  for (const name of [STORE1, STORE2]) {
    const added = await lab.api('POST', '/api/v1/starwind/servers', { address: name, login: 'root', password: 'starwind' });
    expect(added.ok).toBe(true);
  }
  await shell.tree.select(STORE1, SW);
}

/** The wizard from Target Alias to the partner page, for the refusal tests. */
async function toPartnerPage(shell: Shell, wizard: Wizard, alias: string) {
  await shell.actions.run('Add Target');
  await expect(wizard.title).toHaveText('Target Alias');
  await wizard.fill({ targetAlias: alias });
  await wizard.next('Target Type');
  await wizard.next('Device Type');
  await wizard.next('Advanced Virtual Device');
  await wizard.next('Partner Server');
}

test('steps 1 to 16: the HA device HA1 / HA1Partner, synchronized; then the 1024 MB quorum device', async ({ page, lab, shell, wizard, form }) => {
  test.setTimeout(120_000);
  await lab.open('/');
  await lab.clock.pause();

  // 1. Open the StarWind Management Console.
  await shell.tree.select('StarWind Management Console');
  await expect(page.getByText('No StarWind servers have been added.')).toBeVisible();

  // 2. Add Server for each storage server; 3. expand each, log in as root / starwind.
  for (const name of [STORE1, STORE2]) {
    await addServer(page, shell, form, name);
    const prompt = await connectByExpanding(page, shell, form, name);
    await expect(prompt).toBeHidden();
    await shell.tree.select(name, SW);
    await expect(page.getByTestId('server-state')).toHaveText('Connected');
    // The defaults are in force: the console says so and offers to change them.
    await expect(page.getByRole('alert').filter({ hasText: 'default account root / starwind' })).toBeVisible();
    await expect(page.getByText('There are no targets on this server.')).toBeVisible();
  }

  // 4. With SWS-Store1 selected, the Add Target icon.
  await shell.tree.select(STORE1, SW);
  await page.getByRole('toolbar', { name: 'Standard' }).getByRole('button', { name: 'Add Target' }).click();

  // 5. The alias; the Target Name fills in by itself.
  await expect(wizard.title).toHaveText('Target Alias');
  await wizard.fill({ targetAlias: 'HA1' });
  await expect(wizard.input('targetName')).toHaveValue('iqn.2008-08.com.starwindsoftware:sws-store1-ha1');
  await wizard.next('Target Type');

  // 6. Hard Disk (the other types are listed, unavailable, with the reason).
  await expect(wizard.choice('targetType', 'optical')).toContainText('not simulated in this lab');
  await expect(wizard.field('targetType').locator('input[value="optical"]')).toBeDisabled();
  await wizard.fill({ targetType: 'hard-disk' });
  await wizard.next('Device Type');

  // 7. Advanced Virtual.
  await wizard.fill({ deviceKind: 'advanced' });
  await wizard.next('Advanced Virtual Device');

  // 8. High Availability device (Mirror, Snapshot and CDP are not simulated).
  await expect(wizard.choice('advancedType', 'mirror')).toContainText('not simulated in this lab');
  await wizard.fill({ advancedType: 'ha' });
  await wizard.next('Partner Server');

  // 9. The partner and ITS user name and password (StarWind 5: no Failover Strategy page follows).
  await expect(wizard.input('partnerPort')).toHaveValue('3261');
  await wizard.fill({ partnerAddress: STORE2, partnerLogin: 'root', partnerPassword: 'starwind' });
  await wizard.next('Partner Target');

  // 10. The partner target: HA1Partner.
  await expect(wizard.input('partnerTargetAlias')).toHaveValue('HA1Partner');
  await expect(wizard.input('partnerTargetName')).toHaveValue('iqn.2008-08.com.starwindsoftware:sws-store2-ha1partner');
  await wizard.next('Image File');

  // 11. "Using the browse button, select the drive and folder … for both servers and enable the
  // Create new check box": the same name and location on both; Create new starts unchecked.
  await expect(wizard.input('imagePath')).toHaveValue('My Computer\\D\\HA1.img');
  await expect(wizard.field('imageCreateNew').locator('input[type="checkbox"]')).not.toBeChecked();
  await expect(wizard.field('partnerImageCreateNew').locator('input[type="checkbox"]')).not.toBeChecked();
  await wizard.browse('imagePath', 'My Computer\\D', 'HA1.img');
  await expect(wizard.input('partnerImagePath')).toHaveValue('My Computer\\D\\HA1.img');
  await wizard.browse('partnerImagePath', 'My Computer\\D', 'HA1.img');
  await wizard.fill({ imageCreateNew: true, partnerImageCreateNew: true, sizeUnit: 'GB', sizeAmount: 20 });
  await expect(wizard.dialog.locator('[data-field="cacheMode"], [data-field="sectorSize"], [data-field="imageFolder"]')).toHaveCount(0);
  await wizard.next('Synchronization and Priority');

  // 12. Target names and ports are given; "the interface needs to be manually set": none is chosen,
  // and Next says so on each side's field. One interface, for synchronization (no heartbeat).
  await expect(wizard.field('localTargetInfo')).toContainText('HA1: iqn.2008-08.com.starwindsoftware:sws-store1-ha1, port 3260');
  await expect(wizard.field('partnerTargetInfo')).toContainText('HA1Partner');
  await expect(wizard.dialog.locator('[data-field^="heartbeat"]')).toHaveCount(0);
  await wizard.next();
  await expect(wizard.title).toHaveText('Synchronization and Priority');
  await expect(wizard.field('syncLocalIp')).toContainText('Set the interface SWS-Store1 uses to synchronize with its partner.');
  await expect(wizard.field('syncPartnerIp')).toContainText('Set the interface SWS-Store2 uses to synchronize with its partner.');
  await wizard.fill({ syncLocalIp: '172.30.100.21', syncPartnerIp: '172.30.100.22', localPriority: 'primary' });
  await expect(wizard.field('partnerPriority')).toContainText('Secondary');
  await wizard.next('Initialization');

  // 13. Clear both and synchronize.
  await wizard.fill({ initMethod: 'clear' });
  await wizard.next('Summary');

  // 14. The summary lists every choice.
  const summary = await wizard.summary();
  for (const line of [
    'Target Alias: HA1',
    'Target Name: iqn.2008-08.com.starwindsoftware:sws-store1-ha1',
    'Target type: Hard Disk',
    'Device type: Advanced Virtual',
    'Advanced virtual device: High Availability device',
    'Host name or IP address: SWS-Store2',
    'Password: ••••••••',
    'Target Alias: HA1Partner',
    'Image file: My Computer\\D\\HA1.img on SWS-Store1',
    'Image file: My Computer\\D\\HA1.img on SWS-Store2',
    'Create new: Yes',
    'Size: 20 GB (21,474,836,480 bytes)',
    'Synchronization interface: 172.30.100.21 (iSCSI)',
    'Priority: Primary',
    'Partner priority: Secondary',
    'Initialization method: Clear virtual disks and synchronize',
  ]) {
    expect(summary).toContain(line);
  }
  expect(summary.filter((line) => /^(Failover strategy|Cache mode|Sector size|Heartbeat interface)/.test(line))).toEqual([]);
  await wizard.next('Completing the Add Target Wizard');
  // 15. Finish.
  await wizard.finish();

  // 16. HA1 and HA1Partner with the yellow triangle while they synchronize.
  await expandNode(shell, STORE2);
  const ha1 = shell.treeRow('HA1', SW);
  const ha1Partner = shell.treeRow('HA1Partner', SW);
  await expect(ha1.locator('[data-sync-badge]')).toBeVisible();
  await expect(ha1Partner.locator('[data-sync-badge]')).toBeVisible();
  await lab.clock.advance(60_000);
  await expect(ha1.locator('[data-sync-badge]')).toContainText(/^\d{1,2}%$/);
  await shell.tree.select('HA1', SW);
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toContainText(/Synchronizing \d+%/);
  await expect(page.getByRole('progressbar')).toBeVisible();

  // 20 GiB at 125,000,000 bytes/s: 172 s in all.
  const syncMs = Math.ceil((20 * 1024 ** 3 * 1000) / SYNC_BYTES_PER_S);
  await lab.clock.advance(syncMs);
  await expect(ha1.locator('[data-sync-badge]')).toHaveCount(0);
  await expect(ha1Partner.locator('[data-sync-badge]')).toHaveCount(0);
  await expect(page.getByTestId(`sync-state-${STORE1}`)).toHaveText('Synchronized');
  await expect(page.getByTestId(`sync-state-${STORE2}`)).toHaveText('Synchronized');

  // The StarWind log has the product's events.
  await shell.tree.select('StarWind');
  await expect(shell.grid('StarWind events')).toContainText('ID_274');
  await expect(shell.grid('StarWind events')).toContainText('ID_269');

  // The minimum configuration also needs a quorum device: 1024 MB, the same way.
  await shell.tree.select(STORE1, SW);
  await shell.actions.run('Add Target');
  await wizard.fill({ targetAlias: 'Quorum' });
  await expect(wizard.input('targetName')).toHaveValue('iqn.2008-08.com.starwindsoftware:sws-store1-quorum');
  await wizard.next('Target Type');
  await wizard.next('Device Type');
  await wizard.next('Advanced Virtual Device');
  await wizard.next('Partner Server');
  await wizard.fill({ partnerAddress: STORE2, partnerPassword: 'starwind' });
  await wizard.next('Partner Target');
  await expect(wizard.input('partnerTargetAlias')).toHaveValue('QuorumPartner');
  await wizard.next('Image File');
  await expect(wizard.input('partnerImagePath')).toHaveValue('My Computer\\D\\Quorum.img');
  await wizard.fill({ imageCreateNew: true, partnerImageCreateNew: true, sizeUnit: 'MB', sizeAmount: 1024 });
  await wizard.next('Synchronization and Priority');
  await wizard.fill({ syncLocalIp: '172.30.100.21', syncPartnerIp: '172.30.100.22' });
  await wizard.next('Initialization');
  await wizard.next('Summary');
  expect(await wizard.summary()).toContain('Size: 1024 MB (1,073,741,824 bytes)');
  await wizard.next('Completing the Add Target Wizard');
  await wizard.finish();
  await expect(shell.treeRow('Quorum', SW).locator('[data-sync-badge]')).toBeVisible();
  await lab.clock.advance(Math.ceil((1024 ** 3 * 1000) / SYNC_BYTES_PER_S) + 1000);
  await expect(shell.treeRow('Quorum', SW).locator('[data-sync-badge]')).toHaveCount(0);
  await expect(shell.treeRow('QuorumPartner', SW)).toBeVisible();
});

test('wrong credentials, the same server twice, and a host without StarWind give clear messages', async ({ page, lab, shell, form }) => {
  await lab.open('/starwind');
  await addServer(page, shell, form, STORE1);
  const prompt = await connectByExpanding(page, shell, form, STORE1, 'root', 'wrong');
  await expect(form.field('password', prompt)).toContainText('The user name or password is incorrect.');
  await prompt.getByRole('button', { name: 'Cancel' }).click();
  await expect(prompt).toBeHidden();

  await shell.actions.run('Add Server');
  const dialog = page.getByRole('dialog', { name: 'Add Server' });
  await form.fill({ address: '192.168.100.21' }, dialog);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(form.field('address', dialog)).toContainText('already in the console');
  await form.fill({ address: 'Demo1' }, dialog);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(form.field('address', dialog)).toContainText('No StarWind service');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('an invalid IQN blocks Next with its message; a wrong partner password shows on its field', async ({ page, lab, shell, wizard }) => {
  await openConsoleWithServers(page, lab, shell);
  await shell.actions.run('Add Target');
  await wizard.fill({ targetAlias: 'HA1', targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1 ha1' });
  await wizard.next();
  await expect(wizard.title).toHaveText('Target Alias');
  await expect(wizard.field('targetName')).toContainText('An iSCSI name cannot contain spaces.');
  await wizard.fill({ targetName: 'iqn.2008-08.com.starwindsoftware:sws-store1-ha1' });
  await wizard.next('Target Type');
  await wizard.next('Device Type');
  await wizard.next('Advanced Virtual Device');
  await wizard.next('Partner Server');
  await wizard.fill({ partnerAddress: STORE2, partnerPassword: 'not-the-password' });
  await wizard.next();
  await expect(wizard.title).toHaveText('Partner Server');
  await expect(wizard.field('partnerPassword')).toContainText('The user name or password is incorrect.');
  await wizard.fill({ partnerAddress: STORE1 });
  await wizard.next();
  await expect(wizard.field('partnerAddress')).toContainText('another server');
  await wizard.cancel();
});

test('Create new left unchecked refuses a file that does not exist; Cancel and Escape create nothing', async ({ page, lab, shell, wizard }) => {
  await openConsoleWithServers(page, lab, shell);
  await toPartnerPage(shell, wizard, 'HA9');
  await wizard.fill({ partnerAddress: STORE2, partnerPassword: 'starwind' });
  await wizard.next('Partner Target');
  await wizard.next('Image File');
  // The seed's default: Create new unchecked, so the lab looks for an existing HA9.img and says so.
  await wizard.next();
  await expect(wizard.title).toHaveText('Image File');
  await expect(wizard.field('imagePath')).toContainText(/HA9\.img/);
  await wizard.cancel();

  await shell.actions.run('Add Target');
  await wizard.fill({ targetAlias: 'HA8' });
  await page.keyboard.press('Escape');
  await expect(wizard.dialog).toBeHidden();

  const targets = await lab.api('GET', `/api/v1/starwind/servers/${STORE1}/targets`);
  expect(targets.ok && (targets.value as { targets: unknown[] }).targets).toEqual([]);
  await expect(shell.treeRow('HA9', SW)).toHaveCount(0);
});

test('Change Credentials ends the default-credentials warning; the new account is the one that logs in', async ({ page, lab, shell, form }) => {
  await openConsoleWithServers(page, lab, shell);
  const warning = page.getByRole('alert').filter({ hasText: 'default account root / starwind' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Change Credentials…' }).click();
  const dialog = page.getByRole('dialog', { name: `Change Credentials on ${STORE1}` });
  await form.fill({ password: 'starwind', newLogin: 'admin', newPassword: 'S3cret-pass', confirm: 'other' }, dialog);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(form.field('confirm', dialog)).toContainText('The new passwords do not match.');
  await form.fill({ confirm: 'S3cret-pass' }, dialog);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(warning).toBeHidden();

  await shell.actions.run('Disconnect');
  await expect(page.getByTestId('server-state')).toHaveText('Not connected');
  const prompt = await connectByExpanding(page, shell, form, STORE1, 'root', 'starwind');
  await expect(form.field('password', prompt)).toContainText('The user name or password is incorrect.');
  await form.fill({ login: 'admin', password: 'S3cret-pass' }, prompt);
  await prompt.getByRole('button', { name: 'OK' }).click();
  await expect(prompt).toBeHidden();
  await expect(page.getByTestId('server-state')).toHaveText('Connected');
});

test('after a split brain the device view names its policy and the acknowledged blocks it discarded', async ({ page, lab, shell }) => {
  // Both channels cut needs the heartbeat strategy, a StarWind 8 lab's (version 5 has no heartbeat).
  await lab.open('/starwind');
  await lab.reset({ options: { starwindVersion: 8 } });
  await lab.clock.pause();
  await addStarWindServers(lab);
  await createHa1(lab, 1024 ** 3);
  await lab.clock.advance(20_000);
  const listed = await lab.api('GET', `/api/v1/starwind/servers/${STORE1}/devices`);
  const haId = listed.ok && (listed.value as { devices: Array<{ haDeviceId: string | null }> }).devices.find((device) => device.haDeviceId)?.haDeviceId;
  if (!haId) throw new Error('No HA device on SWS-Store1');
  const cables = async (linkUp: boolean) => {
    for (const nic of ['iSCSI', 'Public']) expect((await lab.api('PUT', `/api/v1/hosts/${STORE2}/nics/${nic}`, { linkUp })).ok).toBe(true);
  };
  // Both sides run alone and take writes; healed, the higher priority's data wins by default.
  await cables(false);
  await lab.clock.advance(10_000);
  expect((await lab.api('POST', `/api/v1/starwind/devices/${haId}/writes`, { side: 0, offsetBytes: 0, lengthBytes: 4096, count: 10 })).ok).toBe(true);
  expect((await lab.api('POST', `/api/v1/starwind/devices/${haId}/writes`, { side: 1, offsetBytes: 0, lengthBytes: 4096, count: 3 })).ok).toBe(true);
  await cables(true);
  await lab.clock.advance(20_000);
  await shell.tree.select(STORE1, SW);
  await expandNode(shell, STORE1);
  await shell.tree.select('HA1', SW);
  await expect(page.getByText('After a split brain, keep:').locator('xpath=following-sibling::dd[1]')).toHaveText('The higher priority (by priority)');
  await expect(page.getByTestId('split-brain-warning')).toContainText(`3 acknowledged blocks (4 KiB each) written on ${STORE2} alone were discarded.`);
});
