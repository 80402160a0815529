// Whatever hyperv code changes a highly available machine, the roles hear of it through touchVm:
// here a machine set Paused-Critical (what a lost disk does) is found at the next poll and
// restarted; a machine started in Hyper-V Manager while its role is Offline brings the role Online.
import { describe, expect, test } from 'vitest';
import { LOOKS_ALIVE_POLL_INTERVAL_MS, RESTART_DELAY_MS } from '../../../../domain/cluster';
import { VM_START_MS } from '../../../../domain/hyperv';
import { labContextOf } from '../../../lab';
import { ok } from '../../../testing/cluster-helpers';
import { roleLab, roleOf } from '../../../testing/roles-helpers';
import { hostVms, vmOf } from '../../hyperv/hyperv-testing';
import { touchVm } from '../../hyperv/state';

describe('Hyper-V tells the roles', () => {
  test('Paused-Critical set by hyperv code: found at the next poll, restarted in place', () => {
    const lab = roleLab({ online: true });
    const { onlineSinceMs } = roleOf(lab, 'VM1');
    const ctx = labContextOf(lab);
    ctx.kernel.transact(() => {
      const vm = [...ctx.state.hyperv.vms.values()].find((each) => each.name === 'VM1')!;
      vm.state = 'Paused-Critical';
      touchVm(ctx, vm);
    });
    const pollMs = onlineSinceMs! + (Math.floor((lab.nowMs() - onlineSinceMs!) / LOOKS_ALIVE_POLL_INTERVAL_MS) + 1) * LOOKS_ALIVE_POLL_INTERVAL_MS;
    lab.advance(pollMs - lab.nowMs());
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Pending', pending: { action: 'restart' } });
    lab.advance(RESTART_DELAY_MS + VM_START_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', ownerNode: 'Demo1' });
    expect(hostVms(lab, 'Demo1').resources.runningVms).toBe(1);
  });

  test('started in Hyper-V Manager while its role is Offline: the role is Online once it runs', () => {
    const lab = roleLab();
    ok(lab, { type: 'vmAction', host: 'Demo1', vm: 'VM1', action: 'start' });
    expect(roleOf(lab, 'VM1').state).toBe('Offline');
    lab.advance(VM_START_MS);
    expect(roleOf(lab, 'VM1')).toMatchObject({ state: 'Online', wantedOnline: true, onlineSinceMs: lab.nowMs() });
    expect(vmOf(lab, 'Demo1', 'VM1').state).toBe('Running');
  });
});
