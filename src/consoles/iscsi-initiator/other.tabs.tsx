// Favorite Targets, Volumes and Devices, RADIUS and Configuration.
// What the lab does not model is said, not faked: the engine has no disks of connected targets yet
// (Volumes and Devices lists none), and keeps no RADIUS servers or initiator CHAP secret (the
// dialogs check their input; what they add lasts while this dialog is open).
import { Suspense, useMemo, useState } from 'react';
import type { IscsiFavorite } from '../../domain/iscsi';
import { useLabMirror } from '../../stores/lab-mirror';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { lazyNamed } from '../../ui/lazy-named';
import { CONFIGURATION_TAB, FAVORITES_TAB, RADIUS_TAB, VOLUMES_TAB } from './labels';
import type { TabProps } from './tab-props';

const ChangeNameDialog = lazyNamed(() => import('./small.dialogs'), 'ChangeNameDialog');
const SecretDialog = lazyNamed(() => import('./small.dialogs'), 'SecretDialog');
const RadiusServerDialog = lazyNamed(() => import('./small.dialogs'), 'RadiusServerDialog');

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

type Device = { id: string };
const DEVICE_COLUMNS: GridColumn<Device>[] = [{ id: 'device', header: VOLUMES_TAB.device, width: 'minmax(240px, 1fr)', cell: (row) => row.id }];

export function VolumesTab({ state }: TabProps) {
  const [configured, setConfigured] = useState(false);
  const connected = (state.data?.targets ?? []).filter((target) => target.sessions > 0).length;
  return (
    <div className="flex flex-col gap-2 pt-3">
      <p>{VOLUMES_TAB.intro}</p>
      <DataGrid aria-label={VOLUMES_TAB.list} rows={[]} columns={DEVICE_COLUMNS} getRowId={(row) => row.id} selectedId={null} onSelectionChange={() => undefined} emptyMessage={VOLUMES_TAB.none} className="h-40" />
      {configured && (
        <p role="status">
          {connected === 0 ? 'No target is connected: there are no devices to configure.' : `${connected} connected target${connected === 1 ? '' : 's'}, no devices: the lab does not model their disks yet.`}
        </p>
      )}
      <div className="flex justify-end gap-2">
        <Button onPress={() => setConfigured(true)}>{VOLUMES_TAB.autoConfigure}</Button>
        <Button isDisabled>{VOLUMES_TAB.clear}</Button>
      </div>
    </div>
  );
}

type Radius = { address: string };
const RADIUS_COLUMNS: GridColumn<Radius>[] = [{ id: 'address', header: RADIUS_TAB.address, width: 'minmax(240px, 1fr)', cell: (row) => row.address }];

export function RadiusTab() {
  const [servers, setServers] = useState<Radius[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <div className="flex flex-col gap-2 pt-3">
      <DataGrid aria-label={RADIUS_TAB.list} rows={servers} columns={RADIUS_COLUMNS} getRowId={(row) => row.address} selectedId={selected} onSelectionChange={setSelected} emptyMessage="There are no RADIUS servers." className="h-40" />
      <p className="text-muted">The lab does not keep RADIUS servers: a server added here lasts while this dialog is open.</p>
      <div className="flex justify-end gap-2">
        <Button onPress={() => setAdding(true)}>{RADIUS_TAB.add}</Button>
        <Button onPress={() => setServers((list) => list.filter((entry) => entry.address !== selected))} isDisabled={!selected}>
          {RADIUS_TAB.remove}
        </Button>
      </div>
      {adding && (
        <Suspense fallback={null}>
          <RadiusServerDialog
            onClose={() => setAdding(false)}
            onAdd={(address) => {
              setServers((list) => (list.some((entry) => entry.address === address) ? list : [...list, { address }]));
              setAdding(false);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

export function ConfigurationTab({ api, host, state }: TabProps) {
  const [open, setOpen] = useState<'name' | 'chap' | null>(null);
  const [secretSet, setSecretSet] = useState(false);
  const name = state.data?.initiator.initiatorName ?? '';
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
      {secretSet && <p role="status">The CHAP secret was accepted; the lab does not keep the initiator's mutual CHAP secret.</p>}
      <Suspense fallback={null}>
        {open === 'name' && (
          <ChangeNameDialog
            api={api}
            host={host}
            current={name}
            onClose={() => setOpen(null)}
            onChanged={() => {
              setOpen(null);
              state.reload();
            }}
          />
        )}
        {open === 'chap' && (
          <SecretDialog
            onClose={() => setOpen(null)}
            onSet={() => {
              setSecretSet(true);
              setOpen(null);
            }}
          />
        )}
      </Suspense>
    </div>
  );
}
