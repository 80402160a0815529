// Rules of the scenarios beyond each option's own range, shared by the engine's parameter check,
// the API's body schema and the New Lab dialog.
import { CLUSTER_NODE_LIMITS } from './cluster/facts';
import { DEFAULT_OS_VERSION, OS_DISPLAY_NAMES, type OsVersion, type ScenarioName } from './lab';

/**
 * Why `scenario` cannot be built with these options, or undefined: seed-lab-ready creates a
 * cluster of every Demo node, so their count must be within the OS version's cluster limit.
 * (seed-lab only offers the candidates: Create Cluster refuses too many nodes itself.)
 */
export function scenarioOptionsProblem(scenario: ScenarioName, osVersion: OsVersion = DEFAULT_OS_VERSION, clusterNodes?: number, field = 'options.clusterNodes'): string | undefined {
  if (scenario !== 'seed-lab-ready' || clusterNodes === undefined) return undefined;
  const limit = CLUSTER_NODE_LIMITS[osVersion];
  if (clusterNodes <= limit) return undefined;
  return `${field} must be at most ${limit} for scenario seed-lab-ready: a ${OS_DISPLAY_NAMES[osVersion]} failover cluster holds at most ${limit} nodes, not ${clusterNodes}.`;
}
