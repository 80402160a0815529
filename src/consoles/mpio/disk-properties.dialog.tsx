// A disk's Properties (Disk Management → right-click Disk 1 → Properties, the seed's "Initialize The
// Disk" step 2): General (name, type, status), MPIO (the policy and the paths, for a disk MPIO
// claims) and Volumes. Disk Management opens it from the disk's context menu; the MPIO page too.
import { useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import type { DiskView } from '../../domain/disks';
import { formatBytesWindows } from '../../domain/units';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { Dialog } from '../../ui/dialog';
import { ErrorLine } from '../../ui/error-line';
import { PropertyList } from '../../ui/property-list';
import { Tabs } from '../../ui/tabs';
import { DiskMpioTab, useDiskMpioDraft } from './disk-mpio.tab';
import { APPLY, CANCEL, DISK, OK } from './labels';
import { useMpioSources } from './use-mpio';

export interface DiskPropertiesProps {
  api: ApiClient;
  host: string;
  number: number;
  onClose(): void;
}

function useDisk(api: ApiClient, host: string, number: number): { disk: DiskView | null; error: string | null } {
  const [disk, setDisk] = useState<DiskView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { settings, disks, initiators, hosts } = useMpioSources();
  useEffect(() => {
    let live = true;
    api.call('listDisks', { params: { name: host } }).then(
      (list) => {
        if (!live) return;
        const found = list.disks.find((candidate) => candidate.number === number) ?? null;
        setDisk(found);
        setError(found ? null : `${host} has no Disk ${number}.`);
      },
      (reason: unknown) => live && setError(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, host, number, settings, disks, initiators, hosts]);
  return { disk, error };
}

/** What Device Manager calls the disk: one MPIO device over its paths, or one SCSI disk per path before the claim. */
function deviceName(disk: DiskView): string {
  if (disk.kind === 'system') return DISK.systemDevice;
  return disk.multipath ? DISK.multipathDevice(disk.paths.length) : DISK.singlePathDevice;
}

type VolumeRow = DiskView['volumes'][number] & { id: string };
const VOLUME_COLUMNS: GridColumn<VolumeRow>[] = [
  { id: 'volume', header: DISK.volume, width: 'minmax(120px, 1fr)', cell: (row) => `${row.driveLetter ? `${row.driveLetter}:` : '(no letter)'} ${row.label}` },
  { id: 'fs', header: 'File System', width: '90px', cell: (row) => row.fileSystem },
  { id: 'capacity', header: DISK.capacity, width: '110px', cell: (row) => formatBytesWindows(row.sizeBytes), align: 'right' },
];

export function DiskPropertiesDialog({ api, host, number, onClose }: DiskPropertiesProps) {
  const { disk, error } = useDisk(api, host, number);
  const [tab, setTab] = useState<string>('general');
  const draft = useDiskMpioDraft(api, host, number);
  const name = disk?.name ?? `Disk ${number}`;
  const ok = async () => {
    if (await draft.apply()) onClose();
  };
  return (
    <Dialog
      title={`${DISK.title(name)} — ${host}`}
      isOpen
      onOpenChange={(open) => !open && onClose()}
      widthClassName="w-[600px]"
      footer={
        <>
          <Button variant="primary" onPress={() => void ok()} isDisabled={draft.busy}>
            {OK}
          </Button>
          <Button onPress={onClose}>{CANCEL}</Button>
          <Button onPress={() => void draft.apply()} isDisabled={!draft.dirty || draft.busy}>
            {APPLY}
          </Button>
        </>
      }
    >
      <ErrorLine message={error} className="mb-2" />
      {/* One size for every tab (the MPIO tab's), so the tab strip does not jump between them. */}
      <Tabs
        className="min-h-[330px]"
        aria-label={DISK.title(name)}
        selectedId={tab}
        onSelectionChange={setTab}
        tabs={[
          {
            id: 'general',
            label: DISK.general,
            content: disk && (
              <div className="pt-3">
                <PropertyList
                  items={[
                    { label: DISK.name, value: disk.name },
                    { label: DISK.type, value: disk.kind === 'system' ? `${DISK.basic} (system disk)` : `${DISK.basic}, iSCSI${disk.lun ? ` (LUN ${disk.lun})` : ''}` },
                    { label: DISK.status, value: disk.state },
                    { label: DISK.capacity, value: formatBytesWindows(disk.sizeBytes) },
                    { label: DISK.partitionStyle, value: disk.partitionStyle ?? DISK.notInitialized },
                    { label: DISK.device, value: deviceName(disk) },
                  ]}
                />
              </div>
            ),
          },
          { id: 'mpio', label: DISK.mpio, content: <DiskMpioTab disk={disk} draft={draft} /> },
          {
            id: 'volumes',
            label: DISK.volumes,
            content: (
              <div className="pt-3">
                <DataGrid
                  aria-label={DISK.volumes}
                  rows={(disk?.volumes ?? []).map((volume, index) => ({ ...volume, id: String(index) }))}
                  columns={VOLUME_COLUMNS}
                  getRowId={(row) => row.id}
                  selectedId={null}
                  onSelectionChange={() => undefined}
                  emptyMessage={DISK.noVolumes}
                  className="h-32"
                />
              </div>
            ),
          },
        ]}
      />
    </Dialog>
  );
}
