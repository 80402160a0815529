// The StarWind Management Console node: the servers added to the console.
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { StarWindConsoleServer } from '../../api/types';
import { useLabMirror } from '../../stores/lab-mirror';
import { useSelectedItem } from '../../shell/shell-context';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { SERVER_COLUMNS, SERVER_PAGE, serverStateLabel } from './labels';
import { consoleServers, serverHref } from './model';

export default function ConsoleView() {
  const servers = useLabMirror((state) => state.starwindConsoleServers);
  const services = useLabMirror((state) => state.starwindServices);
  const loaded = useLabMirror((state) => state.loaded);
  const rows = useMemo(() => consoleServers({ starwindConsoleServers: servers }), [servers]);
  const [selected, setItem] = useSelectedItem('starwind-server-row');
  const navigate = useNavigate();
  const columns = useMemo<GridColumn<StarWindConsoleServer>[]>(
    () => [
      { id: 'name', header: SERVER_COLUMNS.name, width: '160px', cell: (server) => server.address, sortValue: (server) => server.address },
      { id: 'host', header: 'Host', width: '140px', cell: (server) => server.host, sortValue: (server) => server.host },
      { id: 'port', header: SERVER_COLUMNS.port, width: '70px', align: 'right', cell: (server) => server.port, sortValue: (server) => server.port },
      { id: 'state', header: SERVER_COLUMNS.state, width: '200px', cell: (server) => serverStateLabel(server.connected, services[server.host]) },
      { id: 'product', header: SERVER_COLUMNS.product, width: 'minmax(240px, 1fr)', cell: (server) => (server.connected ? (services[server.host]?.product ?? '') : '') },
    ],
    [services],
  );
  return (
    <DataGrid
      aria-label="StarWind servers"
      columnsKey="starwind-servers"
      rows={rows}
      columns={columns}
      getRowId={(server) => server.host}
      selectedId={selected}
      onSelectionChange={(host) => setItem(host ? { kind: 'starwind-server-row', key: host, label: host } : null)}
      onRowAction={(host) => void navigate(serverHref(host))}
      emptyMessage={loaded ? SERVER_PAGE.noServers : 'Waiting for the lab…'}
      className="flex-1"
    />
  );
}
