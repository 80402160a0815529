// One server's disks as Disk Management shows them: read through the typed client (the route
// derives sizes, paths and Disk 0), read again whenever the mirror's disks, sessions or hosts
// move, so a disk brought Online or a LUN that arrives shows without a Refresh.
import { useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import type { DiskView } from '../../domain/disks';
import type { HostDisk } from '../../domain/disks';
import type { LabMirrorState } from '../../stores/lab-mirror';
import { useLabMirror } from '../../stores/lab-mirror';

export interface DisksState {
  disks: DiskView[] | null;
  error: string | null;
}

export function useDisks(api: ApiClient | null, host: string): DisksState {
  const [disks, setDisks] = useState<DiskView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The mirror's entities are the trigger only: what is shown comes from the route.
  const hostDisks = useLabMirror((state) => state.hostDisks);
  const initiators = useLabMirror((state) => state.iscsiInitiators);
  const hosts = useLabMirror((state) => state.hosts);
  useEffect(() => {
    if (!api) return;
    let live = true;
    api.call('listDisks', { params: { name: host } }).then(
      (answer) => {
        if (!live) return;
        setDisks(answer.disks);
        setError(null);
      },
      (reason: unknown) => live && setError(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, host, hostDisks, initiators, hosts]);
  return { disks, error };
}

/** The mirror's copy of a server's disk (Disk 0, the system disk, is not one), for action predicates. */
export function mirrorDisk(lab: Pick<LabMirrorState, 'hosts' | 'hostDisks'>, host: string, number: number): HostDisk | undefined {
  const hostId = Object.values(lab.hosts).find((each) => each.name === host)?.id;
  if (hostId === undefined) return undefined;
  return Object.values(lab.hostDisks).find((disk) => disk.hostId === hostId && disk.number === number && disk.present);
}

export function hostRunning(lab: Pick<LabMirrorState, 'hosts'>, host: string): boolean {
  return Object.values(lab.hosts).some((each) => each.name === host && each.powerState === 'on');
}
