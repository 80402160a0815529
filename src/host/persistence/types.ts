// Where the host keeps a lab between page loads: its parameters, where virtual time stood, the
// latest snapshot (without its events), the event log apart (appended as it grows, evicted events
// deleted), the command log after the snapshot (the tail), and the archive of the log before it.
// A reload restores the snapshot with its events, replays the tail and advances to the saved time
// (ARCHITECTURE.md, "Persistence"); it never reads the archive.
import type { ClockSpeed, CommandLogEntry } from '../../api/types';
import type { LabEvent, LabParams, LabSnapshot } from '../../engine';

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
  /** The latest snapshot, its events included (load() puts them back from the events store). */
  snapshot: StoredSnapshot | null;
  /**
   * The log from the snapshot's commandCount (0 without a snapshot): what a restore replays. The
   * entries before it are in the archive. A damaged lab (below), and a lab kept aside, carry every
   * entry of the log: the archived ones, then the stored ones.
   */
  commandLog: CommandLogEntry[];
  /**
   * The last event seq in the events store (0 when empty). Events are appended between snapshots
   * too: those after the snapshot's are the ones the tail's replay makes again, and are not re-sent.
   */
  eventsStoredToSeq?: number;
  /**
   * Set by load() when what is stored cannot be this lab as it was (a hole in the log's indexes,
   * left by an older build whose write failed; a snapshot past the log): the restore refuses it
   * and the lab is kept aside.
   */
  damage?: string;
}

/**
 * A stretch of the archived log: the state at its start (a checkpoint, a snapshot without events;
 * null at the lab's start, where the lab is rebuilt from its parameters) and the entries from
 * there. Segments are contiguous: each ends where the next starts, the last where the tail starts.
 */
export interface ArchiveSegment {
  fromCount: number;
  checkpoint: LabSnapshot | null;
  entries: CommandLogEntry[];
}

/** What reset() stores: a whole lab, its archive included (an import's log goes straight there). */
export interface LabToStore extends SavedLab {
  archive: ArchiveSegment[];
}

/** The archived log as export and the timeline read it. */
export interface ArchivedLog {
  /**
   * Where the archived log starts when its oldest segments were dropped (the size limit): the
   * checkpoint there, without events. Null when it starts at the lab's start.
   */
  base: StoredSnapshot | null;
  /** Every archived entry, from base.commandCount (or 0) to where the tail starts. */
  entries: CommandLogEntry[];
}

/** The events a snapshot write brings the events store to: the new ones appended, the evicted ones dropped. */
export interface EventsUpdate {
  append: LabEvent[];
  /** Stored events with a lower seq were evicted from the lab's log and are deleted. */
  keepFromSeq: number;
}

export interface KeptAsideLab {
  reason: string;
  lab: SavedLab;
}

export interface Persistence {
  /** The saved lab, or null when there is none. */
  load(): Promise<SavedLab | null>;
  /** Replaces everything with a new lab (new lab, import). */
  reset(lab: LabToStore): Promise<void>;
  /** Appends the log entry with this index (consecutive). */
  appendCommand(index: number, entry: CommandLogEntry): Promise<void>;
  /**
   * In one write: the snapshot (its `events` empty: they are in `events`), the events update, and
   * the log entries the snapshot covers moved from the tail to the archive (the previous snapshot
   * becomes the checkpoint at their start), thinned to the archive's limit.
   */
  saveSnapshot(stored: StoredSnapshot, events: EventsUpdate): Promise<void>;
  /** Appends the lab's new events (and drops the evicted ones) between snapshots, so a snapshot's write stays small. */
  appendEvents(events: EventsUpdate): Promise<void>;
  saveMeta(meta: LabMeta): Promise<void>;
  /** The archived log (export, the command log's API). */
  archivedLog(): Promise<ArchivedLog>;
  /**
   * Keeps a saved lab that this build could not restore, with the reason, before a new lab
   * replaces it: nothing a user did is lost, even when a fault or an older build corrupts it.
   */
  keepAside(lab: SavedLab, reason: string): Promise<void>;
  /** The labs kept aside, oldest first. */
  keptAside(): Promise<KeptAsideLab[]>;
  close(): void;
}
