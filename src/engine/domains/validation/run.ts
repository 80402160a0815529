// validationRun: the checks of the wizard's Select Servers and Test Selection pages, then a run as
// a job (`cluster.validate`) with one step per test. One kernel timer at a time: it fires when the
// running test's time is over, judges that test on the state of that moment, stores its report
// and arms the next. Inventory first: a server that fails it leaves the other tests not run.
import { CLUSTER_CONFIGURATION_CATEGORY, SERVER_VALIDATION_TEST_NAMES, VALIDATION_TEST_NAMES, VALIDATION_TESTS, VALIDATIONS_COLLECTION, type ClusterValidation } from '../../../domain/validation';
import { accept, reject, type Decision } from '../../decision';
import { hostNotFound } from '../../errors';
import type { LabContext } from '../../context';
import { endJob, remarkJob, startJob } from '../../jobs';
import type { LabState } from '../../state';
import type { Command, Host, TimerRecord } from '../../types';
import { findCluster } from '../cluster/state';
import { findHost } from '../network/hosts';
import { judge, notRun, worst } from './checks';
import { touchRun } from './state';

export const VALIDATION_TIMER_KIND = 'validation.test';
export const VALIDATION_JOB_KIND = 'cluster.validate';

type Run = Extract<Command, { type: 'validationRun' }>;

const invalid = (code: string, field: string, message: string) => reject(code, 'invalid', message, { [field]: message });
const durationOf = (name: string) => VALIDATION_TESTS.find((test) => test.name === name)!.durationMs;

const CLUSTER_TESTS = VALIDATION_TESTS.filter((test) => test.category === CLUSTER_CONFIGURATION_CATEGORY).map((test) => test.name);

export function decideValidationRun(state: LabState, command: Run): Decision {
  let servers = command.servers;
  let clusterName: string | null = null;
  if (command.cluster !== undefined) {
    const cluster = typeof command.cluster === 'string' ? findCluster(state, command.cluster) : undefined;
    if (!cluster) {
      const message = `There is no cluster named "${String(command.cluster)}".`;
      return reject('cluster.not_found', 'not_found', message, { cluster: message });
    }
    if (cluster.state === 'Creating') return reject('cluster.creating', 'conflict', `Cluster ${cluster.name} is still being created.`, { cluster: `Cluster ${cluster.name} is still being created.` });
    clusterName = cluster.name;
    // Naming the cluster validates its nodes.
    if (Array.isArray(servers) && servers.length === 0) servers = cluster.nodes.map((node) => node.name);
    const nodes = new Set(cluster.nodes.map((node) => node.name.toUpperCase()));
    const strangers = Array.isArray(servers) ? servers.filter((name) => typeof name !== 'string' || !nodes.has(name.toUpperCase())) : [];
    if (strangers.length > 0) return invalid('validation.not_cluster_node', 'servers', `${strangers.map(String).join(', ')} ${strangers.length > 1 ? 'are not nodes' : 'is not a node'} of cluster ${cluster.name}; validating a cluster tests its nodes.`);
  }
  if (!Array.isArray(servers) || servers.length === 0) return invalid('validation.no_servers', 'servers', 'Select at least one server to validate.');
  const hosts: Host[] = [];
  for (const name of servers) {
    const host = findHost(state, name);
    if (!host) return hostNotFound(String(name));
    if (hosts.includes(host)) return invalid('validation.duplicate_server', 'servers', `${host.name} is listed twice.`);
    hosts.push(host);
  }
  let tests = clusterName === null ? SERVER_VALIDATION_TEST_NAMES : VALIDATION_TEST_NAMES;
  if (command.tests !== undefined) {
    if (!Array.isArray(command.tests) || command.tests.length === 0) return invalid('validation.no_tests', 'tests', 'Select at least one test, or leave the list out to run all tests.');
    const unknown = command.tests.filter((name) => !VALIDATION_TEST_NAMES.includes(name));
    if (unknown.length > 0) return invalid('validation.unknown_test', 'tests', `No test named ${unknown.map((name) => `"${String(name)}"`).join(', ')}. The tests are: ${VALIDATION_TEST_NAMES.join(', ')}.`);
    const clusterOnly = command.tests.filter((name) => CLUSTER_TESTS.includes(name));
    if (clusterOnly.length > 0 && clusterName === null) return invalid('validation.needs_cluster', 'tests', `${clusterOnly.join(', ')} ${clusterOnly.length > 1 ? 'run' : 'runs'} only on an existing cluster: name the cluster to validate.`);
    // Run order is the wizard's, whatever the order asked.
    tests = VALIDATION_TEST_NAMES.filter((name) => command.tests!.includes(name));
  }
  const chosen = tests;
  const cluster = clusterName;
  return accept((ctx) => startValidation(ctx, hosts.map((host) => host.name), chosen, cluster));
}

