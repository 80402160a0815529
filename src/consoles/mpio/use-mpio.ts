// One server's MPIO as the page and the dialogs show it: read through the typed client, read again
// after each change and whenever the mirror's MPIO settings, disks, sessions or features move (the
// mirror is the trigger only: what is shown comes from the routes).
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import type { DiskView, MpioView } from '../../domain/disks';
import { useLabMirror } from '../../stores/lab-mirror';
import { useLabRead, type LabRead } from '../../ui/use-lab-read';

export interface MpioData {
  mpio: MpioView;
  disks: DiskView[];
}

export type MpioState = LabRead<MpioData>;

export async function readMpio(api: ApiClient, host: string): Promise<MpioData> {
  const params = { name: host };
  const [mpio, disks] = await Promise.all([api.call('getMpio', { params }), api.call('listDisks', { params })]);
  return { mpio, disks: disks.disks };
}

/** Re-reads follow these collections: what MPIO shows derives from them. */
export function useMpioSources() {
  return {
    settings: useLabMirror((state) => state.mpioSettings),
    disks: useLabMirror((state) => state.hostDisks),
    initiators: useLabMirror((state) => state.iscsiInitiators),
    features: useLabMirror((state) => state.serverFeatures),
    hosts: useLabMirror((state) => state.hosts),
  };
}

export function useMpio(api: ApiClient | null, host: string): MpioState {
  const { settings, disks, initiators, features, hosts } = useMpioSources();
  const trigger = useMemo(() => [settings, disks, initiators, features, hosts], [settings, disks, initiators, features, hosts]);
  return useLabRead(api, host, readMpio, trigger);
}
