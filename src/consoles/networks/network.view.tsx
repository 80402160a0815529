import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { PropertyList } from '../../ui/property-list';
import { attachmentsOf, linkLabel, powerLabel, type Attachment } from './model';

const COLUMNS: GridColumn<Attachment>[] = [
  { id: 'server', header: 'Server', width: '140px', cell: (row) => row.host.name, sortValue: (row) => row.host.name },
  { id: 'connection', header: 'Connection', width: '110px', cell: (row) => row.nic.name, sortValue: (row) => row.nic.name },
  { id: 'ip', header: 'IP address', width: '150px', cell: (row) => `${row.nic.ip}/${row.nic.prefixLength}`, sortValue: (row) => row.nic.ip },
  { id: 'link', header: 'Status', width: '180px', cell: (row) => linkLabel(row.nic), sortValue: (row) => linkLabel(row.nic) },
  { id: 'power', header: 'Server status', width: 'minmax(120px, 1fr)', cell: (row) => powerLabel(row.host), sortValue: (row) => powerLabel(row.host) },
];

export default function NetworkView() {
  const { name = '' } = useParams();
  const network = useLabMirror((state) => state.networks[name]);
  const hosts = useLabMirror((state) => state.hosts);
  const loaded = useLabMirror((state) => state.loaded);
  const [selected, setSelected] = useState<string | null>(null);
  const rows = useMemo(() => (network ? attachmentsOf(network, hosts) : []), [network, hosts]);

  if (!network) {
    return <p className="p-4 text-sm text-muted">{loaded ? `There is no network named ${name} in this lab.` : 'Waiting for the lab…'}</p>;
  }
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="border-b border-line px-4 py-3">
        <PropertyList
          items={[
            { label: 'Name', value: network.name },
            { label: 'Subnet', value: network.cidr },
            { label: 'Purpose', value: network.purpose },
            { label: 'Servers', value: new Set(rows.map((row) => row.host.name)).size },
          ]}
        />
      </div>
      <DataGrid
        aria-label={`Servers on ${network.name}`}
        columnsKey="network-servers"
        rows={rows}
        columns={COLUMNS}
        getRowId={(row) => row.id}
        selectedId={selected}
        onSelectionChange={setSelected}
        emptyMessage="No server is connected to this network."
        className="flex-1"
      />
    </div>
  );
}
