// Allowed choices worth a second look (Lab.validate's warnings, keyed by field), as the console
// asks before going on: Create Cluster without a validation that passed (the wizard's Validation
// Warning page: "Microsoft supports a cluster solution only if the complete configuration …
// can pass all tests", facts Part A §2.1), and stopping a node's Cluster service when the rest
// would not keep quorum (the cluster would stop).
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { quorumIfChanged } from './quorum-change';
import { findCluster } from './state';

const SUPPORT = 'Microsoft supports a cluster solution only if the complete configuration (servers, network, and storage) can pass all tests in the Validate a Configuration wizard.';

function createWarnings(state: LabState, command: Extract<Command, { type: 'clusterCreate' }>): Record<string, string> {
  const report = command.validation === undefined ? undefined : state.validation.runs.get(command.validation);
  if (!report) return { validation: `The servers were not validated. ${SUPPORT}` };
  const nodes = new Set(command.nodes.map((name) => String(name).toUpperCase()));
  const covered = report.servers.filter((server) => nodes.has(server.toUpperCase())).length;
  if (covered < nodes.size || report.endedMs === null) return { validation: `The validation report ${report.id} does not cover every selected server with a completed run. ${SUPPORT}` };
  const bad = report.results.filter((test) => test.result === 'Failed').map((test) => test.name);
  if (bad.length > 0) return { validation: `Validation failed: ${bad.join(', ')}. ${SUPPORT}` };
  return {};
}

export function clusterWarnings(state: LabState, command: Command): Record<string, string> {
  if (command.type === 'clusterCreate') return createWarnings(state, command);
  if (command.type === 'clusterNodeAction' && command.action === 'stop-service') {
    const cluster = findCluster(state, command.cluster);
    if (cluster && !quorumIfChanged(state, cluster, { kind: 'stop', node: command.node }).hasQuorum) {
      return { action: `Stopping the Cluster service on ${command.node} leaves cluster ${cluster.name} without quorum: the cluster would stop.` };
    }
  }
  return {};
}
