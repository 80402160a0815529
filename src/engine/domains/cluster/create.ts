// clusterCreate: the checks of Create Cluster's pages (Select Servers, Access Point for
// Administering the Cluster, Confirmation), then the Creating page as a job (`cluster.create`)
// with one step per line it shows, run on one keyed kernel timer (as validation's run.ts). The
// cluster is in the collection from the start (state Creating, nodes Joining), so no other
// creation takes its nodes, name or address; the last step brings it Online.
import {
  CLUSTER_NODE_LIMITS,
  CLUSTER_SERVICE_DISPLAY_NAME,
  CLUSTERS_COLLECTION,
  clusterNameProblem,
  createClusterSteps,
  hasDynamicQuorum,
  HEARTBEAT_DEFAULTS,
  type Cluster,
  type ClusterNode,
} from '../../../domain/cluster';
import { SERVICE_CONTROL_MANAGER_SOURCE, SERVICE_RUNNING_ID } from '../../../domain/features';
import { ipInCidr, ipv4ToNumber, isIpv4, parseCidr } from '../../../domain/net';
import { CLUSTER_FEATURE_ID } from '../../../domain/validation';
import { logEvent, type LabContext } from '../../context';
import { accept, type Decision } from '../../decision';
import { hostNotFoundError } from '../../errors';
import { endJob, remarkJob, startJob } from '../../jobs';
import type { LabState } from '../../state';
import type { Command, Host, TimerRecord } from '../../types';
import { findHost } from '../network/hosts';
import { reachable } from '../validation/checks';
import { takeOver } from './disk-ownership';
import { membershipChanged } from './membership';
import { chooseQuorum, planDisks, planNetworks, publicNetwork } from './plan';
import { conflict, invalid, notFound, type Refusal } from './refusals';
import { clusterOfHost, findCluster, touchCluster } from './state';

export const CREATE_TIMER_KIND = 'cluster.create';
export const CREATE_JOB_KIND = 'cluster.create';
export const createTimerKey = (clusterId: string) => `cluster-create:${clusterId}`;

type Create = Extract<Command, { type: 'clusterCreate' }>;

/** Select Servers: known, running and reachable servers with Failover Clustering, in no cluster yet, within the limit. */
function nodesOrRefusal(state: LabState, names: unknown): Host[] | Refusal {
  if (!Array.isArray(names) || names.length === 0) return invalid('cluster.no_nodes', 'nodes', 'Select at least one server to be a node of the cluster.');
  const hosts: Host[] = [];
  for (const name of names as unknown[]) {
    const host = typeof name === 'string' ? findHost(state, name) : undefined;
    if (!host) {
      const error = hostNotFoundError(String(name));
      return { ok: false, error: { ...error, errors: { nodes: error.message } } };
    }
    if (hosts.includes(host)) return invalid('cluster.duplicate_node', 'nodes', `${host.name} is listed twice.`);
    hosts.push(host);
  }
  const osVersion = state.params.options.osVersion;
  const limit = CLUSTER_NODE_LIMITS[osVersion];
  if (hosts.length > limit) return invalid('cluster.too_many_nodes', 'nodes', `A Windows Server ${osVersion} cluster holds at most ${limit} nodes; ${hosts.length} were selected.`);
  for (const host of hosts) {
    if (host.powerState !== 'on') return conflict('cluster.node_not_running', 'nodes', `${host.name} is ${host.powerState}: it cannot be validated or added to a cluster.`);
    if (!reachable(state, host)) return conflict('cluster.node_unreachable', 'nodes', `${host.name} could not be reached on any of its addresses.`);
    if (!state.features.servers.get(host.id)?.installed.includes(CLUSTER_FEATURE_ID)) return conflict('cluster.feature_missing', 'nodes', `${host.name} does not have the Failover Clustering feature installed.`);
    const member = clusterOfHost(state, host.id);
    if (member) return conflict('cluster.node_in_cluster', 'nodes', `${host.name} is already a node of cluster ${member.name}.`);
  }
  return hosts;
}

