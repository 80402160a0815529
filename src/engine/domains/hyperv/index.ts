// The hyperv domain: Hyper-V on each server (memory and logical processors for virtual machines)
// and the virtual machines of Hyper-V Manager: New Virtual Machine, Start, Turn Off, Shut Down,
// Save, Pause, Resume and Settings; the VM I/O path (io-*.ts: writes over a Cluster Shared
// Volume, stalled then Paused-Critical when the volume is lost). The VM roles are the cluster's.
import { hypervDescriptor, type VirtualMachine } from '../../../domain/hyperv';
import { defineEngineDomain } from '../../decision';
import { decideVmAction, onVmTimer, VM_TIMER_KIND } from './actions';
import { decideVmCreate } from './create';
import { onIoStallTimer } from './io-csv';
import { IO_STALL_TIMER_KIND, settleAllGroups } from './io-flow';
import { checkIoSnapshot } from './io-snapshot-check';
import { ioGroupsInternal } from './io-state';
import { onHyperVHostChanged } from './host-changed';
import { HYPERV_QUERIES } from './queries';
import { decideVmSetSettings } from './settings';
import { checkHyperVSnapshot } from './snapshot-check';
import { loadHyperVState, type HyperVSlice } from './state';

export const hypervDomain = defineEngineDomain<HyperVSlice>({
  descriptor: hypervDescriptor,
  load: (entities, internal) => loadHyperVState(entities as { virtualMachines?: VirtualMachine[] }, internal),
  internal: (slice) => ioGroupsInternal(slice.io),
  collection: (slice) => slice.vms,
  commands: { vmCreate: decideVmCreate, vmAction: decideVmAction, vmSetSettings: decideVmSetSettings },
  queries: HYPERV_QUERIES,
  timers: { [VM_TIMER_KIND]: onVmTimer, [IO_STALL_TIMER_KIND]: onIoStallTimer },
  check: (input) => {
    checkHyperVSnapshot(input);
    checkIoSnapshot(input);
  },
  onHostChanged: onHyperVHostChanged,
  // The VMs' writes so far land under the storage's state of before the change (io-flow.ts).
  beforeHostChanged: settleAllGroups,
  migrations: [{ from: 0, migrate: (snapshot) => void (snapshot.entities.virtualMachines = []) }],
});
