// Whether a lab file may replace the current lab: its shape and consistency (src/api/lab-file.ts),
// then the engine's semantic check of the snapshot, then that the engine can restore it. Nothing
// here touches the current lab, so a refusal leaves it exactly as it was.
import { checkLabFile } from '../api/lab-file';
import type { LabFile } from '../api/types';
import { restoreLab, validateSnapshot, type Lab, type LabError } from '../engine';

export const IMPORT_INVALID_CODE = 'lab.import_invalid';

export type ImportCheck = { ok: true; file: LabFile; lab: Lab } | { ok: false; error: LabError };

function refused(message: string, errors?: Record<string, string>): ImportCheck {
  return { ok: false, error: { code: IMPORT_INVALID_CODE, kind: 'invalid', message, errors } };
}

export function checkImport(input: unknown): ImportCheck {
  const shape = checkLabFile(input);
  if (!shape.ok) return refused(shape.message, shape.errors);
  const file = shape.file;

  const problems = validateSnapshot(file.snapshot);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return refused(`The lab file's snapshot is not a valid lab: ${problems[0]}${more}`, errorsOfProblems(problems));
  }

  try {
    return { ok: true, file, lab: restoreLab(file.snapshot) };
  } catch (error) {
    return refused(`The lab file's snapshot cannot be restored: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * The engine's problems are sentences that start with the place ("hosts[3] (Demo2): …",
 * "kernel.timers[0]: …"); the errors map keys them by their path in the file.
 */
function errorsOfProblems(problems: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = fieldOfProblem(problem);
    errors[field] = errors[field] ? `${errors[field]} ${problem}` : problem;
  }
  return errors;
}

function fieldOfProblem(problem: string): string {
  const entity = /^((?:hosts|networks|starwindServices|starwindConsoleServers|starwindTargets|starwindDevices|haDevices)\[\d+\])/.exec(problem);
  if (entity) return `snapshot.entities.${entity[1]}`;
  const place = /^((?:kernel|params|events|nowMs|version|entities|starwind)(?:[.\w]|\[\d+\])*)/.exec(problem);
  return place ? `snapshot.${place[1]}` : 'snapshot';
}
