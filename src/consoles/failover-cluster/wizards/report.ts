// The validation report as text: the Summary page shows each test's result grouped by category
// (with the explanation of what did not pass); View Report… and View Validation Report show the
// full report (every test's explanation and each server's part). Built from the lab's report (the
// mirror's `clusterValidations` entity), never from the wizard's own state.
import { VALIDATION_CATEGORIES, VALIDATION_TESTS, type ClusterValidation, type ValidationResult, type ValidationTestReport } from '../../../domain/validation';
import { formatWindowsDateTime } from '../../../ui/lab-time';
import { VALIDATE_WORDS } from './labels';

const RESULT_ORDER: readonly ValidationResult[] = ['Passed', 'Warning', 'Failed', 'Not run'];

/** The worst result of the tests that ran (Passed when all passed or none ran yet). */
export function overallResult(run: ClusterValidation): ValidationResult {
  let worst: ValidationResult = 'Passed';
  for (const test of run.results) {
    if (test.result !== 'Not run' && RESULT_ORDER.indexOf(test.result) > RESULT_ORDER.indexOf(worst)) worst = test.result;
  }
  return worst;
}

/** The Summary page's sentence for a run: completed, with warnings, or not suitable. */
export function summarySentence(run: ClusterValidation | undefined): string {
  if (!run || run.endedMs === null) return VALIDATE_WORDS.summaryDescription.running;
  const overall = overallResult(run);
  return VALIDATE_WORDS.summaryDescription[overall === 'Not run' ? 'Failed' : overall];
}

/** Each test of the run in its category, the report's order; tests still to run are "Not run" without explanation. */
function byCategory(run: ClusterValidation): { category: string; tests: { name: string; result: string; report?: ValidationTestReport }[] }[] {
  const done = new Map(run.results.map((test) => [test.name, test]));
  return VALIDATION_CATEGORIES.map((category) => ({
    category,
    tests: run.tests
      .map((name) => ({ name, report: done.get(name) }))
      .filter(({ name, report }) => (report ? report.category === category : categoryOfPending(name) === category))
      .map(({ name, report }) => ({ name, result: report?.result ?? (run.endedMs === null ? 'Pending' : 'Not run'), report })),
  })).filter((group) => group.tests.length > 0);
}

/** A test that has not run yet has no report; its category is the facts'. */
function categoryOfPending(name: string): string | undefined {
  return VALIDATION_TESTS.find((test) => test.name === name)?.category;
}

const pad = (text: string, width: number) => (text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length));

function header(run: ClusterValidation, startEpochMs: number): string[] {
  return [
    VALIDATE_WORDS.reportTitle,
    ...(run.cluster ? [`Cluster: ${run.cluster}`] : []),
    `Servers: ${run.servers.join(', ')}`,
    `Started: ${formatWindowsDateTime(startEpochMs + run.startedMs)}`,
    `Completed: ${run.endedMs === null ? '—' : formatWindowsDateTime(startEpochMs + run.endedMs)}`,
  ];
}

/** The Summary page: the sentence, then each category with its tests' results; what did not pass says why. */
export function validationSummaryText(run: ClusterValidation | undefined, startEpochMs: number): string {
  if (!run) return VALIDATE_WORDS.summaryDescription.running;
  const lines = [...header(run, startEpochMs), '', summarySentence(run)];
  for (const group of byCategory(run)) {
    lines.push('', group.category);
    for (const test of group.tests) {
      lines.push(`  ${pad(test.name, 46)}${test.result}`);
      if (test.report && test.report.result !== 'Passed') lines.push(`      ${test.report.explanation}`);
    }
  }
  return lines.join('\n');
}

/** View Report…: every test with its explanation and what each server showed. */
export function validationFullText(run: ClusterValidation | undefined, startEpochMs: number): string {
  if (!run) return VALIDATE_WORDS.summaryDescription.running;
  const overall = run.endedMs === null ? VALIDATE_WORDS.summaryDescription.running : `Overall result: ${overallResult(run)}. ${summarySentence(run)}`;
  const lines = [...header(run, startEpochMs), overall];
  for (const group of byCategory(run)) {
    lines.push('', `== ${group.category} ==`);
    for (const test of group.tests) {
      lines.push('', `${test.name}: ${test.result}`);
      if (!test.report) continue;
      lines.push(`  ${test.report.explanation}`);
      for (const server of test.report.servers) lines.push(`    ${pad(`${server.server}:`, 12)}${server.result}. ${server.explanation}`);
    }
  }
  return lines.join('\n');
}
