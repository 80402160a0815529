// Commands decide from state, then apply. `decide` is pure and may refuse; `apply` runs inside a
// kernel transaction. Because nothing is touched before the decision, a refusal changes nothing.
import type { HostChangeListener, LabContext } from './context';
import type { LabState } from './state';
import type { Command, ErrorKind, LabError, TimerRecord } from './types';

export type Decision =
  | { ok: false; error: LabError }
  /** Accepted; `apply` is null when the command asks for what already holds (changed: false). */
  | { ok: true; apply: ((ctx: LabContext) => void) | null };

export function reject(code: string, kind: ErrorKind, message: string, errors?: Record<string, string>): Decision {
  return { ok: false, error: errors ? { code, kind, message, errors } : { code, kind, message } };
}

export function accept(apply: (ctx: LabContext) => void): Decision {
  return { ok: true, apply };
}

export const UNCHANGED: Decision = { ok: true, apply: null };

export type Decide<C extends Command> = (state: LabState, command: C) => Decision;
export type CommandTable = { [T in Command['type']]?: Decide<Extract<Command, { type: T }>> };

/** A domain: its commands and the timer kinds it handles. */
export interface DomainModule {
  name: string;
  commands: CommandTable;
  timers: Record<string, (ctx: LabContext, timer: TimerRecord) => void>;
  /** Runs once when a lab is created from its scenario (not on restore). */
  start?: (ctx: LabContext) => void;
  /** Told after a host's power state or a NIC link changed. */
  onHostChanged?: HostChangeListener;
  /**
   * Warnings a command would raise: allowed choices worth a second look, keyed by field.
   * `Lab.validate` asks the domain after its decision accepted the command.
   */
  warnings?: (state: LabState, command: Command) => Record<string, string>;
}
