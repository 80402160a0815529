// What the Create Cluster wizard's Creating page lists while the cluster forms, and how long the
// lab takes over each step. UNVERIFIED: no capture of the 2008 R2 Creating page is in the facts;
// the step names follow the wizard's known progress lines and the durations are the lab's own.
// Kept here so one place changes them.

/** The Cluster service's display name (Service Control Manager writes 7036 with it). */
export const CLUSTER_SERVICE_DISPLAY_NAME = 'Cluster Service';

export interface CreateClusterStep {
  name: string;
  durationMs: number;
}

/** UNVERIFIED durations (simulated ms). */
export const CREATE_STEP_MS = {
  findDomainController: 2_000,
  checkComputerObject: 1_000,
  createComputerObject: 3_000,
  formCluster: 8_000,
  addNode: 5_000,
  addStorage: 3_000,
  configureQuorum: 1_000,
  bringOnline: 2_000,
} as const;

/** The steps for a cluster `name` on `nodes` (the first forms it, the others are added in order). */
export function createClusterSteps(name: string, nodes: readonly string[], addStorage: boolean): CreateClusterStep[] {
  const [first, ...others] = nodes;
  return [
    { name: `Find a suitable domain controller for node ${first}`, durationMs: CREATE_STEP_MS.findDomainController },
    { name: `Check whether the computer object ${name} exists in the domain`, durationMs: CREATE_STEP_MS.checkComputerObject },
    { name: `Create the computer object ${name} in the domain`, durationMs: CREATE_STEP_MS.createComputerObject },
    { name: `Form cluster ${name} on ${first}`, durationMs: CREATE_STEP_MS.formCluster },
    ...others.map((node) => ({ name: `Add node ${node} to cluster ${name}`, durationMs: CREATE_STEP_MS.addNode })),
    ...(addStorage ? [{ name: 'Add eligible storage to the cluster', durationMs: CREATE_STEP_MS.addStorage }] : []),
    { name: 'Configure the quorum', durationMs: CREATE_STEP_MS.configureQuorum },
    { name: `Bring the cluster name ${name} and its IP address online`, durationMs: CREATE_STEP_MS.bringOnline },
  ];
}

/**
 * The persistent-reservation key a node of the cluster registers on its disks: 8 bytes, the
 * cluster's 6 (from its name) and the node id's 2. UNVERIFIED: the real clusdisk key layout was
 * not retrieved; what matters here is that keys are distinct per node and stable per cluster.
 */
export function clusterReservationKey(clusterId: string, nodeId: number): string {
  let hash = 0x811c9dc5;
  for (const char of clusterId) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  const clusterPart = (hash.toString(16).padStart(8, '0') + '4d53').slice(0, 12);
  return `${clusterPart}${nodeId.toString(16).padStart(4, '0')}`;
}
