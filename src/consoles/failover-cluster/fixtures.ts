// A two-node cluster as the engine makes it from the seed lab (Demo1, Demo2; Public, Private and
// iSCSI networks; the quorum disk as witness and the VM disk available) and a VM's role, for the console's tests.
import { FAILOVER_THRESHOLD_NODES_MINUS_ONE, vmConfigurationResourceName, vmResourceName, type Cluster, type ClusterRole } from '../../domain/cluster';

export function seedCluster(over: Partial<Cluster> = {}): Cluster {
  const node = (name: string, nodeId: number) => ({ name, hostId: `h-${name.toLowerCase()}`, nodeId, state: 'Up' as const, downReason: null, nodeWeight: 1 as const, dynamicWeight: 1 as const });
  const iface = (node: string, adapter: string, ip: string) => ({ node, adapter, ip, state: 'Up' as const });
  return {
    id: 'CLUSTER1',
    name: 'Cluster1',
    fqdn: 'Cluster1.SWS.com',
    address: '192.168.100.50',
    osVersion: '2008R2',
    state: 'Online',
    job: 'job-0001',
    createdMs: 1000,
    validation: null,
    nodes: [node('Demo1', 1), node('Demo2', 2)],
    networks: [
      { name: 'Cluster Network 1', labNetwork: 'Private', subnet: '10.10.10.0/24', role: 'cluster', state: 'Up', interfaces: [iface('Demo1', 'Private', '10.10.10.31'), iface('Demo2', 'Private', '10.10.10.32')] },
      { name: 'Cluster Network 2', labNetwork: 'iSCSI', subnet: '172.30.100.0/24', role: 'cluster', state: 'Up', interfaces: [iface('Demo1', 'iSCSI', '172.30.100.31'), iface('Demo2', 'iSCSI', '172.30.100.32')] },
      { name: 'Cluster Network 3', labNetwork: 'Public', subnet: '192.168.100.0/24', role: 'cluster-and-client', state: 'Up', interfaces: [iface('Demo1', 'Public', '192.168.100.31'), iface('Demo2', 'Public', '192.168.100.32')] },
    ],
    disks: [
      { name: 'Cluster Disk 1', lun: 'SW-quorum', sizeBytes: 2 ** 30, state: 'Online', ownerNode: 'Demo1', usage: 'witness', csvPath: null },
      { name: 'Cluster Disk 2', lun: 'SW-ha1', sizeBytes: 100 * 2 ** 30, state: 'Online', ownerNode: 'Demo1', usage: 'available', csvPath: null },
    ],
    quorum: { mode: 'NodeAndDiskMajority', witnessDisk: 'Cluster Disk 1', fileShare: null },
    properties: { SameSubnetDelay: 1000, SameSubnetThreshold: 5, CrossSubnetDelay: 1000, CrossSubnetThreshold: 5, DynamicQuorum: 0, EnableSharedVolumes: 0 },
    coreOwner: 'Demo1',
    ...over,
  };
}

/** A virtual machine's role as Configure a Service or Application makes it (Offline, owned by the VM's host), for the console's tests. */
export function seedRole(over: Partial<ClusterRole> = {}): ClusterRole {
  const name = over.name ?? 'VM1';
  return {
    id: `CLUSTER1/${name.toUpperCase()}`,
    cluster: 'CLUSTER1',
    name,
    type: 'VirtualMachine',
    vmId: 'vm-0001',
    state: 'Offline',
    ownerNode: 'Demo1',
    preferredOwners: [],
    failoverThreshold: FAILOVER_THRESHOLD_NODES_MINUS_ONE,
    failoverPeriodHours: 6,
    failback: { mode: 'prevent' },
    failoversMs: [],
    resources: [
      { name: vmResourceName(name), type: 'Virtual Machine', state: 'Offline', disk: null, restartFailuresMs: [] },
      { name: vmConfigurationResourceName(name), type: 'Virtual Machine Configuration', state: 'Offline', disk: null, restartFailuresMs: [] },
    ],
    createdMs: 1000,
    lastError: null,
    wantedOnline: false,
    onlineSinceMs: null,
    pending: null,
    ...over,
  };
}
