// Jobs: every migration the lab has run or queued, newest first, with VMM's columns Name, Status
// (Queued, Running with its percent, Completed, Failed, Cancelled), Start Time, End Time, Result
// Name (the machine) and a progress bar, all from the engine's record (model.ts says how the
// percent is read from its phases and passes). The selected job's details below: its status, hosts
// and transfer type, then the migration picture shared with Failover Cluster Manager
// (src/ui/migration: the steps with their times, the passes, downtime against the TCP timeout).
import { useMemo } from 'react';
import type { Migration } from '../../domain/migration';
import { useSelectedItem } from '../../shell/shell-context';
import { useLabMirror } from '../../stores/lab-mirror';
import { DataGrid, type GridColumn } from '../../ui/data-grid';
import { formatWindowsDateTime } from '../../ui/lab-time';
import { MigrationPicture } from '../../ui/migration/migration-picture';
import { PropertyList } from '../../ui/property-list';
import { VMM_JOB_ITEM_KIND } from './actions';
import { JOBS, TRANSFER_TYPE_LABELS } from './labels';
import { jobStatus, migrationPercent, newerFirst } from './model';
import { useEpochMs } from './use-vmm';

function ProgressCell({ migration, nowMs }: { migration: Migration; nowMs: number }) {
  const percent = migrationPercent(migration, nowMs);
  return (
    <div role="progressbar" aria-label={JOBS.progressOf(migration.vm)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} className="h-2.5 w-full overflow-hidden rounded-[2px] border border-line bg-panel">
      <div className="h-full bg-accent" style={{ width: `${percent}%` }} />
    </div>
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
  return (
    <section aria-label={JOBS.details} tabIndex={0} className="h-72 shrink-0 overflow-auto border-t border-border px-3 py-2 outline-none focus-visible:outline-2 focus-visible:outline-focus" data-migration={migration.id} data-migration-state={migration.state}>
      <h3 className="mb-1 font-semibold">{`${JOBS.migrateName}: ${migration.vm}`}</h3>
      <PropertyList
        className="mb-2 grid-cols-[max-content_1fr_max-content_1fr]"
        items={[
          { label: JOBS.detail.status, value: jobStatus(migration, nowMs) },
          { label: JOBS.detail.vm, value: migration.vm },
          { label: JOBS.detail.from, value: migration.source },
          { label: JOBS.detail.to, value: migration.destination },
          { label: JOBS.detail.transfer, value: TRANSFER_TYPE_LABELS[migration.type] },
        ]}
      />
      <MigrationPicture migration={migration} epochMs={epochMs} />
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
