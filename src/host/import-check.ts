// Whether a lab file may replace the current lab: its structure within limits and its snapshot
// migrated to this build's format, its shape and consistency (src/api/lab-file.ts), then the
// engine's semantic check of the snapshot (cross-references included), then that the engine can
// restore it, then that its command log replays to it. Nothing here touches the current lab, so a
// refusal leaves it exactly as it was; nothing here throws, so a bad file is never a 500.
import { checkLabFile } from '../api/lab-file';
import type { CommandLogEntry, LabFile } from '../api/types';
import { SNAPSHOT_FORMAT_VERSION } from '../domain/lab';
import { DOMAIN_DESCRIPTORS } from '../domain/registry';
import { createLab, migrateSnapshot, restoreLab, validateSnapshot, type Lab, type LabError, type SnapshotProblem } from '../engine';
import { replay } from './restore';
import { sealedLog } from './seal-log';

/** The engine's migration of older snapshots, for callers that check a file's shape alone (tests). */
export { migrateSnapshot };

export const IMPORT_INVALID_CODE = 'lab.import_invalid';

export type ImportCheck =
  | {
      ok: true;
      /** The file as the lab keeps it: a log of an older version is not its live log (see archivedLog). */
      file: LabFile;
      lab: Lab;
      /**
       * The log of a file written by an older version: its rules or hash have changed since, so it
       * cannot be replayed to the snapshot. It is history, kept apart; the live log starts empty.
       */
      archivedLog: CommandLogEntry[];
    }
  | { ok: false; error: LabError };

function refused(message: string, errors?: Record<string, string>): ImportCheck {
  return { ok: false, error: { code: IMPORT_INVALID_CODE, kind: 'invalid', message, errors } };
}

/** Asynchronous: the domains' schemas load on the first check (src/domain/descriptor.ts). */
export async function checkImport(input: unknown): Promise<ImportCheck> {
  try {
    return await checkImportOrThrow(input);
  } catch (error) {
    // A check that fails on a file it did not foresee still refuses it, with the reason.
    return refused(`The lab file cannot be checked: ${error instanceof Error ? error.message : String(error)}`, { '(root)': 'the file could not be checked' });
  }
}

async function checkImportOrThrow(input: unknown): Promise<ImportCheck> {
  const current = writtenByThisVersion(input);
  const shape = await checkLabFile(input, { migrate: (snapshot) => migrateSnapshot(snapshot) });
  if (!shape.ok) return refused(shape.message, shape.errors);
  const file = shape.file;

  const problems = validateSnapshot(file.snapshot);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return refused(`The lab file's snapshot is not a valid lab: ${problems[0]!.message}${more}`, errorsOfProblems(problems));
  }

  let lab: Lab;
  try {
    lab = restoreLab(file.snapshot);
  } catch (error) {
    return refused(`The lab file's snapshot cannot be restored: ${error instanceof Error ? error.message : String(error)}`, { snapshot: 'cannot be restored' });
  }
  // A log from a build that kept passwords in clear is kept sealed (seal-log.ts), archived or live.
  const params = file.snapshot.params;
  if (!current) {
    // An older log is history, not replayed: no base to replay it from.
    const { logBase: _logBase, ...rest } = file;
    return { ok: true, file: { ...rest, commandLog: [] }, lab, archivedLog: [...sealedLog(params, file.commandLog, lab)] };
  }
  const replayProblem = logReplayProblem(file, lab);
  if (replayProblem) return refused(`The lab file's command log does not lead to its snapshot: ${replayProblem.message}`, { [replayProblem.field]: replayProblem.message });
  return { ok: true, file: { ...file, commandLog: [...sealedLog(params, file.commandLog, lab)] }, lab, archivedLog: [] };
}

/** The snapshot and every domain's part are of this build's versions (before any migration). */
function writtenByThisVersion(input: unknown): boolean {
  const snapshot = (input as { snapshot?: { snapshotVersion?: unknown; domainVersions?: Record<string, unknown> } } | null)?.snapshot;
  if (snapshot?.snapshotVersion !== SNAPSHOT_FORMAT_VERSION || typeof snapshot.domainVersions !== 'object' || snapshot.domainVersions === null) return false;
  return DOMAIN_DESCRIPTORS.every((descriptor) => snapshot.domainVersions![descriptor.name] === descriptor.schemaVersion);
}

/**
 * The log runs from the lab's start, or from its base (logBase) when the lab's archive dropped
 * its oldest part: replayed on a scratch lab from the file's parameters or that base, then moved
 * to the snapshot's time, it must reach the snapshot's hash. An empty log says nothing (a lab
 * built by hand, or whose history was archived) and is not checked.
 */
function logReplayProblem(file: LabFile, restored: Lab): { field: string; message: string } | null {
  if (file.commandLog.length === 0) return null;
  let scratch: Lab;
  try {
    scratch = file.logBase ? restoreLab(file.logBase.snapshot) : createLab(file.snapshot.params);
  } catch (error) {
    return { field: 'logBase.snapshot', message: `cannot be restored: ${error instanceof Error ? error.message : String(error)}` };
  }
  for (const [index, entry] of file.commandLog.entries()) {
    try {
      replay(scratch, [entry]);
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^log entry 0/, `entry ${index}`) : String(error);
      return { field: `commandLog[${index}]`, message: `replay: ${reason}` };
    }
  }
  if (file.snapshot.nowMs > scratch.nowMs()) scratch.advance(file.snapshot.nowMs - scratch.nowMs());
  const replayed = scratch.hash();
  const expected = restored.hash();
  if (replayed === expected) return null;
  return { field: 'commandLog', message: `replayed from the file's parameters it reaches hash ${replayed}, not the snapshot's ${expected}` };
}

/** The errors map keys each problem by its path in the file (the snapshot's paths, under `snapshot`). */
function errorsOfProblems(problems: readonly SnapshotProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of problems) {
    const field = path === '' ? 'snapshot' : `snapshot.${path}`;
    errors[field] = errors[field] ? `${errors[field]} ${message}` : message;
  }
  return errors;
}
