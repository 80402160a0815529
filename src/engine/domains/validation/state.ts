// The validation slice: one ClusterValidation per run, keyed by its id, kept with its report.
import { VALIDATIONS_COLLECTION, type ClusterValidation } from '../../../domain/validation';
import type { LabContext } from '../../context';

export interface ValidationState {
  runs: Map<string, ClusterValidation>;
}

declare module '../../state' {
  interface LabState {
    validation: ValidationState;
  }
}

export function loadValidationState(entities: { clusterValidations?: ClusterValidation[] }): ValidationState {
  return { runs: new Map((entities.clusterValidations ?? []).map((run) => [run.id, run])) };
}

export function touchRun(ctx: LabContext, run: ClusterValidation): void {
  ctx.kernel.markDirty(VALIDATIONS_COLLECTION, run.id);
}
