// The hyperv domain: Hyper-V on each server (memory and logical processors for virtual machines)
// and the virtual machines of Hyper-V Manager: New Virtual Machine, Start, Turn Off, Shut Down,
// Save, Pause, Resume and Settings. The VM roles, failover and the VM I/O path come in later slices.
import { hypervDescriptor, type VirtualMachine } from '../../../domain/hyperv';
import { defineEngineDomain } from '../../decision';
import { decideVmAction, onVmTimer, VM_TIMER_KIND } from './actions';
import { decideVmCreate } from './create';
import { onHyperVHostChanged } from './host-changed';
import { HYPERV_QUERIES } from './queries';
import { decideVmSetSettings } from './settings';
import { checkHyperVSnapshot } from './snapshot-check';
import { loadHyperVState, type HyperVSlice } from './state';

export const hypervDomain = defineEngineDomain<HyperVSlice>({
  descriptor: hypervDescriptor,
  load: (entities) => loadHyperVState(entities as { virtualMachines?: VirtualMachine[] }),
  collection: (slice) => slice.vms,
  commands: { vmCreate: decideVmCreate, vmAction: decideVmAction, vmSetSettings: decideVmSetSettings },
  queries: HYPERV_QUERIES,
  timers: { [VM_TIMER_KIND]: onVmTimer },
  check: checkHyperVSnapshot,
  onHostChanged: onHyperVHostChanged,
  migrations: [{ from: 0, migrate: (snapshot) => void (snapshot.entities.virtualMachines = []) }],
});
