// The validation domain: Validate a Configuration (Test-Cluster) runs as a job whose tests judge
// the lab's real state (checks.ts) one after another on one kernel timer (run.ts), and keeps each
// run's report to be read again later.
import { validationDescriptor, type ClusterValidation } from '../../../domain/validation';
import { defineEngineDomain } from '../../decision';
import type { LabState } from '../../state';
import type { Query, QueryResult } from '../../types';
import { validationMigrations } from './migrations';
import { checkValidationSnapshot } from './snapshot-check';
import { decideValidationRun, onValidationTimer, VALIDATION_TIMER_KIND } from './run';
import { loadValidationState, type ValidationState } from './state';
import { reportView } from './views';

function readValidation(state: LabState, _nowMs: number, query: Query): QueryResult {
  const { id } = query as { id: string };
  const run = typeof id === 'string' ? state.validation.runs.get(id) : undefined;
  if (!run) {
    const message = `There is no validation report ${String(id)}.`;
    return { ok: false, error: { code: 'validation.not_found', kind: 'not_found', message, errors: { id: message } } };
  }
  return { ok: true, value: reportView(run) };
}

export const validationDomain = defineEngineDomain<ValidationState>({
  descriptor: validationDescriptor,
  load: (entities) => loadValidationState(entities as { clusterValidations?: ClusterValidation[] }),
  collection: (slice) => slice.runs,
  commands: { validationRun: decideValidationRun },
  queries: {
    clusterValidation: readValidation,
    clusterValidations: (state) => ({ ok: true, value: { validations: [...state.validation.runs.values()].map(reportView) } }),
  },
  timers: { [VALIDATION_TIMER_KIND]: onValidationTimer },
  check: checkValidationSnapshot,
  migrations: validationMigrations,
});