function nameRefusal(state: LabState, name: unknown): Refusal | undefined {
  if (typeof name !== 'string') return invalid('cluster.name_invalid', 'name', 'Enter a cluster name.');
  const problem = clusterNameProblem(name);
  if (problem !== null) return invalid(name.trim() === '' ? 'cluster.name_required' : 'cluster.name_invalid', 'name', problem);
  const computer = findHost(state, name);
  if (computer) return conflict('cluster.name_in_use', 'name', `The name ${name} is taken by the computer ${computer.name} in the domain.`);
  const other = findCluster(state, name);
  if (other) return conflict('cluster.name_in_use', 'name', `The name ${name} is taken by the cluster ${other.name}.`);
  return undefined;
}

/** The administrative access point: an IPv4 host address of the public network's subnet that nothing holds. */
function addressRefusal(state: LabState, hosts: Host[], address: unknown): Refusal | undefined {
  const network = publicNetwork(state, hosts);
  if (!network) return conflict('cluster.no_public_network', 'address', `The selected servers share no network with clients (the domain controller's), where the cluster's address would go.`);
  if (typeof address !== 'string' || !isIpv4(address)) return invalid('cluster.address_invalid', 'address', `Enter an IPv4 address on the ${network.name} network (${network.cidr}).`);
  if (!ipInCidr(address, network.cidr)) return invalid('cluster.address_outside_subnet', 'address', `${address} is not in the ${network.name} network's subnet ${network.cidr}.`);
  const cidr = parseCidr(network.cidr)!;
  const hostBits = 32 - cidr.prefixLength;
  const offset = ipv4ToNumber(address) % 2 ** hostBits;
  if (hostBits >= 2 && (offset === 0 || offset === 2 ** hostBits - 1)) return invalid('cluster.address_reserved', 'address', `${address} is the ${offset === 0 ? 'network' : 'broadcast'} address of ${network.cidr}, not a host address.`);
  const holder = state.network.nicByIp.get(address);
  if (holder) return conflict('cluster.address_in_use', 'address', `${address} is in use by ${holder.host.name} (${holder.nic.name}).`);
  for (const cluster of state.cluster.clusters.values()) if (cluster.address === address) return conflict('cluster.address_in_use', 'address', `${address} is in use by cluster ${cluster.name}.`);
  return undefined;
}

export function decideClusterCreate(state: LabState, command: Create): Decision {
  const hosts = nodesOrRefusal(state, command.nodes);
  if (!Array.isArray(hosts)) return hosts;
  const refusal = nameRefusal(state, command.name) ?? addressRefusal(state, hosts, command.address);
  if (refusal) return refusal;
  if (command.addStorage !== undefined && typeof command.addStorage !== 'boolean') return invalid('cluster.add_storage_invalid', 'addStorage', 'Add all eligible storage to the cluster is true or false.');
  if (command.validation !== undefined && !state.validation.runs.has(command.validation)) return notFound('validation.not_found', 'validation', `There is no validation report ${String(command.validation)}.`);
  const name = command.name;
  const address = command.address;
  const addStorage = command.addStorage ?? true;
  const validation = command.validation ?? null;
  return accept((ctx) => startCreate(ctx, { name, address, hosts, addStorage, validation }));
}

interface CreatePlan {
  name: string;
  address: string;
  hosts: Host[];
  addStorage: boolean;
  validation: string | null;
}

