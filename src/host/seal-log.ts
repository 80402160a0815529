// A command log saved by a build that kept secrets in clear (in this browser's storage, or in a
// hand-made lab file) holds clear passwords; nothing that leaves the host or is stored from an
// import may. Such a log is replayed from its lab's parameters, each entry sealed against the
// state it was decided on (Lab.seal, source 'log': sealed secrets kept, clear ones sealed), so the
// sealed log leads to the same lab. A log without a clear secret (every log this build writes)
// comes back as it is, without a replay.
import type { CommandLogEntry } from '../api/types';
import { createLab, type Command, type Lab, type LabParams } from '../engine';
import { replay } from './restore';

function carriesClearSecret(lab: Lab, command: Command): boolean {
  const sealed = lab.seal(command, 'log');
  // Commands without secrets come back as the same object: no comparison needed.
  return !sealed.ok || (sealed.command !== command && JSON.stringify(sealed.command) !== JSON.stringify(command));
}

function sealedOn(lab: Lab, entry: CommandLogEntry): CommandLogEntry {
  const sealed = lab.seal(entry.command, 'log');
  if (!sealed.ok) throw new Error(`a logged ${entry.command.type} cannot be sealed: ${sealed.error.message}`);
  return sealed.command === entry.command ? entry : { ...entry, command: sealed.command };
}

/**
 * The log with every secret sealed. `current` is the lab the log leads to: it tells whether any
 * secret is clear, and seals against its own state should the log not replay (no secret is kept
 * in clear even then, though such a log may no longer replay exactly).
 */
export function sealedLog(params: LabParams, log: readonly CommandLogEntry[], current: Lab): readonly CommandLogEntry[] {
  if (!log.some((entry) => carriesClearSecret(current, entry.command))) return log;
  try {
    const scratch = createLab(params);
    return log.map((entry) => {
      // Sealed as decided: at the entry's time (a partner's reachability may have changed by then).
      if (entry.atMs > scratch.nowMs()) scratch.advance(entry.atMs - scratch.nowMs());
      const sealed = sealedOn(scratch, entry);
      replay(scratch, [sealed]);
      return sealed;
    });
  } catch {
    return log.map((entry) => sealedOn(current, entry));
  }
}
