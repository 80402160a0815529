// The picture of one migration, while it runs and afterwards: its steps as a timeline (each with
// its start and duration from the engine's timeline), the pre-copy passes as a bar chart (bytes
// sent and dirtied per pass: an SVG drawn here, ≤ 10 bars, with a visually hidden table for screen
// readers), the total time, the downtime against the TCP timeout (a bar with the timeout marked),
// and the result. A quick migration shows its three phases and its offline time the same way.
// Load it lazily (lazy.ts): its code comes with the first page that shows a migration.
import { MIGRATION_PHASE_LABELS, type Migration } from '../../domain/migration';
import { formatWindowsDateTime } from '../lab-time';
import { PropertyList } from '../property-list';
import { PICTURE } from './labels';
import { downtimeScale, formatElapsed, passBars, phasesOf, stepLines } from './model';
import { PassChart } from './pass-chart';

function Timeline({ migration, epochMs }: { migration: Migration; epochMs: number }) {
  const reached = new Map(stepLines(migration).map((line) => [line.phase, line]));
  return (
    <table aria-label={PICTURE.timeline} className="w-full border-collapse text-sm">
      <thead>
        <tr className="text-left text-muted">
          <th className="pr-4 font-normal">{PICTURE.step}</th>
          <th className="pr-4 font-normal">{PICTURE.state}</th>
          <th className="pr-4 font-normal">{PICTURE.start}</th>
          <th className="font-normal">{PICTURE.duration}</th>
        </tr>
      </thead>
      <tbody>
        {phasesOf(migration).map((phase, index) => {
          const line = reached.get(phase);
          return (
            <tr key={phase} data-phase={phase} data-phase-state={line?.state ?? 'NotReached'}>
              <td className="pr-4">{`${index + 1}. ${MIGRATION_PHASE_LABELS[phase]}`}</td>
              <td className="pr-4">{line ? line.state : PICTURE.notReached}</td>
              <td className="pr-4">{line ? formatWindowsDateTime(epochMs + line.startedMs) : ''}</td>
              <td data-duration>{line && line.endedMs !== null ? formatElapsed(line.endedMs - line.startedMs) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function DowntimeBar({ migration }: { migration: Migration }) {
  const scale = downtimeScale(migration);
  if (!scale || migration.downtimeMs === null) return null;
  const over = migration.downtimeMs > migration.tcpTimeoutMs;
  const label = PICTURE.downtimeBar(formatElapsed(migration.downtimeMs), formatElapsed(migration.tcpTimeoutMs));
  return (
    <div role="img" aria-label={label} className="relative h-4 w-full max-w-[480px] rounded-[2px] border border-line bg-panel" data-testid="downtime-bar">
      <div className={`h-full ${over ? 'bg-error' : 'bg-accent'}`} style={{ width: `${Math.max(0.5, scale.downtimeShare * 100)}%` }} />
      <div className="absolute inset-y-[-3px] w-0.5 bg-fg" style={{ left: `${scale.timeoutShare * 100}%` }} title={PICTURE.tcpTimeout} />
    </div>
  );
}

function resultText(migration: Migration): string {
  if (migration.state === 'Queued') return PICTURE.queued;
  if (migration.state === 'Running') return PICTURE.underWay;
  if (migration.state === 'Completed') return migration.clientsKeptConnection === false ? PICTURE.dropped : PICTURE.kept;
  return PICTURE.ended(migration.state, migration.reason);
}

export function MigrationPicture({ migration, epochMs }: { migration: Migration; epochMs: number }) {
  const live = migration.type === 'live';
  return (
    <section aria-label={PICTURE.title(migration.type, migration.vm)} className="flex flex-col gap-3" data-migration={migration.id} data-migration-state={migration.state} data-migration-type={migration.type}>
      <h3 className="font-semibold">{`${PICTURE.title(migration.type, migration.vm)}: ${PICTURE.route(migration.source, migration.destination)}`}</h3>
      <Timeline migration={migration} epochMs={epochMs} />
      {live ? <PassChart bars={passBars(migration)} /> : null}
      <PropertyList
        items={[
          { label: PICTURE.state, value: migration.state },
          ...(live ? [{ label: PICTURE.network, value: migration.network ?? PICTURE.pending }] : []),
          { label: PICTURE.total, value: <span data-testid="migration-total">{migration.totalMs === null ? PICTURE.pending : formatElapsed(migration.totalMs)}</span> },
          { label: live ? PICTURE.downtime : PICTURE.offline, value: <span data-testid="migration-downtime">{migration.downtimeMs === null ? PICTURE.pending : formatElapsed(migration.downtimeMs)}</span> },
          { label: PICTURE.tcpTimeout, value: formatElapsed(migration.tcpTimeoutMs) },
        ]}
      />
      <DowntimeBar migration={migration} />
      <p data-testid="migration-result">
        <span className="font-semibold">{`${PICTURE.result}: `}</span>
        {resultText(migration)}
      </p>
    </section>
  );
}
