// One server's MPIO as the page and the dialogs show it: read through the typed client, read again
// after each change and whenever the mirror's MPIO settings, disks, sessions or features move (the
// mirror is the trigger only: what is shown comes from the routes).
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../../api/client';
import type { DiskView, MpioView } from '../../domain/disks';
import { useLabMirror } from '../../stores/lab-mirror';

export interface MpioData {
  mpio: MpioView;
  disks: DiskView[];
}

export interface MpioState {
  data: MpioData | null;
  error: string | null;
  reload(): void;
}

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
  const [data, setData] = useState<MpioData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  const { settings, disks, initiators, features, hosts } = useMpioSources();
  useEffect(() => {
    if (!api) return;
    let live = true;
    readMpio(api, host).then(
      (next) => {
        if (!live) return;
        setData(next);
        setError(null);
      },
      (reason: unknown) => live && setError(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, host, asked, settings, disks, initiators, features, hosts]);
  const reload = useCallback(() => setAsked((count) => count + 1), []);
  return { data, error, reload };
}

/** A refusal's field messages, and its detail. */
export function problemOf(reason: unknown): { fields: Record<string, string>; message: string } {
  if (reason instanceof ApiError) return { fields: reason.problem.errors ?? {}, message: reason.message };
  return { fields: {}, message: String(reason) };
}
