// Targets → Devices…: the devices of one target, a disk per session, with their SCSI address
// ("Port 2: Bus 0: Target 0: LUN 0") and, for the selected one, its volumes (from the lab).
import { useState } from 'react';
import type { IscsiDeviceView, IscsiTargetView } from '../../domain/iscsi';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { Dialog } from '../../ui/dialog';
import { DEVICES, OK } from './labels';

const COLUMNS: GridColumn<IscsiDeviceView>[] = [
  { id: 'name', header: DEVICES.name, width: '120px', cell: (row) => row.name, sortValue: (row) => row.diskNumber },
  { id: 'address', header: DEVICES.address, width: 'minmax(220px, 1fr)', cell: (row) => row.address },
];

export function DevicesDialog({ target, devices, onClose }: { target: IscsiTargetView; devices: IscsiDeviceView[]; onClose(): void }) {
  const [selected, setSelected] = useState<string | null>(devices[0]?.session ?? null);
  const device = devices.find((entry) => entry.session === selected);
  return (
    <Dialog
      title={DEVICES.title}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[520px]"
      footer={
        <Button variant="primary" onPress={onClose}>
          {OK}
        </Button>
      }
    >
      <p className="mb-2 break-all">{target.iqn}</p>
      <DataGrid aria-label={DEVICES.list} rows={devices} columns={COLUMNS} getRowId={(row) => row.session} selectedId={selected} onSelectionChange={setSelected} emptyMessage={DEVICES.none} className="h-32" />
      {device && (
        <p className="mt-2 break-all" data-testid="device-volumes">
          {DEVICES.volumes} {device.volumes.length > 0 ? device.volumes.join(', ') : device.devicePath}
        </p>
      )}
    </Dialog>
  );
}
