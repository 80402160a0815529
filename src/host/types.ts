// The host's interface, the same in the worker (through comlink) and in-process (Node tests).
// mocks/ handlers call it; the page subscribes to its messages to feed the mirror.
import type {
  ClockState,
  CommandLogEntry,
  HostMessage,
  LabFile,
  LabInfo,
} from '../api/types';
import type { Command, LabError, LabParamsInput, Query, QueryResult } from '../engine';
import type { KeptAsideLab } from './persistence/types';

export type { KeptAsideLab };

/**
 * A dispatch's outcome with the answers to the queries it carried, computed in the same turn as
 * the command (before any await), so they show exactly the state at the version it produced.
 */
export type DispatchAnswer =
  | { ok: true; version: number; changed: boolean; jobIds: readonly string[]; answers: QueryResult[] }
  | { ok: false; error: LabError };

export type ImportResult = { ok: true; info: LabInfo } | { ok: false; error: LabError };

/** What a command would meet if dispatched now: allowed (with warnings worth a look) or refused. */
export type ValidateResult = { ok: true; warnings: Record<string, string> } | { ok: false; error: LabError };

export interface LabHostApi {
  info(): Promise<LabInfo>;
  /** Starts a new lab (POST /api/v1/lab); the command log starts empty. */
  newLab(params: LabParamsInput): Promise<LabInfo>;
  getClock(): Promise<ClockState>;
  setClock(clock: Partial<ClockState>): Promise<ClockState & { version: number }>;
  /** Advances virtual time by ms at once (the clock may be paused or running). */
  advance(ms: number): Promise<LabInfo>;
  /** Advances to the next due timer, or STEP_IDLE_MS when none is due. */
  step(): Promise<LabInfo>;
  /**
   * Applies a command; when accepted it is in the persisted command log before this resolves.
   * `answerWith` are queries run right after the command, before anything else can run: a route
   * builds its answer from them, never from a read after the await (another command may be in between).
   */
  dispatch(command: Command, answerWith?: readonly Query[]): Promise<DispatchAnswer>;
  /** Runs every check of dispatch without applying or logging anything (`?validate=only`). */
  validate(command: Command): Promise<ValidateResult>;
  query(query: Query): Promise<QueryResult>;
  exportLab(): Promise<LabFile>;
  /** Validates schema and semantics; a refused file leaves the current lab as it was. */
  importLab(file: unknown): Promise<ImportResult>;
  commandLog(): Promise<CommandLogEntry[]>;
  /** The saved lab this start could not restore and kept aside in IndexedDB; null when none was. */
  keptAside(): Promise<KeptAsideLab | null>;
  /** Messages for the page: a full batch first, then coalesced batches, clock and lab changes. */
  subscribe(listener: (message: HostMessage) => void): Promise<() => void>;
}
