// /starwind/:host/devices/:name: one device (an HA device shows the pair).
import { useParams } from 'react-router';
import { useLabMirror } from '../../stores/lab-mirror';
import { DeviceDetails } from './device-details';
import { deviceByName } from './model';

export default function DeviceView() {
  const { host = '', name = '' } = useParams();
  const devices = useLabMirror((state) => state.starwindDevices);
  const loaded = useLabMirror((state) => state.loaded);
  const device = deviceByName({ starwindDevices: devices }, host, name);
  if (!device) return <p className="p-4 text-sm text-muted">{loaded ? `There is no device ${name} on ${host}.` : 'Waiting for the lab…'}</p>;
  return (
    <div className="min-h-0 flex-1 overflow-auto p-4" data-testid="device-view">
      <DeviceDetails device={device} />
    </div>
  );
}
