// A server in Hyper-V Manager: its Virtual Machines (virtualised: a server may hold 1,024) with
// Name, State, Assigned Memory and Uptime, the summary of the selected machine below, and the
// server's memory and logical processors for virtual machines (GET /hosts/{host}/vms, read again
// whenever its machines or features change). There is no CPU Usage column: the lab does not
// model processor use. A row is the item the machine's actions apply to (right-click for them).
import { useMemo } from 'react';
import { useParams } from 'react-router';
import type { ApiClient } from '../../api/client';
import type { HyperVHostView, VirtualMachine } from '../../domain/hyperv';
import { AUTOMATIC_START_ACTION_LABELS, vmUptimeMs } from '../../domain/hyperv';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { formatBytesWindows } from '../../domain/units';
import { useApi, useSelectedItem } from '../../shell/shell-context';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { ErrorLine } from '../../ui/error-line';
import { formatWindowsDateTime } from '../../ui/lab-time';
import { PropertyList } from '../../ui/property-list';
import { useLabRead } from '../../ui/use-lab-read';
import { VM_ITEM_KIND } from './actions';
import { SERVER } from './labels';
import { formatUptime, hostNamed, vmsOfHost } from './model';

async function readResources(api: ApiClient, host: string): Promise<HyperVHostView> {
  return (await api.call('listVms', { params: { name: host } })).resources;
}

function Resources({ resources }: { resources: HyperVHostView }) {
  return (
    <section aria-label={SERVER.resources} className="border-b border-border px-3 py-2">
      <PropertyList
        className="grid-cols-[max-content_1fr_max-content_1fr]"
        items={[
          { label: SERVER.memory, value: formatBytesWindows(resources.memoryBytes) },
          { label: SERVER.logicalProcessors, value: resources.logicalProcessors },
          { label: SERVER.reserve, value: formatBytesWindows(resources.reserveBytes) },
          { label: SERVER.assigned, value: resources.assignedMemoryBytes === 0 ? '0 MB' : formatBytesWindows(resources.assignedMemoryBytes) },
          { label: SERVER.available, value: formatBytesWindows(resources.availableMemoryBytes) },
          { label: SERVER.running, value: SERVER.runningOf(resources.runningVms, resources.runningVmsMax) },
        ]}
      />
    </section>
  );
}

function Details({ vm, nowMs, epochMs }: { vm: VirtualMachine | undefined; nowMs: number; epochMs: number }) {
  return (
    <section aria-label={SERVER.details} tabIndex={0} className="h-44 shrink-0 overflow-auto border-t border-border px-3 py-2 outline-none focus-visible:outline-2 focus-visible:outline-focus">
      {vm === undefined ? (
        <p className="text-sm text-muted">{SERVER.noSelection}</p>
      ) : (
        <>
          <h3 className="mb-1 font-semibold">{vm.name}</h3>
          <PropertyList
            items={[
              { label: SERVER.detail.state, value: vm.state },
              { label: SERVER.detail.uptime, value: formatUptime(vmUptimeMs(vm.startedMs, nowMs)) || '—' },
              { label: SERVER.detail.memory, value: formatBytesWindows(vm.memoryBytes) },
              { label: SERVER.detail.assigned, value: vm.assignedMemoryBytes === 0 ? '0 MB' : formatBytesWindows(vm.assignedMemoryBytes) },
              { label: SERVER.detail.location, value: vm.location },
              { label: SERVER.detail.vhd, value: vm.hardDisk.mode === 'later' ? SERVER.noVhd : vm.hardDisk.path },
              ...(vm.isoPath === null ? [] : [{ label: SERVER.detail.iso, value: vm.isoPath }]),
              { label: SERVER.detail.network, value: vm.networkConnection },
              { label: SERVER.detail.startAction, value: AUTOMATIC_START_ACTION_LABELS[vm.automaticStartAction] },
              { label: SERVER.detail.created, value: formatWindowsDateTime(epochMs + vm.createdMs) },
            ]}
          />
        </>
      )}
    </section>
  );
}

export default function HyperVServerView() {
  const { server = '' } = useParams();
  const api = useApi();
  const host = useLabMirror((state) => hostNamed(state.hosts, server));
  const allVms = useLabMirror((state) => state.virtualMachines);
  const features = useLabMirror((state) => state.serverFeatures);
  const nowMs = useLabMirror((state) => state.nowMs);
  const epochMs = useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
  const loaded = useLabMirror((state) => state.loaded);
  const [selected, setItem] = useSelectedItem(VM_ITEM_KIND);
  const trigger = useMemo(() => [allVms, features, host?.powerState], [allVms, features, host?.powerState]);
  const resources = useLabRead(api, host?.name ?? server, readResources, trigger);
  const vms = useMemo(() => (host ? vmsOfHost(allVms, host.id) : []), [allVms, host]);
  const columns = useMemo<GridColumn<VirtualMachine>[]>(
    () => [
      { id: 'name', header: SERVER.columns.name, width: 'minmax(200px, 1fr)', cell: (vm) => vm.name, sortValue: (vm) => vm.name },
      { id: 'state', header: SERVER.columns.state, width: '120px', cell: (vm) => vm.state, sortValue: (vm) => vm.state },
      { id: 'memory', header: SERVER.columns.memory, width: '130px', align: 'right', cell: (vm) => (vm.assignedMemoryBytes === 0 ? '' : formatBytesWindows(vm.assignedMemoryBytes)), sortValue: (vm) => vm.assignedMemoryBytes },
      { id: 'uptime', header: SERVER.columns.uptime, width: '120px', align: 'right', cell: (vm) => formatUptime(vmUptimeMs(vm.startedMs, nowMs)), sortValue: (vm) => vm.startedMs ?? Number.MAX_SAFE_INTEGER },
    ],
    [nowMs],
  );
  if (!host) return <p className="p-4 text-sm text-muted">{loaded ? `There is no server named ${server} in this lab.` : 'Waiting for the lab…'}</p>;
  const selectedVm = selected === null ? undefined : vms.find((vm) => vm.name === selected);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <ErrorLine message={resources.error} className="m-2" />
      {resources.data && !resources.data.hyperV && <p className="m-2 text-sm text-warn">{SERVER.notInEffect(host.name)}</p>}
      {resources.data && <Resources resources={resources.data} />}
      <h2 className="px-3 pt-2 font-semibold">{SERVER.list}</h2>
      <DataGrid
        aria-label={SERVER.list}
        columnsKey="hyperv-vms"
        rows={vms}
        columns={columns}
        getRowId={(vm) => vm.name}
        selectedId={selected}
        onSelectionChange={(key) => setItem(key ? { kind: VM_ITEM_KIND, key, label: key } : null)}
        emptyMessage={SERVER.empty}
        className="min-h-0 flex-1"
      />
      <Details vm={selectedVm} nowMs={nowMs} epochMs={epochMs} />
    </div>
  );
}
