// Jobs: every migration the lab has run or queued, newest first, with VMM's columns Name, Status
// (Queued, Running with its percent, Completed, Failed, Cancelled), Start Time, End Time, Result
// Name (the machine) and a progress bar, all from the engine's record (model.ts says how the
// percent is read from its phases and passes). The selected job's details below: its steps with
// their times, the memory copy passes, total time, downtime against the TCP timeout and the result.
import { useMemo } from 'react';
import { MIGRATION_PHASE_LABELS, type Migration } from '../../domain/migration';
import { formatBytesWindows } from '../../domain/units';
import { useSelectedItem } from '../../shell/shell-context';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { formatWindowsDateTime } from '../../ui/lab-time';
import { PropertyList } from '../../ui/property-list';
import { VMM_JOB_ITEM_KIND } from './actions';
import { JOBS, TRANSFER_TYPE_LABELS } from './labels';
import { formatElapsed, jobStatus, migrationPercent, newerFirst, stepLines } from './model';
import { useEpochMs } from './use-vmm';

function ProgressCell({ migration, nowMs }: { migration: Migration; nowMs: number }) {
  const percent = migrationPercent(migration, nowMs);
  return (
    <div role="progressbar" aria-label={JOBS.progressOf(migration.vm)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2.5 w-full overflow-hidden rounded-[2px] border border-line bg-panel">
      <div className="h-full bg-accent" style={{ width: `${percent}%` }} />
    </div>
  );
}

function Steps({ migration, epochMs }: { migration: Migration; epochMs: number }) {
  const at = (ms: number | null) => (ms === null ? '' : formatWindowsDateTime(epochMs + ms));
  return (
    <table aria-label={JOBS.steps} className="mt-2 w-full border-collapse text-sm">
      <thead>
        <tr className="text-left text-muted">
          <th className="pr-4 font-normal">{JOBS.step}</th>
          <th className="pr-4 font-normal">{JOBS.stepStatus}</th>
          <th className="pr-4 font-normal">{JOBS.stepStart}</th>
          <th className="font-normal">{JOBS.stepDuration}</th>
        </tr>
      </thead>
      <tbody>
        {stepLines(migration).map((line, index) => (
          <tr key={`${line.phase}-${index}`} data-step={line.phase}>
            <td className="pr-4">{`${index + 1}. ${MIGRATION_PHASE_LABELS[line.phase]}`}</td>
            <td className="pr-4">{line.state}</td>
            <td className="pr-4">{at(line.startedMs)}</td>
            <td>{line.endedMs === null ? '' : formatElapsed(line.endedMs - line.startedMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Details({ migration, nowMs, epochMs }: { migration: Migration | undefined; nowMs: number; epochMs: number }) {
  if (!migration) {
    return (
      <section aria-label={JOBS.details} tabIndex={0} className="h-56 shrink-0 border-t border-border px-3 py-2 outline-none focus-visible:outline-2 focus-visible:outline-focus">
        <p className="text-sm text-muted">{JOBS.noSelection}</p>
      </section>
    );
  }
  const timeoutS = migration.tcpTimeoutMs / 1000;
  const passes = migration.passes.map((pass, index) => `${index + 1}: ${formatBytesWindows(pass.bytesSent)} sent, ${formatBytesWindows(pass.bytesDirtied)} dirtied, ${formatElapsed(pass.durationMs)}`);
  return (
    <section aria-label={JOBS.details} tabIndex={0} className="h-64 shrink-0 overflow-auto border-t border-border px-3 py-2 outline-none focus-visible:outline-2 focus-visible:outline-focus" data-migration={migration.id} data-migration-state={migration.state}>
      <h3 className="mb-1 font-semibold">{`${JOBS.migrateName}: ${migration.vm}`}</h3>
      <PropertyList
        className="grid-cols-[max-content_1fr_max-content_1fr]"
        items={[
          { label: JOBS.detail.status, value: jobStatus(migration, nowMs) },
          { label: JOBS.detail.vm, value: migration.vm },
          { label: JOBS.detail.from, value: migration.source },
          { label: JOBS.detail.to, value: migration.destination },
          { label: JOBS.detail.transfer, value: TRANSFER_TYPE_LABELS[migration.type] },
          { label: JOBS.detail.network, value: migration.network ?? '—' },
          { label: JOBS.detail.total, value: migration.totalMs === null ? '—' : formatElapsed(migration.totalMs) },
          { label: JOBS.detail.downtime, value: migration.downtimeMs === null ? '—' : formatElapsed(migration.downtimeMs) },
          { label: JOBS.detail.clients, value: migration.clientsKeptConnection === null ? '—' : migration.clientsKeptConnection ? JOBS.clientsKept(timeoutS) : JOBS.clientsDropped(timeoutS) },
          ...(migration.reason === null ? [] : [{ label: JOBS.detail.reason, value: migration.reason }]),
          ...(migration.type === 'live' ? [{ label: JOBS.detail.passes, value: passes.length === 0 ? '—' : passes.join('; ') }] : []),
        ]}
      />
      <Steps migration={migration} epochMs={epochMs} />
    </section>
  );
}

export default function VmmJobsView() {
  const migrations = useLabMirror((state) => state.migrations);
  const nowMs = useLabMirror((state) => state.nowMs);
  const epochMs = useEpochMs();
  const [selected, setItem] = useSelectedItem(VMM_JOB_ITEM_KIND);
  const rows = useMemo(() => Object.values(migrations).sort(newerFirst), [migrations]);
  const at = (ms: number | null) => (ms === null ? '' : formatWindowsDateTime(epochMs + ms));
  const columns: GridColumn<Migration>[] = [
    { id: 'name', header: JOBS.columns.name, width: 'minmax(180px, 1fr)', cell: () => JOBS.migrateName },
    { id: 'status', header: JOBS.columns.status, width: '130px', cell: (migration) => jobStatus(migration, nowMs) },
    { id: 'start', header: JOBS.columns.startTime, width: '170px', cell: (migration) => at(migration.requestedMs) },
    { id: 'end', header: JOBS.columns.endTime, width: '170px', cell: (migration) => at(migration.endedMs) },
    { id: 'result', header: JOBS.columns.resultName, width: '120px', cell: (migration) => migration.vm },
    { id: 'progress', header: JOBS.columns.progress, width: '120px', cell: (migration) => <ProgressCell migration={migration} nowMs={nowMs} /> },
  ];
  const selectedJob = selected === null ? undefined : migrations[selected];
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <DataGrid
        aria-label={JOBS.list}
        columnsKey="vmm-jobs"
        rows={rows}
        columns={columns}
        getRowId={(migration) => migration.id}
        selectedId={selected}
        onSelectionChange={(id) => setItem(id === null ? null : { kind: VMM_JOB_ITEM_KIND, key: id, label: migrations[id]?.vm ?? id })}
        emptyMessage={JOBS.empty}
        className="min-h-0 flex-1"
      />
      <Details migration={selectedJob} nowMs={nowMs} epochMs={epochMs} />
    </div>
  );
}
