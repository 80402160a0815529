// Settings for a virtual machine: Memory (Startup RAM, only while it is Off: 2008 R2 changes no
// memory of a running machine, and the lab refuses it), Automatic Start Action (the three choices),
// and the lab's Workload page (not a Hyper-V setting: how the guest dirties memory and writes to
// disk). OK sends what changed and closes, Apply sends it and stays, Cancel closes. Loaded lazily.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import type { RouteBodies } from '../../api/routes';
import { AUTOMATIC_START_ACTION_LABELS, AUTOMATIC_START_ACTIONS, VM_MEMORY_MIN_BYTES, type VirtualMachine } from '../../domain/hyperv';
import { BYTES_PER_MIB } from '../../domain/units';
import { useLabMirror } from '../../stores/lab-mirror';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { SETTINGS } from './labels';

export type SettingsValues = { memoryMb: number; automaticStartAction: string; dirtyMbPerS: number; diskWriteMbPerS: number; wwsMb: number };

const k = createWizardKit<SettingsValues, VirtualMachine>();
const mb = (bytes: number) => Math.round(bytes / BYTES_PER_MIB);

export function settingsDialog(vm: VirtualMachine) {
  const workload = (name: 'dirtyMbPerS' | 'diskWriteMbPerS' | 'wwsMb', label: string, bytes: number, unit: string) =>
    k.number(name, { label, default: mb(bytes), minValue: 0, unit, group: SETTINGS.workloadGroup, ...(name === 'dirtyMbPerS' && { explanation: SETTINGS.workloadHint }), owns: [`workload.${name === 'dirtyMbPerS' ? 'dirtyBytesPerS' : name === 'diskWriteMbPerS' ? 'diskWriteBytesPerS' : 'wwsBytes'}`] });
  return k.dialog('hyperv-vm-settings', SETTINGS.title(vm.name), [
    k.number('memoryMb', {
      label: SETTINGS.memory,
      default: mb(vm.memoryBytes),
      minValue: mb(VM_MEMORY_MIN_BYTES),
      unit: 'MB',
      disabled: (_v, ctx) => (ctx.state === 'Off' ? undefined : SETTINGS.memoryOff(ctx.name, ctx.state)),
      group: SETTINGS.memoryGroup,
      owns: ['memoryBytes'],
    }),
    k.radio('automaticStartAction', {
      label: SETTINGS.startAction,
      default: vm.automaticStartAction,
      options: AUTOMATIC_START_ACTIONS.map((id) => ({ id, label: AUTOMATIC_START_ACTION_LABELS[id] })),
      group: SETTINGS.startGroup,
    }),
    workload('dirtyMbPerS', SETTINGS.dirty, vm.workload.dirtyBytesPerS, 'MB/s'),
    workload('diskWriteMbPerS', SETTINGS.diskWrite, vm.workload.diskWriteBytesPerS, 'MB/s'),
    workload('wwsMb', SETTINGS.wws, vm.workload.wwsBytes, 'MB'),
  ]);
}

/** What differs from the machine as the lab holds it now, as the PUT body (empty: nothing to send). */
export function changedSettings(vm: VirtualMachine, values: SettingsValues): RouteBodies['setVmSettings'] {
  const body: RouteBodies['setVmSettings'] = {};
  if (vm.state === 'Off' && values.memoryMb !== mb(vm.memoryBytes)) body.memoryBytes = values.memoryMb * BYTES_PER_MIB;
  if (values.automaticStartAction !== vm.automaticStartAction) body.automaticStartAction = values.automaticStartAction;
  const workload: NonNullable<RouteBodies['setVmSettings']['workload']> = {};
  if (values.dirtyMbPerS !== mb(vm.workload.dirtyBytesPerS)) workload.dirtyBytesPerS = values.dirtyMbPerS * BYTES_PER_MIB;
  if (values.diskWriteMbPerS !== mb(vm.workload.diskWriteBytesPerS)) workload.diskWriteBytesPerS = values.diskWriteMbPerS * BYTES_PER_MIB;
  if (values.wwsMb !== mb(vm.workload.wwsBytes)) workload.wwsBytes = values.wwsMb * BYTES_PER_MIB;
  if (Object.keys(workload).length > 0) body.workload = workload;
  return body;
}

export function VmSettingsDialog({ api, host, vmId, onClose }: { api: ApiClient; host: string; vmId: string; onClose(): void }) {
  const vm = useLabMirror((state) => state.virtualMachines[vmId]);
  const definition = useMemo(() => (vm ? settingsDialog(vm) : null), [vm]);
  if (!vm || !definition) return null;
  const request = labRequest<SettingsValues, 'setVmSettings'>({ api, route: 'setVmSettings', params: { name: host, vm: vm.name }, body: (values) => changedSettings(vm, values) });
  return (
    <FormDialog
      definition={definition}
      context={vm}
      // Nothing changed: OK just closes, as a property sheet's does.
      submit={(values) => (Object.keys(changedSettings(vm, values)).length === 0 ? Promise.resolve() : request.submit(values))}
      onClose={onClose}
      labels={SETTINGS}
      widthClassName="w-[600px]"
    />
  );
}
