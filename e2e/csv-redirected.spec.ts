// Cluster Shared Volumes under a storage fault (issue 12: 2008 R2's redirected access), over the
// ready lab: Demo2's iSCSI cable pulled, Failover Cluster Manager shows Volume1 "Online (Redirected
// Access)" while Demo2 reaches it through the coordinator Demo1; the cable back, the next iSCSI
// retry finds the path and the volume is plain Online again. axe checks the view in that state.
import { look } from './axe';
import { expect, test } from './fixtures';

test('Cluster Shared Volumes: Online (Redirected Access) while a node has lost its storage path, Online again once it is back', async ({ page, lab }) => {
  await lab.open('/failover-cluster/Cluster1/shared-volumes');
  await lab.reset({ scenario: 'seed-lab-ready' });
  await lab.clock.pause();
  const volume = page.locator('[role="row"][data-row-key]').filter({ hasText: 'Cluster Disk 2' });
  await expect(volume).toContainText('Online');
  await expect(volume).not.toContainText('Redirected Access');

  expect((await lab.api('PUT', '/api/v1/hosts/Demo2/nics/iSCSI', { linkUp: false })).ok).toBe(true);
  await expect(volume).toContainText('Online (Redirected Access)');
  await expect(volume).toContainText('Demo1');
  await look(page, '', 'csv-redirected-access', { axe: 'Cluster Shared Volumes with a node in Redirected Access' });

  expect((await lab.api('PUT', '/api/v1/hosts/Demo2/nics/iSCSI', { linkUp: true })).ok).toBe(true);
  // The initiator retries every 5 s (RECONNECT_RETRY_INTERVAL_MS).
  await lab.clock.advance(5_000);
  await expect(volume).not.toContainText('Redirected Access');
  await expect(volume).toContainText('Online');
});
