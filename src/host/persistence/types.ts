// Where the host keeps a lab between page loads: its parameters, the command log from the lab's
// start, the latest snapshot, and where virtual time stood. A reload restores the snapshot,
// replays the log after it, and advances to the saved time (ARCHITECTURE.md, "Persistence").
import type { ClockSpeed, CommandLogEntry } from '../../api/types';
import type { LabParams, LabSnapshot } from '../../engine';

export interface StoredSnapshot {
  /** How many log entries the snapshot already contains; the replay starts at this index. */
  commandCount: number;
  snapshot: LabSnapshot;
}

export interface LabMeta {
  /** Virtual time the lab had reached; a restore advances to it after the replay. */
  nowMs: number;
  /** The speed the clock ran at; a restored lab keeps it but comes back paused. */
  speed: ClockSpeed;
}

export interface SavedLab extends LabMeta {
  params: LabParams;
  snapshot: StoredSnapshot | null;
  /** The whole log from the lab's start: exports carry it, so a lab replays to any past moment. */
  commandLog: CommandLogEntry[];
  /**
   * Set by load() when what is stored cannot be this lab as it was (a hole in the log's indexes,
   * left by an older build whose write failed): the restore refuses it and the lab is kept aside.
   */
  damage?: string;
}

export interface KeptAsideLab {
  reason: string;
  lab: SavedLab;
}

export interface Persistence {
  /** The saved lab, or null when there is none. */
  load(): Promise<SavedLab | null>;
  /** Replaces everything with a new lab (new lab, import). */
  reset(lab: SavedLab): Promise<void>;
  /** Appends the log entry with this index (0-based, consecutive). */
  appendCommand(index: number, entry: CommandLogEntry): Promise<void>;
  saveSnapshot(stored: StoredSnapshot): Promise<void>;
  saveMeta(meta: LabMeta): Promise<void>;
  /**
   * Keeps a saved lab that this build could not restore, with the reason, before a new lab
   * replaces it: nothing a user did is lost, even when a fault or an older build corrupts it.
   */
  keepAside(lab: SavedLab, reason: string): Promise<void>;
  /** The labs kept aside, oldest first. */
  keptAside(): Promise<KeptAsideLab[]>;
  close(): void;
}

/** The log entries a restore replays on top of the snapshot. */
export function logTail(saved: SavedLab): CommandLogEntry[] {
  return saved.commandLog.slice(saved.snapshot?.commandCount ?? 0);
}
