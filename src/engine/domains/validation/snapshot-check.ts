// Semantic checks of the validation part of a snapshot: each run names known tests, has no more
// results than tests, is ended exactly when every test has run, and a running run has the one
// timer that runs its next test (and every such timer a running run).
import { VALIDATION_TEST_NAMES } from '../../../domain/validation';
import { isRecord, show } from '../../params';
import type { DomainCheckInput } from '../../snapshot-problems';

export function checkValidationSnapshot({ snapshot, timers, problems }: DomainCheckInput): void {
  const running = new Map<string, string>();
  (snapshot.entities.clusterValidations ?? []).forEach((run: unknown, index) => {
    const at = `entities.clusterValidations[${index}]`;
    if (!isRecord(run) || typeof run.id !== 'string') return problems.add(at, `${at}: a validation run needs its id.`);
    const where = `clusterValidations[${index}] (${run.id})`;
    const tests = Array.isArray(run.tests) ? run.tests : [];
    const results = Array.isArray(run.results) ? run.results : [];
    if (!Array.isArray(run.servers) || run.servers.length === 0) problems.add(`${at}.servers`, `${where}: a run validates at least one server.`);
    if (tests.length === 0) problems.add(`${at}.tests`, `${where}: a run has at least one test.`);
    for (const name of tests) if (!VALIDATION_TEST_NAMES.includes(name as string)) problems.add(`${at}.tests`, `${where}: ${show(name)} is not a test of the lab.`);
    if (results.length > tests.length) problems.add(`${at}.results`, `${where}: more results than tests.`);
    if ((run.endedMs === null) !== (results.length < tests.length)) problems.add(`${at}.endedMs`, `${where}: a run ends exactly when its last test has run.`);
    if (run.endedMs === null) running.set(run.id, at);
  });
  const timed = new Set<string>();
  for (const { timer, path } of timers) {
    const id = isRecord(timer.data) ? timer.data.run : undefined;
    if (typeof id !== 'string' || !running.has(id)) problems.add(path, `${path}: the ${String(timer.kind)} timer refers to ${show(id)}, which is not a running validation.`);
    else timed.add(id);
  }
  for (const [id, at] of running) if (!timed.has(id)) problems.add(at, `validation ${id} is running but no timer runs its next test.`);
}
