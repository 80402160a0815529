// Volumes and Devices: the Volume List the lab keeps (bound volumes, mount points and devices),
// Auto Configure (binds every volume, or the device when it has none, of the connected targets),
// Add... (checked by the lab), Remove and Clear. Below it, the devices Auto Configure would bind,
// read from the lab (the disks of connected targets), so what it does can be seen.
import { useState } from 'react';
import type { IscsiDeviceView } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { ErrorLine } from '../../ui/error-line';
import { lazyNamed } from '../../ui/lazy-named';
import { DEVICES, VOLUMES_TAB } from './labels';
import { TabDialogSlot } from './tab-dialog';
import type { TabProps } from './tab-props';
import { useLabRequest } from './use-initiator';

const AddVolumeDialog = lazyNamed(() => import('./small.dialogs'), 'AddVolumeDialog');

type Bound = { path: string };
const BOUND_COLUMNS: GridColumn<Bound>[] = [{ id: 'path', header: VOLUMES_TAB.device, width: 'minmax(240px, 1fr)', cell: (row) => <span className="break-all">{row.path}</span>, sortValue: (row) => row.path }];

const deviceId = (row: IscsiDeviceView) => row.session;
const DEVICE_COLUMNS: GridColumn<IscsiDeviceView>[] = [
  { id: 'name', header: DEVICES.name, width: '80px', cell: (row) => row.name, sortValue: (row) => row.diskNumber },
  { id: 'address', header: DEVICES.address, width: '230px', cell: (row) => row.address },
  { id: 'volumes', header: VOLUMES_TAB.volumesColumn, width: 'minmax(80px, 1fr)', cell: (row) => row.volumes.join(', ') || '—' },
];

export function VolumesTab({ api, host, state }: TabProps) {
  const bound = (state.data?.boundVolumes ?? []).map((path) => ({ path }));
  const devices = state.data?.devices ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const [device, setDevice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const request = useLabRequest();
  const params = { name: host };
  const act = (call: () => Promise<unknown>) =>
    request.run(async () => {
      await call();
      setSelected(null);
      state.reload();
    }, () => true);
  return (
    <div className="flex flex-col gap-2 pt-3">
      <p>{VOLUMES_TAB.intro}</p>
      <span className="font-semibold">{VOLUMES_TAB.listLabel}</span>
      <DataGrid aria-label={VOLUMES_TAB.list} rows={bound} columns={BOUND_COLUMNS} getRowId={(row) => row.path} selectedId={selected} onSelectionChange={setSelected} emptyMessage={VOLUMES_TAB.none} className="h-32" />
      <ErrorLine message={request.message} />
      <div className="flex justify-end gap-2">
        <Button onPress={() => act(() => api.call('autoConfigureIscsiVolumes', { params }))} isDisabled={request.busy}>
          {VOLUMES_TAB.autoConfigure}
        </Button>
        <Button onPress={() => setAdding(true)}>{VOLUMES_TAB.add}</Button>
        <Button onPress={() => selected && act(() => api.call('unbindIscsiVolume', { params, body: { path: selected } }))} isDisabled={!selected || request.busy}>
          {VOLUMES_TAB.remove}
        </Button>
        <Button onPress={() => act(() => api.call('clearIscsiVolumes', { params }))} isDisabled={bound.length === 0 || request.busy}>
          {VOLUMES_TAB.clear}
        </Button>
      </div>
      <span className="font-semibold">{VOLUMES_TAB.devices}</span>
      <DataGrid aria-label={VOLUMES_TAB.devices} rows={devices} columns={DEVICE_COLUMNS} getRowId={deviceId} selectedId={device} onSelectionChange={setDevice} emptyMessage={VOLUMES_TAB.devicesNone} className="h-28" />
      {adding && <TabDialogSlot dialog={AddVolumeDialog} api={api} host={host} state={state} onClose={() => setAdding(false)} />}
    </div>
  );
}
