// Whether a lab file may replace the current lab: its snapshot migrated to this build's format,
// its shape and consistency (src/api/lab-file.ts), then the engine's semantic check of the
// snapshot, then that the engine can restore it. Nothing here touches the current lab, so a
// refusal leaves it exactly as it was.
import { checkLabFile } from '../api/lab-file';
import type { LabFile } from '../api/types';
import { migrateSnapshot, restoreLab, validateSnapshot, type Lab, type LabError, type SnapshotProblem } from '../engine';

/** The engine's migration of older snapshots, for callers that check a file's shape alone (tests). */
export { migrateSnapshot };

export const IMPORT_INVALID_CODE = 'lab.import_invalid';

export type ImportCheck = { ok: true; file: LabFile; lab: Lab } | { ok: false; error: LabError };

function refused(message: string, errors?: Record<string, string>): ImportCheck {
  return { ok: false, error: { code: IMPORT_INVALID_CODE, kind: 'invalid', message, errors } };
}

export function checkImport(input: unknown): ImportCheck {
  const shape = checkLabFile(input, { migrate: (snapshot) => migrateSnapshot(snapshot) });
  if (!shape.ok) return refused(shape.message, shape.errors);
  const file = shape.file;

  const problems = validateSnapshot(file.snapshot);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return refused(`The lab file's snapshot is not a valid lab: ${problems[0]!.message}${more}`, errorsOfProblems(problems));
  }

  try {
    return { ok: true, file, lab: restoreLab(file.snapshot) };
  } catch (error) {
    return refused(`The lab file's snapshot cannot be restored: ${error instanceof Error ? error.message : String(error)}`);
  }
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
