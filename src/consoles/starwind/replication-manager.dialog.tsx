// Replication Manager (StarWind 8): the replicas of one device, and Add Replica in its top menu
// ("Select the Add Replica button in the top menu", resource-library/3). It reads the mirror, so
// a replica added or synchronizing shows as it goes. The lab models two-way replication: a device
// that has its partner offers no second one.
import type { HaDevice, StarWindDevice } from '../../api/types';
import { useLabMirror } from '../../stores/lab-mirror';
import { Button } from '../../ui/button';
import { Dialog } from '../../ui/dialog';
import { PRIORITY_LABELS, SYNC_STATE_LABELS } from './labels';
import { REPLICATION_MANAGER } from './v8.labels';

interface ReplicaRow {
  key: string;
  server: string;
  target: string;
  device: string;
  state: string;
  priority: string;
}

function replicaRows(ha: HaDevice | undefined, device: StarWindDevice, devices: Record<string, StarWindDevice>): ReplicaRow[] {
  if (!ha) return [];
  return ha.sides
    .filter((side) => side.deviceId !== device.id)
    .map((side) => ({
      key: side.deviceId,
      server: side.host,
      target: side.targetAlias,
      device: devices[side.deviceId]?.name ?? side.deviceId,
      state: SYNC_STATE_LABELS[side.syncState],
      priority: PRIORITY_LABELS[side.priority],
    }));
}

export function ReplicationManagerDialog({ deviceId, onAddReplica, onClose }: { deviceId: string; onAddReplica(device: StarWindDevice): void; onClose(): void }) {
  const devices = useLabMirror((state) => state.starwindDevices);
  const haDevices = useLabMirror((state) => state.haDevices);
  const device = devices[deviceId];
  if (!device) return null;
  const ha = device.haDeviceId ? haDevices[device.haDeviceId] : undefined;
  const rows = replicaRows(ha, device, devices);
  const columns = REPLICATION_MANAGER.columns;
  return (
    <Dialog
      title={REPLICATION_MANAGER.title(device.name)}
      isOpen
      onOpenChange={(open) => (open ? undefined : onClose())}
      widthClassName="w-[640px]"
      footer={<Button onPress={onClose}>{REPLICATION_MANAGER.close}</Button>}
    >
      <div data-dialog="starwind-replication-manager" className="flex flex-col gap-3">
        <div className="flex items-center gap-2 border-b border-line pb-2">
          <Button variant="primary" onPress={() => onAddReplica(device)} isDisabled={device.haDeviceId !== null}>
            {REPLICATION_MANAGER.addReplica}
          </Button>
          {device.haDeviceId !== null && <span className="text-xs text-muted">{REPLICATION_MANAGER.twoWayOnly}</span>}
        </div>
        <table className="w-full border-collapse text-left text-sm" aria-label={REPLICATION_MANAGER.title(device.name)}>
          <thead>
            <tr className="border-b border-line bg-header">
              <th className="px-2 py-1 font-normal">{columns.server}</th>
              <th className="px-2 py-1 font-normal">{columns.target}</th>
              <th className="px-2 py-1 font-normal">{columns.device}</th>
              <th className="px-2 py-1 font-normal">{columns.state}</th>
              <th className="px-2 py-1 font-normal">{columns.priority}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-replica={row.key} className="border-b border-line/60">
                <td className="px-2 py-1">{row.server}</td>
                <td className="px-2 py-1">{row.target}</td>
                <td className="px-2 py-1">{row.device}</td>
                <td className="px-2 py-1" data-replica-state>
                  {row.state}
                </td>
                <td className="px-2 py-1">{row.priority}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={5} className="px-2 py-3 text-muted">
                  {REPLICATION_MANAGER.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