function startCreate(ctx: LabContext, plan: CreatePlan): void {
  const { state } = ctx;
  const nowMs = ctx.kernel.nowMs();
  const osVersion = state.params.options.osVersion;
  const id = plan.name.toUpperCase();
  const nodes: ClusterNode[] = plan.hosts.map((host, index) => ({ name: host.name, hostId: host.id, nodeId: index + 1, state: 'Joining', downReason: null, nodeWeight: 1, dynamicWeight: 0 }));
  const disks = plan.addStorage ? planDisks(state, plan.hosts) : [];
  const quorum = chooseQuorum(nodes.length, disks);
  const steps = createClusterSteps(plan.name, nodes.map((node) => node.name), plan.addStorage);
  const totalMs = steps.reduce((sum, step) => sum + step.durationMs, 0);
  const job = startJob(ctx, {
    kind: CREATE_JOB_KIND,
    title: `Creating cluster ${plan.name}`,
    subject: { collection: CLUSTERS_COLLECTION, id },
    totalUnits: steps.length,
    unit: 'steps',
    unitsPerMs: steps.length / totalMs,
    dueMs: nowMs + totalMs,
  });
  job.steps = steps.map((step, index) => ({ name: step.name, state: index === 0 ? 'running' : 'pending', result: null }));
  const cluster: Cluster = {
    id,
    name: plan.name,
    fqdn: `${plan.name}.${plan.hosts[0]!.domain}`,
    address: plan.address,
    osVersion,
    state: 'Creating',
    job: job.id,
    createdMs: nowMs,
    validation: plan.validation,
    nodes,
    networks: planNetworks(state, plan.hosts),
    disks,
    quorum,
    properties: { ...HEARTBEAT_DEFAULTS[osVersion], DynamicQuorum: hasDynamicQuorum(osVersion) ? 1 : 0, EnableSharedVolumes: 0 },
    coreOwner: null,
  };
  state.cluster.clusters.set(id, cluster);
  touchCluster(ctx, cluster);
  ctx.kernel.schedule(CREATE_TIMER_KIND, steps[0]!.durationMs, { cluster: id, addStorage: plan.addStorage } satisfies CreateTimerData, createTimerKey(id));
}

/** What the creation timer carries: enough to list the job's steps again (their durations). */
interface CreateTimerData {
  cluster: string;
  addStorage: boolean;
}

export function onCreateTimer(ctx: LabContext, timer: TimerRecord): void {
  const data = timer.data as CreateTimerData;
  const cluster = ctx.state.cluster.clusters.get(data.cluster);
  if (!cluster || cluster.state !== 'Creating') return;
  const job = ctx.state.jobs.get(cluster.job);
  // The job's steps are the record of progress: the first one still running is the one that ended now.
  const index = job ? job.steps.findIndex((step) => step.state === 'running') : -1;
  const steps = job ? job.steps : [];
  if (index >= 0) {
    steps[index]!.state = 'succeeded';
    steps[index]!.result = 'Completed';
    const next = steps[index + 1];
    if (next) {
      next.state = 'running';
      const durations = createClusterSteps(cluster.name, cluster.nodes.map((node) => node.name), data.addStorage).map((step) => step.durationMs);
      const leftMs = durations.slice(index + 1).reduce((sum, ms) => sum + ms, 0);
      remarkJob(ctx, cluster.job, index + 1, (steps.length - index - 1) / leftMs, ctx.kernel.nowMs() + leftMs);
      ctx.kernel.schedule(CREATE_TIMER_KIND, durations[index + 1] ?? 0, { ...data }, createTimerKey(cluster.id));
      return;
    }
  }
  finishCreate(ctx, cluster);
}

function finishCreate(ctx: LabContext, cluster: Cluster): void {
  const first = cluster.nodes[0]!;
  cluster.state = 'Online';
  cluster.coreOwner = first.name;
  for (const node of cluster.nodes) {
    node.state = 'Up';
    node.downReason = null;
    node.dynamicWeight = 1;
    logEvent(ctx, { host: node.name, log: 'System', source: SERVICE_CONTROL_MANAGER_SOURCE, eventId: SERVICE_RUNNING_ID, level: 'Information', message: `The ${CLUSTER_SERVICE_DISPLAY_NAME} service entered the running state.` });
  }
  const failed: string[] = [];
  for (const disk of cluster.disks) {
    const problem = takeOver(ctx, cluster, disk, first);
    if (problem !== null) failed.push(`${disk.name}: ${problem}`);
  }
  touchCluster(ctx, cluster);
  membershipChanged(ctx, cluster);
  const details: Record<string, string> = { cluster: cluster.name };
  if (cluster.validation !== null) details.validation = cluster.validation;
  const summary = `Cluster ${cluster.name} was created with node${cluster.nodes.length > 1 ? 's' : ''} ${cluster.nodes.map((node) => node.name).join(', ')} at ${cluster.address}.`;
  endJob(ctx, cluster.job, 'succeeded', ctx.state.jobs.get(cluster.job)?.totalUnits ?? 0, failed.length > 0 ? `${summary} Disks that could not be brought online: ${failed.join(' ')}` : summary, details);
}
