// MPIO Devices: the hardware IDs the Microsoft DSM claims (the iSCSI bus's once "Add support for
// iSCSI devices" is in effect, then the added ones). Add opens "Add MPIO Support"; Remove takes an
// ID off. Both change the list the lab keeps, in effect after the reboot the prompt offers.
import { Suspense, useState } from 'react';
import { ISCSI_HARDWARE_ID } from '../../domain/disks';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { ErrorLine } from '../../ui/error-line';
import { lazyNamed } from '../../ui/lazy-named';
import { DEVICES_TAB } from './labels';
import type { TabProps } from './tab-props';
import { problemOf } from '../../ui/use-lab-read';

const AddSupportDialog = lazyNamed(() => import('./add-support.dialog'), 'AddSupportDialog');

type Row = { id: string };
const COLUMNS: GridColumn<Row>[] = [{ id: 'id', header: DEVICES_TAB.hardwareId, width: 'minmax(240px, 1fr)', cell: (row) => <span className="font-mono whitespace-pre">{row.id}</span> }];

export function DevicesTab({ api, host, state, askReboot }: TabProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mpio = state.data?.mpio;
  const rows = (mpio?.hardwareIds ?? []).map((id) => ({ id }));
  // The list a change starts from: the one already waiting for the boot, else the one in effect.
  const current = mpio?.pendingDeviceIds ?? mpio?.deviceIds ?? [];
  const remove = async () => {
    if (!selected) return;
    setError(null);
    try {
      const body = selected === ISCSI_HARDWARE_ID ? { iscsiClaimed: false } : { deviceIds: current.filter((id) => id !== selected) };
      await api.call('setMpio', { params: { name: host }, body });
      setSelected(null);
      state.reload();
      askReboot();
    } catch (reason) {
      setError(problemOf(reason).message);
    }
  };
  return (
    <div className="flex flex-col gap-2 pt-3">
      <p>{DEVICES_TAB.intro}</p>
      <DataGrid aria-label={DEVICES_TAB.list} rows={rows} columns={COLUMNS} getRowId={(row) => row.id} selectedId={selected} onSelectionChange={setSelected} emptyMessage={DEVICES_TAB.empty} className="h-44" rowLabel={(row) => row.id} />
      {mpio?.pendingDeviceIds && (
        <p role="status" className="text-sm">
          After the restart: {mpio.pendingDeviceIds.length === 0 ? 'no added hardware IDs' : mpio.pendingDeviceIds.join(', ')}.
        </p>
      )}
      <ErrorLine message={error} />
      <div className="flex justify-end gap-2">
        <Button onPress={() => setAdding(true)} isDisabled={!mpio}>
          {DEVICES_TAB.add}
        </Button>
        <Button onPress={() => void remove()} isDisabled={!selected}>
          {DEVICES_TAB.remove}
        </Button>
      </div>
      {adding && (
        <Suspense fallback={null}>
          <AddSupportDialog
            api={api}
            host={host}
            current={current}
            onClose={() => setAdding(false)}
            onAdded={() => {
              setAdding(false);
              state.reload();
              askReboot();
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