function startValidation(ctx: LabContext, servers: string[], tests: readonly string[], cluster: string | null): void {
  const nowMs = ctx.kernel.nowMs();
  const totalMs = tests.reduce((sum, name) => sum + durationOf(name), 0);
  const id = ctx.kernel.nextId('validation');
  const job = startJob(ctx, {
    kind: VALIDATION_JOB_KIND,
    title: `Validating ${servers.join(', ')}`,
    subject: { collection: VALIDATIONS_COLLECTION, id },
    totalUnits: tests.length,
    unit: 'steps',
    unitsPerMs: tests.length / totalMs,
    dueMs: nowMs + totalMs,
  });
  job.steps = tests.map((name, index) => ({ name, state: index === 0 ? 'running' : 'pending', result: null }));
  const run: ClusterValidation = { id, servers, tests: [...tests], job: job.id, startedMs: nowMs, endedMs: null, results: [] };
  // Only a cluster's validation carries the field, so runs of servers keep the shape they had.
  if (cluster !== null) run.cluster = cluster;
  ctx.state.validation.runs.set(id, run);
  touchRun(ctx, run);
  ctx.kernel.schedule(VALIDATION_TIMER_KIND, durationOf(tests[0]!), { run: id }, `validation:${id}`);
}

export function onValidationTimer(ctx: LabContext, timer: TimerRecord): void {
  const run = ctx.state.validation.runs.get((timer.data as { run: string }).run);
  if (!run || run.endedMs !== null) return;
  const index = run.results.length;
  const name = run.tests[index]!;
  const hosts = run.servers.map((server) => findHost(ctx.state, server)).filter((host): host is Host => host !== undefined);
  const unreachable = run.results.filter((result) => result.category === 'Inventory').flatMap((result) => result.servers.filter((server) => server.result === 'Failed').map((server) => server.server));
  const result = unreachable.length > 0 ? notRun(name, hosts, unreachable) : judge(ctx, name, hosts, run.cluster ?? null);
  run.results.push(result);
  touchRun(ctx, run);
  const job = ctx.state.jobs.get(run.job);
  if (job) {
    const step = job.steps[index];
    if (step) {
      step.state = result.result === 'Failed' ? 'failed' : 'succeeded';
      step.result = result.result === 'Passed' ? 'Passed' : `${result.result}: ${result.explanation}`;
    }
    const next = job.steps[index + 1];
    if (next) next.state = 'running';
  }
  const nowMs = ctx.kernel.nowMs();
  if (index + 1 < run.tests.length) {
    const leftMs = run.tests.slice(index + 1).reduce((sum, test) => sum + durationOf(test), 0);
    remarkJob(ctx, run.job, index + 1, (run.tests.length - index - 1) / leftMs, nowMs + leftMs);
    ctx.kernel.schedule(VALIDATION_TIMER_KIND, durationOf(run.tests[index + 1]!), { run: run.id }, `validation:${run.id}`);
    return;
  }
  run.endedMs = nowMs;
  const overall = worst(run.results.map((test) => test.result));
  const counts = (['Passed', 'Warning', 'Failed', 'Not run'] as const).map((result) => `${run.results.filter((test) => test.result === result).length} ${result.toLowerCase()}`).join(', ');
  // A report with failures is still a completed validation; the job fails so the console shows it.
  endJob(ctx, run.job, overall === 'Failed' ? 'failed' : 'succeeded', run.tests.length, `Validation of ${run.servers.join(', ')} completed: ${counts}.`, { validation: run.id, overall });
}
