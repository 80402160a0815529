// One server's initiator as the dialog and the page show it: read through the typed client, read
// again after each change and whenever the mirror's copy of the initiator (or the lab's targets or
// the server's disks) moves, so a session that drops to Reconnecting, or a new volume on a disk of
// a connected target, shows without a click on Refresh.
import { useMemo, useState } from 'react';
import type { ApiClient } from '../../api/client';
import type { IscsiDeviceView, IscsiInitiatorView, IscsiPortalView, IscsiRadiusServerView, IscsiSession, IscsiTargetView } from '../../domain/iscsi';
import { useLabMirror } from '../../stores/lab-mirror';
import { problemOf, useLabRead, type LabRead } from '../../ui/use-lab-read';

export interface InitiatorData {
  initiator: IscsiInitiatorView;
  portals: IscsiPortalView[];
  targets: IscsiTargetView[];
  sessions: IscsiSession[];
  radiusServers: IscsiRadiusServerView[];
  devices: IscsiDeviceView[];
  /** The Volume List. */
  boundVolumes: string[];
}

export type InitiatorState = LabRead<InitiatorData>;

export async function readInitiator(api: ApiClient, host: string): Promise<InitiatorData> {
  const params = { name: host };
  const [initiator, portals, targets, sessions, radius, devices, volumes] = await Promise.all([
    api.call('getIscsi', { params }),
    api.call('listIscsiPortals', { params }),
    api.call('listIscsiTargets', { params }),
    api.call('listIscsiSessions', { params }),
    api.call('listIscsiRadius', { params }),
    api.call('listIscsiDevices', { params }),
    api.call('listIscsiVolumes', { params }),
  ]);
  return {
    initiator, portals: portals.portals, targets: targets.targets, sessions: sessions.sessions,
    radiusServers: radius.servers, devices: devices.devices, boundVolumes: volumes.volumes,
  };
}

export function useInitiator(api: ApiClient | null, host: string): InitiatorState {
  const initiators = useLabMirror((state) => state.iscsiInitiators);
  const targets = useLabMirror((state) => state.starwindTargets);
  const disks = useLabMirror((state) => state.hostDisks);
  // The mirror's entity is the trigger only: what is shown comes from the routes.
  const entity = useMemo(() => Object.values(initiators).find((entry) => entry.host === host), [initiators, host]);
  const trigger = useMemo(() => [entity, targets, disks], [entity, targets, disks]);
  return useLabRead(api, host, readInitiator, trigger);
}

/**
 * A dialog's request to the lab: busy while it runs; on a refusal, the messages of its fields, and
 * its detail too when `saysDetail(fields)` (no field of the dialog names the problem).
 */
export function useLabRequest() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (request: () => Promise<void>, saysDetail: (fields: Record<string, string>) => boolean) => {
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await request();
    } catch (reason) {
      const problem = problemOf(reason);
      setErrors(problem.fields);
      if (saysDetail(problem.fields)) setMessage(problem.message);
    } finally {
      setBusy(false);
    }
  };
  return { errors, message, busy, run };
}
