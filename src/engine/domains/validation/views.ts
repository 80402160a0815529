// The report as the wizard's View Report groups it: by category in the wizard's order.
import { VALIDATION_CATEGORIES, type ClusterValidation, type ValidationReportView } from '../../../domain/validation';
import { worst } from './checks';

export function reportView(run: ClusterValidation): ValidationReportView {
  return {
    id: run.id, job: run.job, servers: [...run.servers], state: run.endedMs === null ? 'running' : 'completed', startedMs: run.startedMs, endedMs: run.endedMs,
    overall: worst(run.results.map((test) => test.result)),
    categories: VALIDATION_CATEGORIES.map((category) => ({ category, tests: run.results.filter((test) => test.category === category) })).filter((group) => group.tests.length > 0),
  };
}
