// Virtual Machines: every machine of the host group chosen in the tree (All Hosts, a cluster, one
// host) with Name, Status, Job Status (its newest migration, from the engine), Host, Cluster and
// Memory; virtualised (DataGrid), so 8,000 machines scroll as lightly as one. A row is the item
// Migrate… applies to; the selected machine's details are below.
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { formatBytesWindows } from '../../domain/units';
import { useSelectedItem } from '../../shell/shell-context';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { PropertyList } from '../../ui/property-list';
import { VMM_VM_ITEM_KIND } from './actions';
import { VMS } from './labels';
import { groupHostIds, jobStatus, vmRows, vmStatus, type VmRow } from './model';
import { useVmIndexes, useVmmSource } from './use-vmm';

function Details({ row, nowMs }: { row: VmRow | undefined; nowMs: number }) {
  return (
    <section aria-label={VMS.details} tabIndex={0} className="h-36 shrink-0 overflow-auto border-t border-border px-3 py-2 outline-none focus-visible:outline-2 focus-visible:outline-focus">
      {row === undefined ? (
        <p className="text-sm text-muted">{VMS.noSelection}</p>
      ) : (
        <>
          <h3 className="mb-1 font-semibold">{row.vm.name}</h3>
          <PropertyList
            className="grid-cols-[max-content_1fr_max-content_1fr]"
            items={[
              { label: VMS.detail.status, value: vmStatus(row) },
              { label: VMS.detail.host, value: row.vm.host },
              { label: VMS.detail.cluster, value: row.cluster || '—' },
              { label: VMS.detail.memory, value: formatBytesWindows(row.vm.memoryBytes) },
              { label: VMS.detail.highlyAvailable, value: row.role ? VMS.yes : VMS.no },
              { label: VMS.detail.role, value: row.role?.ownerNode ?? '—' },
              { label: VMS.detail.job, value: row.job ? `${row.job.id}: ${jobStatus(row.job, nowMs)}` : '—' },
            ]}
          />
        </>
      )}
    </section>
  );
}

export default function VmmVirtualMachinesView() {
  const { group, host } = useParams();
  const source = useVmmSource();
  const indexes = useVmIndexes();
  const vms = useLabMirror((state) => state.virtualMachines);
  const loaded = useLabMirror((state) => state.loaded);
  const nowMs = useLabMirror((state) => state.nowMs);
  const [selected, setItem] = useSelectedItem(VMM_VM_ITEM_KIND);
  const hostIds = useMemo(() => groupHostIds(source, group, host), [source, group, host]);
  const rows = useMemo(() => (hostIds === undefined ? [] : vmRows(vms, indexes, hostIds)), [vms, indexes, hostIds]);
  const columns = useMemo<GridColumn<VmRow>[]>(
    () => [
      { id: 'name', header: VMS.columns.name, width: 'minmax(160px, 1fr)', cell: (row) => row.vm.name, sortValue: (row) => row.vm.name },
      { id: 'status', header: VMS.columns.status, width: '130px', cell: vmStatus, sortValue: vmStatus },
      { id: 'job', header: VMS.columns.jobStatus, width: '140px', cell: (row) => (row.job ? jobStatus(row.job, nowMs) : ''), sortValue: (row) => (row.job ? jobStatus(row.job, nowMs) : '') },
      { id: 'host', header: VMS.columns.host, width: '120px', cell: (row) => row.vm.host, sortValue: (row) => row.vm.host },
      { id: 'cluster', header: VMS.columns.cluster, width: '120px', cell: (row) => row.cluster, sortValue: (row) => row.cluster },
      { id: 'memory', header: VMS.columns.memory, width: '110px', align: 'right', cell: (row) => formatBytesWindows(row.vm.memoryBytes), sortValue: (row) => row.vm.memoryBytes },
    ],
    [nowMs],
  );
  if (hostIds === undefined) return <p className="p-4 text-sm text-muted">{loaded ? VMS.noGroup(host ?? group ?? '') : 'Waiting for the lab…'}</p>;
  const selectedRow = selected === null ? undefined : rows.find((row) => row.vm.id === selected);
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <DataGrid
        aria-label={VMS.list}
        columnsKey="vmm-vms"
        rows={rows}
        columns={columns}
        getRowId={(row) => row.vm.id}
        selectedId={selected}
        onSelectionChange={(id) => {
          const row = id === null ? undefined : rows.find((each) => each.vm.id === id);
          setItem(row ? { kind: VMM_VM_ITEM_KIND, key: row.vm.id, label: row.vm.name } : null);
        }}
        emptyMessage={VMS.empty}
        className="min-h-0 flex-1"
      />
      <Details row={selectedRow} nowMs={nowMs} />
    </div>
  );
}
