// /starwind/:host/targets/:alias: the target (alias, IQN, portals) and the device attached to it.
import { useParams } from 'react-router';
import { useLabMirror } from '../../stores/lab-mirror';
import { PropertyList } from '../../ui/property-list';
import { DeviceDetails } from './device-details';
import { TARGET_COLUMNS } from './labels';
import { targetByAlias } from './model';

export default function TargetView() {
  const { host = '', alias = '' } = useParams();
  const targets = useLabMirror((state) => state.starwindTargets);
  const devices = useLabMirror((state) => state.starwindDevices);
  const loaded = useLabMirror((state) => state.loaded);
  const target = targetByAlias({ starwindTargets: targets }, host, alias);
  if (!target) return <p className="p-4 text-sm text-muted">{loaded ? `There is no target ${alias} on ${host}.` : 'Waiting for the lab…'}</p>;
  const device = devices[target.deviceIds[0] ?? ''];
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-auto p-4" data-testid="device-view">
      <PropertyList
        items={[
          { label: TARGET_COLUMNS.alias, value: target.alias },
          { label: TARGET_COLUMNS.iqn, value: <span className="break-all">{target.iqn}</span> },
          { label: TARGET_COLUMNS.portals, value: target.portals.join(', ') || '—' },
          { label: 'Clustered', value: target.clustered ? 'Yes (several initiators may connect)' : 'No' },
        ]}
      />
      {device && (
        <section aria-label={device.name} className="border-t border-line pt-3">
          <DeviceDetails device={device} />
        </section>
      )}
    </div>
  );
}
