// The hyperv reads, as Hyper-V Manager's list and the GET routes make them: copies, with the
// uptime counted at the lab's current time.
import { vmUptimeMs, type VirtualMachine, type VmView } from '../../../domain/hyperv';
import type { LabState } from '../../state';
import type { Query, QueryResult } from '../../types';
import { hostOrRefusal, isRefusal, vmOrRefusal } from './refusals';
import { vmDiskIoView } from './io-view';
import { hostView } from './resources';
import { vmsOfHost } from './state';

export function vmView(state: LabState, vm: VirtualMachine, nowMs: number): VmView {
  const copy = JSON.parse(JSON.stringify(vm)) as VirtualMachine;
  const view: VmView = { ...copy, uptimeMs: vmUptimeMs(vm.startedMs, nowMs) };
  const diskIo = vmDiskIoView(state, vm, nowMs);
  if (diskIo) view.diskIo = diskIo;
  return view;
}

export const HYPERV_QUERIES = {
  hostVms: (state: LabState, nowMs: number, query: Query): QueryResult => {
    const host = hostOrRefusal(state, (query as { host: unknown }).host);
    if (isRefusal(host)) return host;
    return { ok: true, value: { host: host.name, resources: hostView(state, host), vms: vmsOfHost(state, host.id).map((vm) => vmView(state, vm, nowMs)) } };
  },
  vm: (state: LabState, nowMs: number, query: Query): QueryResult => {
    const { host: hostName, vm: name } = query as { host: unknown; vm: unknown };
    const host = hostOrRefusal(state, hostName);
    if (isRefusal(host)) return host;
    const vm = vmOrRefusal(state, host, name);
    return isRefusal(vm) ? vm : { ok: true, value: vmView(state, vm, nowMs) };
  },
};
