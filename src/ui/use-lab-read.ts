// A console's read of the lab through the typed client, shared by the consoles that show one
// server's settings (iSCSI Initiator, MPIO): read again after each change (`reload`) and whenever
// `trigger` changes identity. The trigger is a piece of the mirror and nothing more: what is shown
// comes from the routes. A read that an older host, client or trigger started is dropped when it
// ends, so a slow answer never overwrites a newer one.
import { useCallback, useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';

export interface LabRead<T> {
  data: T | null;
  /** Why the last read failed (the lab's words), or null. */
  error: string | null;
  reload(): void;
}

/** `read` must keep its identity (a module function): a new one starts a new read. */
export function useLabRead<T>(
  api: ApiClient | null,
  host: string,
  read: (api: ApiClient, host: string) => Promise<T>,
  trigger: unknown,
): LabRead<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (!api) return;
    let live = true;
    read(api, host).then(
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
  }, [api, host, read, asked, trigger]);
  const reload = useCallback(() => setAsked((count) => count + 1), []);
  return { data, error, reload };
}

/** A refusal's field messages, and its detail for the form when no field names it. */
export function problemOf(reason: unknown): { fields: Record<string, string>; message: string } {
  if (reason instanceof ApiError) return { fields: reason.problem.errors ?? {}, message: reason.message };
  return { fields: {}, message: String(reason) };
}
