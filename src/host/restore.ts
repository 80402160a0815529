// Rebuilds a saved lab: the latest snapshot with its events (or a new lab from its parameters), the
// log entries after it (the tail) replayed at their virtual times, then time moved on to where it
// stood. The engine is deterministic, so this reproduces the lab exactly (same hash).
import type { CommandLogEntry } from '../api/types';
import { createLab, paramsOfEarlierBuild, restoreLab, type Lab } from '../engine';
import type { SavedLab } from './persistence/types';

export function restoreSaved(saved: SavedLab): Lab {
  // What load() found broken (a hole in the log, a snapshot past it) is never replayed.
  if (saved.damage) throw new Error(saved.damage);
  // Without a snapshot the lab is rebuilt from its parameters; those of an earlier build lack the
  // options added since, which take the values that keep its behaviour (the snapshots' migrations do the same).
  const lab = saved.snapshot ? restoreLab(saved.snapshot.snapshot) : createLab(paramsOfEarlierBuild(saved.params));
  replay(lab, saved.commandLog);
  if (saved.nowMs > lab.nowMs()) lab.advance(saved.nowMs - lab.nowMs());
  return lab;
}

/** Applies each entry at its virtual time; a refusal means the log does not belong to this lab. */
export function replay(lab: Lab, entries: readonly CommandLogEntry[]): void {
  entries.forEach((entry, index) => {
    if (entry.atMs < lab.nowMs()) throw new Error(`log entry ${index} at ${entry.atMs} ms is before the lab's time ${lab.nowMs()} ms`);
    lab.advance(entry.atMs - lab.nowMs());
    const result = lab.dispatch(entry.command);
    if (!result.ok) throw new Error(`log entry ${index} (${entry.command.type}) was refused on replay: ${result.error.message}`);
  });
}
