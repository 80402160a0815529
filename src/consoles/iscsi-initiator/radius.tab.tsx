// RADIUS: the RADIUS servers the lab keeps for this initiator (address and port; the shared secret
// is sealed in the lab and never shown), Add... (checked, then added by the lab) and Remove.
import { useState } from 'react';
import type { IscsiRadiusServerView } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { ErrorLine } from '../../ui/error-line';
import { lazyNamed } from '../../ui/lazy-named';
import { RADIUS_TAB } from './labels';
import { TabDialogSlot } from './tab-dialog';
import type { TabProps } from './tab-props';
import { useLabRequest } from './use-initiator';

const RadiusServerDialog = lazyNamed(() => import('./small.dialogs'), 'RadiusServerDialog');

const serverId = (row: IscsiRadiusServerView) => `${row.address}:${row.port}`;
const COLUMNS: GridColumn<IscsiRadiusServerView>[] = [
  { id: 'address', header: RADIUS_TAB.address, width: 'minmax(240px, 1fr)', cell: (row) => row.address, sortValue: (row) => row.address },
  { id: 'port', header: RADIUS_TAB.port, width: '90px', cell: (row) => String(row.port), sortValue: (row) => row.port },
];

export function RadiusTab({ api, host, state }: TabProps) {
  const servers = state.data?.radiusServers ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const request = useLabRequest();
  const server = servers.find((entry) => serverId(entry) === selected);
  const remove = () =>
    server &&
    request.run(async () => {
      await api.call('removeIscsiRadius', { params: { name: host }, body: { address: server.address, port: server.port } });
      setSelected(null);
      state.reload();
    }, () => true);
  return (
    <div className="flex flex-col gap-2 pt-3">
      <DataGrid aria-label={RADIUS_TAB.list} rows={servers} columns={COLUMNS} getRowId={serverId} selectedId={selected} onSelectionChange={setSelected} emptyMessage={RADIUS_TAB.none} className="h-40" />
      <ErrorLine message={request.message} />
      <div className="flex justify-end gap-2">
        <Button onPress={() => setAdding(true)}>{RADIUS_TAB.add}</Button>
        <Button onPress={remove} isDisabled={!server || request.busy}>
          {RADIUS_TAB.remove}
        </Button>
      </div>
      {adding && <TabDialogSlot dialog={RadiusServerDialog} api={api} host={host} state={state} onClose={() => setAdding(false)} />}
    </div>
  );
}
