// The Hyper-V module's Get-VM (Windows Server 2012 and later): the machines of the console's
// server, or of -ComputerName, as Hyper-V 2012 R2's table shows them. CPU usage is not simulated
// (the lab models memory and disk writes, not processor time), so the column reads 0.
import type { VmView } from '../../src/domain/hyperv';
import { BYTES_PER_MIB } from '../../src/domain/units';
import type { Signature } from './bind';
import { CLASS_NAMES, HYPER_V, TYPE_NAMES, VM_STATUS_NORMAL } from './facts';
import { formatTimeSpan } from '../../src/domain/units';
import type { PsObject } from './format';
import { cmdletError, filterByName, names, read, type Cmdlet } from './session';

const getVmSig: Signature = {
  name: 'Get-VM',
  className: CLASS_NAMES.getVm,
  params: [
    { name: 'Name', type: 'strings', position: 0 },
    { name: 'ComputerName', type: 'strings' },
  ],
};

/** Hyper-V's VMState names ("Paused-Critical" is PausedCritical). */
const vmState = (state: string) => state.replace('-', '');

function vmObject(vm: VmView): PsObject {
  const state = vmState(vm.state);
  const memoryMb = Math.round(vm.assignedMemoryBytes / BYTES_PER_MIB);
  const uptime = formatTimeSpan(vm.uptimeMs);
  const cpuUsagePercent = 0;
  return {
    typeName: TYPE_NAMES.vm,
    properties: { Name: vm.name, State: state, CPUUsage: cpuUsagePercent, MemoryAssigned: vm.assignedMemoryBytes, Uptime: uptime, Status: VM_STATUS_NORMAL, ComputerName: vm.host },
    table: [['Name', vm.name], ['State', state], ['CPUUsage(%)', cpuUsagePercent], ['MemoryAssigned(M)', memoryMb], ['Uptime', uptime], ['Status', VM_STATUS_NORMAL]],
  };
}

const getVm: Cmdlet = {
  signature: getVmSig,
  module: HYPER_V,
  async run({ session, bound, extent }) {
    const computers = names(bound.ComputerName) ?? (session.host ? [session.host.name] : []);
    const vms: VmView[] = [];
    for (const computer of computers) {
      const answer = await read(session, { type: 'hostVms', host: computer });
      if (!answer.ok) return { ok: false, error: cmdletError(getVmSig, answer.message, extent, { category: 'ObjectNotFound', reason: 'VirtualizationException' }) };
      vms.push(...answer.value.vms);
    }
    const kept = filterByName(vms, names(bound.Name), (name) => `Hyper-V was unable to find a virtual machine with name ${name}.`);
    if (!kept.ok) return { ok: false, error: cmdletError(getVmSig, kept.message, extent, { category: 'ObjectNotFound', target: `${kept.name}:String`, reason: 'VirtualizationException', id: 'InvalidParameter' }) };
    return { ok: true, items: kept.items.map(vmObject) };
  },
};

export const HYPERV_CMDLETS: readonly Cmdlet[] = [getVm];
