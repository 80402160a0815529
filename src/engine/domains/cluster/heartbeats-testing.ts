// Tests of membership: a lab with a cluster already formed of Demo1..DemoN, built straight into the
// state (no storage, no Create Cluster job), so the heartbeat and quorum rules can be tested on
// their own. Networks as Create Cluster finds them: Public (cluster and client), Private, iSCSI.
import { HEARTBEAT_DEFAULTS, type Cluster, type QuorumMode } from '../../../domain/cluster';
import type { OsVersion } from '../../../domain/lab';
import { createLab, DomainSet, labContextOf } from '../../lab';
import { DOMAINS } from '../index';
import type { Lab } from '../../types';
import { clusterDomain } from './index';
import { membershipChanged } from './membership';
import type { RouteDetector } from './heartbeats';
import { loadClusterState } from './state';

export interface FormedClusterOptions {
  nodes?: number;
  osVersion?: OsVersion;
  mode?: QuorumMode;
  fileShare?: string | null;
  seed?: number;
  /** A detector other than the engine's lazy one (the naive model). */
  detector?: RouteDetector;
}

const LAB_NETWORKS = [
  { labNetwork: 'Public', subnet: '192.168.100.0/24', prefix: '192.168.100.', role: 'cluster-and-client' as const },
  { labNetwork: 'Private', subnet: '10.10.10.0/24', prefix: '10.10.10.', role: 'cluster' as const },
  { labNetwork: 'iSCSI', subnet: '172.30.100.0/24', prefix: '172.30.100.', role: 'cluster' as const },
];

/** The domains with the cluster's detector swapped (the naive model), or undefined for the registered ones. */
export function domainsWith(detector: RouteDetector | undefined): DomainSet | undefined {
  if (!detector) return undefined;
  const swapped = {
    ...clusterDomain,
    load: (entities: Parameters<NonNullable<typeof clusterDomain.load>>[0], internal: unknown) => {
      const slice = loadClusterState(entities as { clusters?: Cluster[] }, internal);
      slice.heartbeat.detector = detector;
      return slice;
    },
  };
  return new DomainSet(DOMAINS.map((domain) => (domain === clusterDomain ? swapped : domain)));
}

/** A lab whose cluster "Cluster1" of Demo1..DemoN is Online at time 0, every node Up. */
export function formedClusterLab(options: FormedClusterOptions = {}): Lab {
  const nodeCount = options.nodes ?? 2;
  const osVersion = options.osVersion ?? '2008R2';
  const domains = domainsWith(options.detector);
  const params = { seed: options.seed ?? 1, options: { clusterNodes: Math.max(2, nodeCount), osVersion } };
  const lab = domains ? createLab(params, domains) : createLab(params);
  const ctx = labContextOf(lab);
  const names = Array.from({ length: nodeCount }, (_, index) => `Demo${index + 1}`);
  const mode = options.mode ?? 'NodeMajority';
  const cluster: Cluster = {
    id: 'CLUSTER1',
    name: 'Cluster1',
    fqdn: 'Cluster1.SWS.com',
    address: '192.168.100.50',
    osVersion,
    state: 'Online',
    job: 'job-test',
    createdMs: 0,
    validation: null,
    nodes: names.map((name, index) => ({ name, hostId: name, nodeId: index + 1, state: 'Up', downReason: null, nodeWeight: 1, dynamicWeight: 1 })),
    networks: LAB_NETWORKS.map((network, index) => ({
      name: `Cluster Network ${index + 1}`,
      labNetwork: network.labNetwork,
      subnet: network.subnet,
      role: network.role,
      state: 'Up',
      interfaces: names.map((name, node) => ({ node: name, adapter: network.labNetwork, ip: `${network.prefix}${31 + node}`, state: 'Up' as const })),
    })),
    disks: [],
    quorum: { mode, witnessDisk: null, fileShare: mode === 'NodeAndFileShareMajority' ? (options.fileShare ?? '\\\\SWS-DC\\Witness') : null },
    properties: { ...HEARTBEAT_DEFAULTS[osVersion], DynamicQuorum: osVersion === '2008R2' ? 0 : 1, EnableSharedVolumes: 0 },
    coreOwner: 'Demo1',
  };
  ctx.kernel.transact(() => {
    ctx.state.cluster.clusters.set(cluster.id, cluster);
    ctx.kernel.markDirty('clusters', cluster.id);
    membershipChanged(ctx, cluster);
  });
  return lab;
}

/** Runs `change` on the live cluster as a command would, then tells membership. */
export function changeCluster(lab: Lab, change: (cluster: Cluster) => void): void {
  const ctx = labContextOf(lab);
  const cluster = ctx.state.cluster.clusters.get('CLUSTER1');
  if (!cluster) throw new Error('no cluster');
  ctx.kernel.transact(() => {
    change(cluster);
    ctx.kernel.markDirty('clusters', cluster.id);
    membershipChanged(ctx, cluster);
  });
}

export function clusterOf(lab: Lab): Cluster {
  const cluster = labContextOf(lab).state.cluster.clusters.get('CLUSTER1');
  if (!cluster) throw new Error('no cluster');
  return cluster;
}
