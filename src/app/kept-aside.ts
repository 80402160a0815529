// A saved lab the host could not restore (kept aside in IndexedDB) as a file the user can keep and
// inspect: shaped like an exported lab (LabFile), plus what only the saved copy knows. It may not
// import: its snapshot is the last one saved, not the state at the end of its log, and what it
// holds may be the very cause of the failed restore.
import type { ClockSpeed, LabFile } from '../api/types';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION } from '../domain/lab';
import type { KeptAsideLab } from '../host/types';

export interface KeptLabFile extends Omit<LabFile, 'snapshot'> {
  /** The last snapshot saved; null when the lab had none yet. */
  snapshot: LabFile['snapshot'] | null;
  keptAside: {
    /** Why the restore failed, as the host reported it. */
    reason: string;
    /** How many log entries the snapshot already contains. */
    snapshotCommandCount: number | null;
    /** Where virtual time stood, and the clock's speed, when it was last saved. */
    nowMs: number;
    speed: ClockSpeed;
  };
}

export function keptLabFile({ reason, lab }: KeptAsideLab): KeptLabFile {
  const { seed, scenario, options } = lab.params;
  return {
    kind: LAB_FILE_KIND,
    schemaVersion: LAB_FILE_SCHEMA_VERSION,
    seed,
    scenario,
    options,
    snapshot: lab.snapshot?.snapshot ?? null,
    commandLog: lab.commandLog,
    keptAside: { reason, snapshotCommandCount: lab.snapshot?.commandCount ?? null, nowMs: lab.nowMs, speed: lab.speed },
  };
}

export function keptLabFileName({ lab }: KeptAsideLab): string {
  return `ha-lab-kept-seed-${lab.params.seed}-${lab.commandLog.length}-commands.json`;
}
