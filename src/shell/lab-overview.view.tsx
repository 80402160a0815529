// The "HA Lab" root node: what this lab is, from the mirror.
import { DEFAULT_START_EPOCH_MS, OS_DISPLAY_NAMES } from '../domain/lab';
import { useLabMirror } from '../stores/lab-mirror';
import { formatWindowsDateTime } from '../ui/lab-time';
import { PropertyList } from '../ui/property-list';

export default function LabOverview() {
  const lab = useLabMirror((state) => state.lab);
  const version = useLabMirror((state) => state.version);
  const nowMs = useLabMirror((state) => state.nowMs);
  const hostCount = useLabMirror((state) => Object.keys(state.hosts).length);
  const networkCount = useLabMirror((state) => Object.keys(state.networks).length);
  const eventCount = useLabMirror((state) => state.events.length);
  if (!lab) return <p className="p-4 text-sm text-muted">Waiting for the lab…</p>;
  return (
    <div className="flex flex-col gap-3 p-4">
      <p className="text-sm text-muted">A simulated datacenter. Select Servers, Networks, StarWind Management Console or Event Viewer in the console tree.</p>
      <PropertyList
        items={[
          { label: 'Scenario', value: lab.scenario },
          { label: 'Seed', value: lab.seed },
          { label: 'Operating system', value: OS_DISPLAY_NAMES[lab.options.osVersion] },
          { label: 'Cluster nodes', value: lab.options.clusterNodes },
          { label: 'Servers', value: hostCount },
          { label: 'Networks', value: networkCount },
          { label: 'Events', value: eventCount.toLocaleString('en-US') },
          { label: 'Lab time', value: formatWindowsDateTime((lab.options.startEpochMs ?? DEFAULT_START_EPOCH_MS) + nowMs) },
          { label: 'Version', value: version },
        ]}
      />
    </div>
  );
}
