// What load() checks before a restore: the log after the archive must continue it without a hole
// (an older build went on after a failed write) and reach the snapshot; and the events a snapshot
// is restored with. Shared by both persistences.
import type { LabEvent } from '../../engine';

export interface StoredLogCheck {
  /** Why the stored lab cannot be this lab as it was; undefined when it can. */
  damage?: string;
  /** Position in the stored entries where the tail (the entries after the snapshot) starts. */
  tailFrom: number;
}

/**
 * indexes: the stored entries' indexes, ascending; archiveEnd: where the archived log ends (0 when
 * nothing is archived); snapshotCount: the commands the latest snapshot covers (0 without one).
 */
export function checkStoredLog(indexes: readonly number[], archiveEnd: number, snapshotCount: number): StoredLogCheck {
  // getAll() returns entries in index order and would silently close a hole, replaying a different lab.
  const missing = indexes.findIndex((index, position) => index !== archiveEnd + position);
  if (missing >= 0) {
    return {
      tailFrom: 0,
      damage:
        `The saved command log has a hole: entry ${archiveEnd + missing} is missing (the next stored entry is ${indexes[missing]}, ` +
        `${indexes.length} entries stored), so replaying it would not give the lab as it was.`,
    };
  }
  const logEnd = archiveEnd + indexes.length;
  if (!Number.isInteger(snapshotCount) || snapshotCount < archiveEnd || snapshotCount > logEnd) {
    return {
      tailFrom: 0,
      damage:
        snapshotCount > logEnd
          ? `The saved snapshot covers ${snapshotCount} commands but the saved log holds only ${logEnd}: commands it contains were never stored, so the log does not lead to it.`
          : `The saved snapshot covers ${snapshotCount} commands but the log is archived up to entry ${archiveEnd}: the log after the snapshot is missing.`,
    };
  }
  return { tailFrom: snapshotCount - archiveEnd };
}

/**
 * The stored events the snapshot holds (seq up to its eventSeq; later ones are the tail's, which
 * the replay makes again), and the last stored seq.
 */
export function eventsUpTo(runs: readonly (readonly LabEvent[])[], snapshotSeq: number): { events: LabEvent[]; lastSeq: number } {
  const events: LabEvent[] = [];
  let lastSeq = 0;
  for (const run of runs) {
    for (const event of run) {
      // In seq order, each once, even if a fault left overlapping runs.
      if (event.seq <= lastSeq) continue;
      lastSeq = event.seq;
      if (event.seq <= snapshotSeq) events.push(event);
    }
  }
  return { events, lastSeq };
}
