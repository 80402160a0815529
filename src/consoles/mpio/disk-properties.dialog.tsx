// A disk's Properties (Disk Management → right-click Disk 1 → Properties, as the seed does): the
// General tab with what the lab knows of the disk. The MPIO console's full version adds the MPIO
// and Volumes tabs; this one keeps the export and props they share ({api, host, number, onClose}).
import { useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import type { DiskView } from '../../domain/disks';
import { formatBytesWindows } from '../../domain/units';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { PropertyList } from '../../ui/property-list';
import { Tabs } from '../../ui/tabs';

const statusOf = (disk: DiskView) => (disk.state === 'Offline' ? 'Offline' : disk.partitionStyle === null ? 'Not Initialized' : 'Online');

export function DiskPropertiesDialog({ api, host, number, onClose }: { api: ApiClient; host: string; number: number; onClose(): void }) {
  const [disk, setDisk] = useState<DiskView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('listDisks', { params: { name: host } }).then(
      (answer) => {
        if (!live) return;
        const found = answer.disks.find((each) => each.number === number);
        if (found) setDisk(found);
        else setError(`${host} has no Disk ${number}.`);
      },
      (reason: unknown) => live && setError(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, host, number]);
  const title = `Disk ${number} Properties — ${host}`;
  return (
    <Dialog title={title} isOpen onOpenChange={(open) => !open && onClose()} widthClassName="w-[440px]" footer={<Button variant="primary" onPress={onClose}>OK</Button>}>
      {error && (
        <p role="alert" className="mb-2 text-error">
          {error}
        </p>
      )}
      {disk && (
        <Tabs
          aria-label={title}
          tabs={[
            {
              id: 'general',
              label: 'General',
              content: (
                <PropertyList
                  className="p-3"
                  items={[
                    { label: 'Disk', value: disk.name },
                    { label: 'Type', value: disk.partitionStyle === null ? 'Unknown' : 'Basic' },
                    { label: 'Status', value: statusOf(disk) },
                    { label: 'Capacity', value: formatBytesWindows(disk.sizeBytes) },
                    { label: 'Partition style', value: disk.partitionStyle === null ? 'Not Initialized' : disk.partitionStyle === 'MBR' ? 'Master Boot Record (MBR)' : 'GUID Partition Table (GPT)' },
                    { label: 'Device', value: disk.kind === 'system' ? 'System disk' : disk.multipath ? `Multi-Path Disk Device (${disk.paths.length} paths)` : 'iSCSI disk (one path)' },
                  ]}
                />
              ),
            },
          ]}
        />
      )}
    </Dialog>
  );
}
