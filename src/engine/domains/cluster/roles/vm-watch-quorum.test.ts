import { expect, test } from 'vitest';
import { ok } from '../../../testing/cluster-helpers';
import { refused } from '../../../testing/lab-helpers';
import { roleLab, roleOf } from '../../../testing/roles-helpers';

// Found by the roles' liveness property once the VMs' I/O path was merged (seed 21): a machine
// started in Hyper-V Manager while the cluster has no quorum made its role Online, and the CSV's
// lost access then left it Paused-Critical under an Online role nobody watched.
test('a machine started in Hyper-V Manager while the cluster has no quorum leaves its role as it is', () => {
  const lab = roleLab({ nodes: 3, online: true, vms: ['VM1'] });
  ok(lab, { type: 'setPower', host: 'Demo2', action: 'off' });
  ok(lab, { type: 'setPower', host: 'Demo3', action: 'off' });
  lab.advance(30_000);
  expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Offline', lastError: 'Cluster Cluster1 lost quorum.' });
  // Without quorum no node reaches the CSV: Hyper-V cannot open the machine's files (iocsv's storage check).
  expect(refused(lab, { type: 'vmAction', host: 'Demo1', vm: 'VM1', action: 'start' })).toMatchObject({ code: 'hyperv.storage_unavailable' });
  lab.advance(60_000);
  expect(roleOf(lab, 'VM1').state).toBe('Offline');
});
