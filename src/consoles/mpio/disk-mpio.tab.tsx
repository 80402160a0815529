// A disk's MPIO tab: "Select the MPIO policy" (the six MSDSM policies), the DSM (Microsoft DSM) and
// the paths with their state and weight. Edit changes one path in the draft (Standby under Fail
// Over Only / Round Robin With Subset, a weight under Weighted Paths); Apply or OK sends the draft
// to the lab, whose refusal (no active path, two active paths under Fail Over Only, a weight out
// of range) shows on its field and changes nothing. Per-path I/O counters show once a path carried I/O.
import { Suspense, useEffect, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { MPIO_POLICIES, pathKey, type DiskPathView, type DiskView } from '../../domain/disks';
import { formatBytesWindows } from '../../domain/units';
import { Button } from '../../ui/button';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { SelectField } from '../../ui/fields';
import { lazyNamed } from '../../ui/lazy-named';
import { DISK, DSM_TAB, POLICY_HELP } from './labels';
import { pathIdOf } from './path-id';
import { problemOf } from '../../ui/use-lab-read';
import { useMpioSources } from './use-mpio';

const PathEditDialog = lazyNamed(() => import('./path-edit.dialog'), 'PathEditDialog');

export type PathEdit = { standby?: boolean; weight?: number };
type MpioAnswer = { policy: DiskView['policy']; paths: DiskPathView[] };

export const usesStandby = (policy: string) => policy === 'fail-over-only' || policy === 'round-robin-with-subset';
export const usesWeights = (policy: string) => policy === 'weighted-paths';

/** A path's I/O so far (the I/O generator's counters), as one cell. */
const countersText = ({ counters }: DiskPathView) => `${counters.reads} reads, ${counters.writes} writes, ${formatBytesWindows(counters.bytes)}`;

/** What the body of PUT /disks/{n}/mpio carries for these edits under this policy (only what it uses). */
export function requestPaths(policy: string, edits: Record<string, PathEdit>): { path: string; standby?: boolean; weight?: number }[] {
  return Object.entries(edits).map(([path, edit]) => ({
    path,
    ...(usesStandby(policy) && edit.standby !== undefined ? { standby: edit.standby } : {}),
    ...(usesWeights(policy) && edit.weight !== undefined ? { weight: edit.weight } : {}),
  }));
}

export function useDiskMpioDraft(api: ApiClient, host: string, number: number) {
  const [answer, setAnswer] = useState<MpioAnswer | null>(null);
  const [policy, setPolicy] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, PathEdit>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState(0);
  const { settings, disks, initiators, hosts } = useMpioSources();
  useEffect(() => {
    let live = true;
    api.call('getDiskMpio', { params: { name: host, number: String(number) } }).then(
      (next) => live && setAnswer(next),
      () => live && setAnswer(null),
    );
    return () => {
      live = false;
    };
  }, [api, host, number, asked, settings, disks, initiators, hosts]);
  const chosen = policy ?? answer?.policy ?? null;
  const dirty = (policy !== null && policy !== answer?.policy) || Object.keys(edits).length > 0;
  /** Sends the draft; true when the lab took it (or there was nothing to send). */
  const apply = async (): Promise<boolean> => {
    if (!dirty || !chosen) return true;
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      const paths = requestPaths(chosen, edits);
      await api.call('setDiskMpio', { params: { name: host, number: String(number) }, body: { policy: chosen, ...(paths.length > 0 ? { paths } : {}) } });
      setPolicy(null);
      setEdits({});
      setAsked((count) => count + 1);
      return true;
    } catch (reason) {
      const problem = problemOf(reason);
      setErrors(problem.fields);
      if (Object.keys(problem.fields).length === 0) setMessage(problem.message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { answer, chosen, edits, errors, message, busy, dirty, setPolicy, setEdits, apply };
}

export type DiskMpioDraft = ReturnType<typeof useDiskMpioDraft>;

/** A path as the draft shows it: the lab's state and weight with the edits over them. */
export function draftPath(path: DiskPathView, policy: string, edit: PathEdit | undefined): DiskPathView {
  const standby = usesStandby(policy) && (edit?.standby ?? path.state === 'Standby');
  const state = path.state === 'Failed' ? 'Failed' : standby ? 'Standby' : 'Active/Optimized';
  return { ...path, state, weight: usesWeights(policy) ? (edit?.weight ?? path.weight ?? 0) : null };
}

export function DiskMpioTab({ disk, draft }: { disk: DiskView | null; draft: DiskMpioDraft }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  if (!disk) return null;
  if (disk.kind === 'system') return <p className="pt-3">{DISK.systemDisk}</p>;
  if (!disk.multipath || !draft.answer || !draft.chosen) return <p className="pt-3">{DISK.notMultipath}</p>;
  const policy = draft.chosen;
  const rows = draft.answer.paths.map((path) => draftPath(path, policy, draft.edits[pathKey(path)]));
  const withCounters = rows.some(({ counters }) => counters.reads + counters.writes > 0);
  const fieldErrors = Object.entries(draft.errors).filter(([field]) => field !== 'policy');
  // A field "paths.N.weight" names the Nth path of the request: say which path it is.
  const sent = requestPaths(policy, draft.edits);
  const pathError = fieldErrors.map(([field, text]) => {
    const index = /^paths\.(\d+)/.exec(field)?.[1];
    const path = index === undefined ? undefined : sent[Number(index)]?.path;
    return path ? `${path}: ${text}` : text;
  });
  const columns: GridColumn<DiskPathView>[] = [
    { id: 'id', header: DISK.pathId, width: '150px', cell: (row) => pathIdOf(rows.indexOf(row)).slice(8) },
    { id: 'state', header: DISK.pathState, width: '130px', cell: (row) => row.state },
    { id: 'portal', header: 'Target portal', width: 'minmax(140px, 1fr)', cell: (row) => `${row.initiatorAddress} → ${row.portal}` },
    ...(usesWeights(policy) ? [{ id: 'weight', header: DISK.weight, width: '80px', align: 'right', cell: (row: DiskPathView) => String(row.weight ?? 0) } as const] : []),
    ...(withCounters
      ? [{ id: 'counters', header: 'I/O', width: '200px', cell: countersText } as const]
      : []),
  ];
  const editingPath = rows.find((row) => pathKey(row) === editing);
  return (
    <div className="flex flex-col gap-3 pt-3">
      <SelectField
        name="policy"
        label={DISK.policy}
        value={policy}
        onChange={(next) => draft.setPolicy(next)}
        options={MPIO_POLICIES.map((entry) => ({ id: entry.id, label: entry.name }))}
        description={POLICY_HELP[policy]}
        errorMessage={draft.errors.policy}
      />
      <div className="flex items-center gap-2">
        <span id="mpio-dsm-label">{DISK.dsmName}</span>
        <output aria-labelledby="mpio-dsm-label">{DSM_TAB.microsoftDsm}</output>
      </div>
      <div className="flex flex-col gap-1">
        <span>{DISK.paths}</span>
        <DataGrid
          aria-label={DISK.paths}
          rows={rows}
          columns={columns}
          getRowId={(row) => pathKey(row)}
          rowLabel={(row) => pathKey(row)}
          selectedId={selected}
          onSelectionChange={setSelected}
          onRowAction={setEditing}
          className="h-32"
        />
      </div>
      {(pathError.length > 0 || draft.message) && (
        <p role="alert" data-field-error="paths" className="text-error">
          {[...pathError, ...(draft.message ? [draft.message] : [])].join(' ')}
        </p>
      )}
      <div className="flex justify-end">
        <Button onPress={() => setEditing(selected)} isDisabled={!selected}>
          {DISK.edit}
        </Button>
      </div>
      {editingPath && (
        <Suspense fallback={null}>
          <PathEditDialog
            path={editingPath}
            pathId={pathIdOf(rows.indexOf(editingPath)).slice(8)}
            policy={policy}
            onClose={() => setEditing(null)}
            onSave={(edit) => {
              draft.setEdits((current) => ({ ...current, [pathKey(editingPath)]: { ...current[pathKey(editingPath)], ...edit } }));
              setEditing(null);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
