// What the migration picture reads from the engine's record of one migration (shared by Failover
// Cluster Manager's role page and Virtual Machine Manager's job details): the steps reached with
// their times, the passes as chart bars, and the blackout against the TCP timeout. Nothing here
// estimates: every number is a field of the Migration the engine wrote.
import { LIVE_PHASES, QUICK_PHASES, type Migration, type MigrationPhase } from '../../domain/migration';

export function phasesOf(migration: Migration): readonly MigrationPhase[] {
  return migration.type === 'live' ? LIVE_PHASES : QUICK_PHASES;
}

export interface StepLine {
  phase: MigrationPhase;
  startedMs: number;
  /** When the next step began (or the migration ended); null while it runs. */
  endedMs: number | null;
  state: 'Completed' | 'Running' | Migration['state'];
}

/** The steps reached, from the migration's timeline: each with its start, its end and how it went. */
export function stepLines(migration: Migration): StepLine[] {
  const { timeline } = migration;
  return timeline.map((entry, index) => {
    const next = timeline[index + 1];
    const last = next === undefined;
    const endedMs = next ? next.atMs : migration.endedMs;
    const state = !last ? 'Completed' : migration.state === 'Running' ? 'Running' : migration.state;
    return { phase: entry.phase, startedMs: entry.atMs, endedMs, state };
  });
}

/** "60 ms" below a second, else "12.3 s": the picture's times, which differ by orders of magnitude. */
export function formatElapsed(durationMs: number): string {
  if (durationMs < 1000) return `${Math.round(durationMs)} ms`;
  return `${(durationMs / 1000).toFixed(1)} s`;
}

export interface PassBar {
  /** 1-based, as the chart labels it. */
  pass: number;
  bytesSent: number;
  bytesDirtied: number;
  durationMs: number;
}

/** The chart's bars: one per pre-copy pass, exactly the engine's numbers. */
export function passBars(migration: Migration): PassBar[] {
  return migration.passes.map((pass, index) => ({ pass: index + 1, bytesSent: pass.bytesSent, bytesDirtied: pass.bytesDirtied, durationMs: pass.durationMs }));
}

/** The blackout bar's scale: the TCP timeout and the downtime both fit, with the timeout marked. */
export function downtimeScale(migration: Migration): { downtimeShare: number; timeoutShare: number } | null {
  if (migration.downtimeMs === null) return null;
  const maxMs = Math.max(migration.tcpTimeoutMs, migration.downtimeMs) * 1.1;
  return { downtimeShare: migration.downtimeMs / maxMs, timeoutShare: migration.tcpTimeoutMs / maxMs };
}
