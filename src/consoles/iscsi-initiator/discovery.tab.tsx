// Discovery: the target portals (Address, Port, Adapter, IP address), Discover Portal… and Remove.
import { Suspense, useState } from 'react';
import type { IscsiPortalView } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { ErrorLine } from '../../ui/error-line';
import { lazyNamed } from '../../ui/lazy-named';
import { ADVANCED, DISCOVERY_TAB } from './labels';
import type { TabProps } from './tab-props';
import { problemOf } from '../../ui/use-lab-read';

const DiscoverPortalDialog = lazyNamed(() => import('./discover-portal.dialog'), 'DiscoverPortalDialog');

const portalId = (portal: IscsiPortalView) => `${portal.address}:${portal.port}`;

const COLUMNS: GridColumn<IscsiPortalView>[] = [
  { id: 'address', header: DISCOVERY_TAB.address, width: 'minmax(140px, 1fr)', cell: (row) => row.address, sortValue: (row) => row.address },
  { id: 'port', header: DISCOVERY_TAB.port, width: '70px', cell: (row) => String(row.port), align: 'right' },
  { id: 'adapter', header: DISCOVERY_TAB.adapter, width: '150px', cell: () => ADVANCED.defaultChoice },
  { id: 'ip', header: DISCOVERY_TAB.ip, width: '120px', cell: (row) => row.initiatorAddress ?? ADVANCED.defaultChoice },
];

export function DiscoveryTab({ api, host, state }: TabProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const portals = state.data?.portals ?? [];
  const portal = portals.find((entry) => portalId(entry) === selected);

  const remove = async () => {
    if (!portal) return;
    setMessage(null);
    try {
      await api.call('removeIscsiPortal', { params: { name: host }, body: { address: portal.address, port: portal.port } });
      setSelected(null);
      state.reload();
    } catch (reason) {
      setMessage(problemOf(reason).message);
    }
  };

  return (
    <div className="flex flex-col gap-2 pt-3">
      <span className="font-semibold">{DISCOVERY_TAB.portals}</span>
      <p>{DISCOVERY_TAB.intro}</p>
      <DataGrid aria-label={DISCOVERY_TAB.portals} rows={portals} columns={COLUMNS} getRowId={portalId} selectedId={selected} onSelectionChange={setSelected} emptyMessage="There are no target portals." className="h-40" />
      <ErrorLine message={message} />
      <div className="flex justify-end gap-2">
        <Button onPress={() => setAdding(true)}>{DISCOVERY_TAB.discover}</Button>
        <Button onPress={remove} isDisabled={!portal}>
          {DISCOVERY_TAB.remove}
        </Button>
        <Button onPress={state.reload}>{DISCOVERY_TAB.refresh}</Button>
      </div>
      {adding && (
        <Suspense fallback={null}>
          <DiscoverPortalDialog
            api={api}
            host={host}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              state.reload();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
