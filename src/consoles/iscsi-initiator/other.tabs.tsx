// Favorite Targets and Configuration (the initiator name and its CHAP secret, both kept by the
// lab; the secret sealed and shown only as set). RADIUS: radius.tab.tsx; Volumes and Devices:
// volumes.tab.tsx.
import { Suspense, useMemo, useState } from 'react';
import type { IscsiFavorite } from '../../domain/iscsi';
import { useLabMirror } from '../../stores/lab-mirror';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { lazyNamed } from '../../ui/lazy-named';
import { CONFIGURATION_TAB, FAVORITES_TAB } from './labels';
import type { TabProps } from './tab-props';

const ChangeNameDialog = lazyNamed(() => import('./small.dialogs'), 'ChangeNameDialog');
const SecretDialog = lazyNamed(() => import('./small.dialogs'), 'SecretDialog');

const favoriteId = (row: IscsiFavorite) => `${row.iqn}|${row.initiatorAddress}|${row.portal}`;
const FAVORITE_COLUMNS: GridColumn<IscsiFavorite>[] = [
  { id: 'name', header: FAVORITES_TAB.name, width: 'minmax(240px, 1fr)', cell: (row) => row.iqn, sortValue: (row) => row.iqn },
  { id: 'portal', header: FAVORITES_TAB.portal, width: '140px', cell: (row) => row.portal },
  { id: 'multipath', header: FAVORITES_TAB.multipath, width: '80px', cell: (row) => (row.multipath ? 'Yes' : 'No') },
];

export function FavoritesTab({ host }: TabProps) {
  const initiators = useLabMirror((state) => state.iscsiInitiators);
  const favorites = useMemo(() => Object.values(initiators).find((entry) => entry.host === host)?.favorites ?? [], [initiators, host]);
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2 pt-3">
      <p>{FAVORITES_TAB.intro}</p>
      <DataGrid aria-label={FAVORITES_TAB.list} rows={favorites} columns={FAVORITE_COLUMNS} getRowId={favoriteId} selectedId={selected} onSelectionChange={setSelected} emptyMessage="There are no favorite targets." className="h-48" />
    </div>
  );
}

export function ConfigurationTab({ api, host, state }: TabProps) {
  const [open, setOpen] = useState<'name' | 'chap' | null>(null);
  const name = state.data?.initiator.initiatorName ?? '';
  const secretSet = state.data?.initiator.chapSecretSet ?? false;
  const done = () => {
    setOpen(null);
    state.reload();
  };
  return (
    <div className="flex flex-col gap-3 pt-3">
      <p>{CONFIGURATION_TAB.intro}</p>
      <div className="flex flex-col gap-1">
        <span id="iscsi-initiator-name-label">{CONFIGURATION_TAB.initiatorName}</span>
        <output aria-labelledby="iscsi-initiator-name-label" data-testid="initiator-name" className="rounded-[2px] border border-line bg-panel px-2 py-1 break-all">
          {name}
        </output>
      </div>
      <div className="flex gap-2">
        <Button onPress={() => setOpen('name')}>{CONFIGURATION_TAB.change}</Button>
        <Button onPress={() => setOpen('chap')}>{CONFIGURATION_TAB.chap}</Button>
      </div>
      <p role="status" data-testid="chap-secret-state">
        {secretSet ? CONFIGURATION_TAB.secretSet : CONFIGURATION_TAB.secretNotSet}
      </p>
      <Suspense fallback={null}>
        {open === 'name' && (
          <ChangeNameDialog api={api} host={host} current={name} onClose={() => setOpen(null)} onDone={done} />
        )}
        {open === 'chap' && (
          <SecretDialog api={api} host={host} onClose={() => setOpen(null)} onDone={done} />
        )}
      </Suspense>
    </div>
  );
}
