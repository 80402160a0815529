// Lab parameters: defaults and validation. The API validates requests first; the engine checks
// again so that a lab can never be built from values it cannot simulate.
import {
  CLUSTER_NODES_MAX,
  CLUSTER_NODES_MIN,
  DEFAULT_CLUSTER_NODES,
  DEFAULT_OS_VERSION,
  DEFAULT_SCENARIO,
  DEFAULT_SEED,
  DEFAULT_START_EPOCH_MS,
  OS_VERSIONS,
  SCENARIOS,
  SEED_MAX,
  SEED_MIN,
  type OsVersion,
  type ScenarioName,
} from '../domain/lab';
import {
  DEFAULT_STARWIND_VERSION,
  PARTNER_LOSS_DETECTION_MS_MAX,
  STARWIND_VERSION_OF_EARLIER_LABS,
  STARWIND_VERSIONS,
  SYNC_EFFICIENCY_MAX,
  SYNC_EFFICIENCY_MIN,
} from '../domain/starwind';
import { scenarioOptionsProblem } from '../domain/scenarios';
import type { LabParams, LabParamsInput } from './types';

export function resolveParams(input: LabParamsInput = {}): LabParams {
  // Checked as unknown: callers in plain JavaScript (or a bad request) may pass anything.
  if (!isRecord(input as unknown)) throw new Error('Lab parameters must be an object.');
  const options = input.options ?? {};
  if (!isRecord(options as unknown)) throw new Error('options must be an object.');
  const params: LabParams = {
    seed: input.seed ?? DEFAULT_SEED,
    scenario: input.scenario ?? DEFAULT_SCENARIO,
    options: {
      osVersion: options.osVersion ?? DEFAULT_OS_VERSION,
      clusterNodes: options.clusterNodes ?? DEFAULT_CLUSTER_NODES,
      startEpochMs: options.startEpochMs ?? DEFAULT_START_EPOCH_MS,
      starwindVersion: options.starwindVersion ?? DEFAULT_STARWIND_VERSION,
    },
  };
  // StarWind options stay absent unless given: the engine reads them with their
  // defaults (SYNC_EFFICIENCY_DEFAULT, PARTNER_LOSS_DETECTION_MS_DEFAULT), and older labs keep
  // exactly the params they had.
  if (options.syncEfficiency !== undefined) params.options.syncEfficiency = options.syncEfficiency;
  if (options.partnerLossDetectionMs !== undefined) params.options.partnerLossDetectionMs = options.partnerLossDetectionMs;
  const problems = paramsProblems(params);
  if (problems.length > 0) throw new Error(`Invalid lab parameters: ${problems.join(' ')}`);
  return params;
}

/** What is wrong with a complete set of parameters, one sentence each; [] when fine. */
export function paramsProblems(params: unknown): string[] {
  if (!isRecord(params)) return ['params must be an object.'];
  const problems: string[] = [];
  const { seed, scenario, options } = params;
  if (!isWholeIn(seed, SEED_MIN, SEED_MAX)) problems.push(`seed must be a whole number from ${SEED_MIN} to ${SEED_MAX}, not ${show(seed)}.`);
  if (!(SCENARIOS as readonly unknown[]).includes(scenario)) problems.push(`scenario must be one of ${SCENARIOS.join(', ')}, not ${show(scenario)}.`);
  if (!isRecord(options)) {
    problems.push('options must be an object.');
    return problems;
  }
  if (!(OS_VERSIONS as readonly unknown[]).includes(options.osVersion)) problems.push(`options.osVersion must be one of ${OS_VERSIONS.join(', ')}, not ${show(options.osVersion)}.`);
  if (!isWholeIn(options.clusterNodes, CLUSTER_NODES_MIN, CLUSTER_NODES_MAX)) {
    problems.push(`options.clusterNodes must be a whole number from ${CLUSTER_NODES_MIN} to ${CLUSTER_NODES_MAX}, not ${show(options.clusterNodes)}.`);
  }
  const known = (SCENARIOS as readonly unknown[]).includes(scenario) && (OS_VERSIONS as readonly unknown[]).includes(options.osVersion);
  if (known && isWholeIn(options.clusterNodes, CLUSTER_NODES_MIN, CLUSTER_NODES_MAX)) {
    const problem = scenarioOptionsProblem(scenario as ScenarioName, options.osVersion as OsVersion, options.clusterNodes);
    if (problem) problems.push(problem);
  }
  if (!isWholeIn(options.startEpochMs, 0, Number.MAX_SAFE_INTEGER)) problems.push(`options.startEpochMs must be a whole number of ms since 1970 (UTC), not ${show(options.startEpochMs)}.`);
  const efficiency = options.syncEfficiency;
  if (efficiency !== undefined && !(typeof efficiency === 'number' && efficiency >= SYNC_EFFICIENCY_MIN && efficiency <= SYNC_EFFICIENCY_MAX)) {
    problems.push(`options.syncEfficiency must be a number from ${SYNC_EFFICIENCY_MIN} to ${SYNC_EFFICIENCY_MAX}, not ${show(efficiency)}.`);
  }
  if (options.partnerLossDetectionMs !== undefined && !isWholeIn(options.partnerLossDetectionMs, 0, PARTNER_LOSS_DETECTION_MS_MAX)) {
    problems.push(`options.partnerLossDetectionMs must be a whole number of ms from 0 to ${PARTNER_LOSS_DETECTION_MS_MAX}, not ${show(options.partnerLossDetectionMs)}.`);
  }
  if (!(STARWIND_VERSIONS as readonly unknown[]).includes(options.starwindVersion)) {
    problems.push(`options.starwindVersion must be one of ${STARWIND_VERSIONS.join(', ')}, not ${show(options.starwindVersion)}.`);
  }
  return problems;
}

/**
 * Parameters a host kept from an earlier build (a saved lab without a snapshot is rebuilt from
 * them): options added since take the value that keeps the lab's behaviour, as the snapshot
 * migrations do. `starwindVersion` absent → 8, the rules those labs were built with.
 */
export function paramsOfEarlierBuild(params: LabParams): LabParams {
  if (params.options.starwindVersion !== undefined) return params;
  return { ...params, options: { ...params.options, starwindVersion: STARWIND_VERSION_OF_EARLIER_LABS } };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isWholeIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function show(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
