// The validation domain's descriptor: each run of Validate a Configuration (Test-Cluster) with the
// servers and tests asked for, the job that follows it and its report. Facts: facts.ts.
import { defineDomain } from '../descriptor';
import type { ValidationCategory, ValidationResult } from './facts';

export * from './facts';

export const VALIDATIONS_COLLECTION = 'clusterValidations';

/** One server's part of a test: what was found on it. */
export interface ValidationServerResult {
  server: string;
  result: ValidationResult;
  explanation: string;
}

export interface ValidationTestReport {
  name: string;
  category: ValidationCategory;
  result: ValidationResult;
  /** What was found, in one or two sentences. */
  explanation: string;
  servers: ValidationServerResult[];
}

export interface ClusterValidation {
  /** "validation-0001". */
  id: string;
  /** Computer names as the lab spells them, in the order given. */
  servers: string[];
  /** Test names in run order. */
  tests: string[];
  /** The existing cluster validated (its Cluster Configuration tests ran), if any; absent in runs saved before. */
  cluster?: string | null;
  job: string;
  startedMs: number;
  endedMs: number | null;
  /** One per test that has run, in run order (the rest are still to run). */
  results: ValidationTestReport[];
}

/** GET /api/v1/cluster-validations/{id}: the report grouped by category. */
export interface ValidationReportView {
  id: string;
  job: string;
  servers: string[];
  state: 'running' | 'completed';
  startedMs: number;
  endedMs: number | null;
  /** The worst result of the tests that ran (Passed when all passed). */
  overall: ValidationResult;
  categories: { category: ValidationCategory; tests: ValidationTestReport[] }[];
}

/** `cluster`: validate an existing cluster (its nodes when `servers` is empty; adds Cluster Configuration). */
export type ValidationCommand = { type: 'validationRun'; servers: string[]; tests?: string[]; cluster?: string };
export type ValidationQuery = { type: 'clusterValidation'; id: string } | { type: 'clusterValidations' };
export interface ValidationQueryAnswers {
  clusterValidation: ValidationReportView;
  clusterValidations: { validations: ValidationReportView[] };
}

export const validationDescriptor = defineDomain<{
  entities: { clusterValidations: ClusterValidation };
  command: ValidationCommand;
  query: ValidationQuery;
  answers: ValidationQueryAnswers;
}>()({
  name: 'validation',
  collections: [VALIDATIONS_COLLECTION],
  schemaVersion: 1,
  // Loaded on first use (an import of a lab file): zod stays out of the first load (../descriptor.ts).
  loadSchemas: async () => (await import('./schemas')).validationSchemas,
});
